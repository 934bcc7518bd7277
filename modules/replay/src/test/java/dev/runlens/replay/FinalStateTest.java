package dev.runlens.replay;

import dev.runlens.protocol.model.Engine;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepRuntimeStatus;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The state at the end of every accepted corpus file against the trace and the engine snapshot. */
class FinalStateTest {
    static List<String> accepted() {
        return Corpus.accepted();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void stepStatusesAreWhatTheTraceImplies(String file) {
        RunBundle b = Corpus.bundle(file);
        Map<String, StepStatus> expected = new HashMap<>();
        b.run().workflowSnapshot().steps().forEach(s -> expected.put(s.id(), StepStatus.PENDING));
        RunStatus run = RunStatus.RUNNING;
        for (TraceEvent e : b.trace()) {
            if (e instanceof StepStarted) expected.put(e.stepId().orElseThrow(), StepStatus.RUNNING);
            if (e instanceof StepCompleted c) {
                expected.put(e.stepId().orElseThrow(), c.ok() ? StepStatus.COMPLETED : StepStatus.FAILED);
            }
            if (e instanceof RunStatusChanged c) run = c.status();
        }
        if (run != RunStatus.RUNNING) expected.replaceAll((k, v) -> v == StepStatus.PENDING ? StepStatus.NEVER_REACHED : v);
        RunState end = Replay.of(b).finalState();
        Map<String, StepStatus> actual = new HashMap<>();
        end.steps().forEach((k, v) -> actual.put(k, v.status()));
        assertEquals(expected, actual);
        assertEquals(run, end.runStatus());
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void runStatusIsTheBundlesRunStatus(String file) {
        RunBundle b = Corpus.bundle(file);
        assumeTrue(!file.equals("v-tampered-event-removed.json"), "the removed event may be the status change");
        assertEquals(b.run().status(), Replay.of(b).finalState().runStatus());
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void stepStatusesAgreeWithTheEngineSnapshot(String file) {
        RunBundle b = Corpus.bundle(file);
        assumeTrue(b.engine().isPresent(), "no engine snapshot");
        RunState end = Replay.of(b).finalState();
        for (Engine.StepState s : b.engine().get().stepStatus()) {
            StepStatus mine = end.steps().get(s.stepId()).status();
            StepRuntimeStatus asEngine = switch (mine) {
                case PENDING, NEVER_REACHED -> StepRuntimeStatus.PENDING;
                case RUNNING -> StepRuntimeStatus.RUNNING;
                case COMPLETED -> StepRuntimeStatus.COMPLETED;
                case FAILED -> StepRuntimeStatus.FAILED;
            };
            assertEquals(s.status(), asEngine, s.stepId());
        }
    }

    static List<String> untampered() {
        return Corpus.files(o -> !J.str(o, "scenario", "kind").orElse("").equals("tampered")
                && J.path(o, "parse", "accepted").orElseThrow().equals(dev.runlens.protocol.json.JsonValue.Bool.TRUE));
    }

    @ParameterizedTest
    @MethodSource("untampered")
    void gateSlotsAgreeWithTheEngineSnapshot(String file) {
        RunBundle b = Corpus.bundle(file);
        assumeTrue(b.engine().isPresent(), "no engine snapshot");
        RunState end = Replay.of(b).finalState();
        for (Engine.GateState g : b.engine().get().gateState()) {
            StepState s = end.steps().get(g.stepId());
            assertEquals(List.of(g.before(), g.after(), g.checkpoints()),
                    List.of(s.before(), s.after(), s.checkpoints()), g.stepId());
        }
    }

    @org.junit.jupiter.api.Test
    void aDecisionTamperedToApprovedDisagreesWithTheEngine() {
        RunBundle b = Corpus.bundle("v-tampered-gate-rejected-to-approved.json");
        StepState s = Replay.of(b).finalState().steps().get("send_reply");
        assertEquals(dev.runlens.protocol.model.GateStatus.APPROVED, s.before());
        Engine.GateState g = b.engine().orElseThrow().gateState().stream()
                .filter(x -> x.stepId().equals("send_reply")).findFirst().orElseThrow();
        assertEquals(dev.runlens.protocol.model.GateStatus.PENDING, g.before());
    }
}
