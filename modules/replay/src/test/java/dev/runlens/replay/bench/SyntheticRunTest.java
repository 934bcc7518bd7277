package dev.runlens.replay.bench;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.replay.ArtifactCheck;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's synthetic run is a well-formed run (correctness only; no timing here). */
class SyntheticRunTest {
    @Test
    void hasExactlyTheRequestedNumberOfEvents() {
        assertEquals(200_000, SyntheticRun.of(200_000, 20).trace().size());
    }

    @Test
    void replaysToACompletedRunWithMatchingArtifacts() {
        Replay r = Replay.of(SyntheticRun.of(20_000, 20));
        RunState end = r.finalState();
        assertEquals(RunStatus.COMPLETED, end.runStatus());
        assertEquals(end.steps().size(), end.stepsWith(StepStatus.COMPLETED).size());
        assertTrue(end.spans().open().isEmpty());
        assertTrue(end.pendingGates().isEmpty());
        r.artifactChecks().forEach(c -> assertEquals(ArtifactCheck.Verdict.MATCH, c.verdict(), c.toString()));
        assertTrue(r.dag().isAcyclic());
    }

    @Test
    void jumpsEqualSteppedStates() {
        RunBundle b = SyntheticRun.of(3_000, 5);
        Replay r = Replay.of(b);
        List<RunState> stepped = new ArrayList<>();
        for (Iterator<RunState> it = r.forward(); it.hasNext(); ) stepped.add(it.next());
        for (int p = 0; p <= r.size(); p += 7) assertEquals(stepped.get(p), r.stateAt(p), "at " + p);
    }
}
