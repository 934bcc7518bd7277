package dev.runlens.replay;

import dev.runlens.protocol.model.Engine;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The realistic sample bundles (streamed Anthropic and Azure calls with chunk payloads among them). */
class SampleBundlesTest {
    static List<String> realistic() throws IOException {
        return SampleBundles.realistic();
    }

    private static RunBundle bundle(String name) {
        return SampleBundles.bundle(name);
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void responsesHaveTextAndStreamsAddUpToTheResponse(String file) {
        for (Receipt r : Receipts.of(bundle(file)).all()) {
            if (r.response().isEmpty()) continue;
            assertFalse(r.responseText().isBlank(), r.response().get().id());
            if (!r.chunks().isEmpty() && r.response().get().payload().isPresent()) {
                assertEquals(r.responseText(), r.streamedText(), r.response().get().id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void finalStateAgreesWithTheEngineAndTheStoredArtifacts(String file) {
        RunBundle b = bundle(file);
        Replay replay = Replay.of(b);
        replay.artifactChecks().forEach(c -> assertEquals(ArtifactCheck.Verdict.MATCH, c.verdict(), c.toString()));
        assumeTrue(b.engine().isPresent(), "no engine snapshot");
        RunState end = replay.finalState();
        for (Engine.GateState g : b.engine().get().gateState()) {
            StepState s = end.steps().get(g.stepId());
            assertEquals(List.of(g.before(), g.after(), g.checkpoints()),
                    List.of(s.before(), s.after(), s.checkpoints()), g.stepId());
        }
    }
}
