package dev.runlens.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Property: the state reached by jumping (histories) equals the state reached by stepping (a plain fold). */
class ForwardEqualsJumpTest {
    @ParameterizedTest
    @ValueSource(strings = {"p01-contract-review-completed.json", "p04-invoice-extraction-rework.json",
            "p10-internal-reporting-named-checkpoints.json", "p18-vendor-due-diligence-40-steps.json",
            "p24-edge-canonical-json.json", "p32-meeting-digest-patch-not-replayable.json",
            "p05-invoice-extraction-failed.json"})
    void randomJumpsGiveTheSteppedStates(String file) {
        Replay r = Corpus.replay(file);
        List<RunState> stepped = new ArrayList<>();
        for (Iterator<RunState> it = r.forward(); it.hasNext(); ) stepped.add(it.next());
        assertEquals(r.size() + 1, stepped.size());
        Random random = new Random(file.hashCode());
        for (int i = 0; i < 300; i++) {
            int p = random.nextInt(r.size() + 1);
            assertEquals(stepped.get(p), r.stateAt(p), file + " at " + p);
        }
        for (int p = 0; p <= r.size(); p += Math.max(1, r.size() / 50)) {
            assertEquals(stepped.get(p), r.stateAt(p), file + " at " + p);
        }
        for (int p = 0; p <= r.size(); p++) {
            assertEquals(stepped.get(p).stepsWith(StepStatus.RUNNING), r.runningStepsAt(p), file + " running at " + p);
        }
    }
}
