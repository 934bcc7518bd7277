package dev.runlens.replay;

import dev.runlens.protocol.model.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"p01-contract-review-completed.json", "p18-vendor-due-diligence-40-steps.json",
            "p09-internal-reporting-pending-checkpoint.json"})
    void stateAtZeroIsEmpty(String file) {
        Replay r = Corpus.replay(file);
        RunState s = r.stateAt(0);
        assertEquals(0, s.position());
        assertTrue(s.lastEvent().isEmpty());
        assertEquals(RunStatus.RUNNING, s.runStatus());
        assertEquals(r.bundle().run().workflowSnapshot().steps().size(), s.stepsWith(StepStatus.PENDING).size());
        assertTrue(s.gates().isEmpty());
        assertTrue(s.artifacts().isEmpty());
        assertTrue(s.patches().isEmpty());
        assertTrue(s.spans().spans().isEmpty());
        assertEquals(Totals.ZERO, s.spend().total());
        s.spend().byStep().values().forEach(t -> assertEquals(Totals.ZERO, t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p01-contract-review-completed.json", "p18-vendor-due-diligence-40-steps.json",
            "p09-internal-reporting-pending-checkpoint.json"})
    void stateAtSizeIsFinal(String file) {
        Replay r = Corpus.replay(file);
        RunState s = r.stateAt(r.size());
        assertEquals(r.finalState(), s);
        assertEquals(r.bundle().trace().get(r.size() - 1), s.lastEvent().orElseThrow());
        assertEquals(r.bundle().run().status(), s.runStatus());
        assertTrue(s.spans().open().isEmpty());
    }

    @Test
    void positionsOutsideTheTraceAreRejected() {
        Replay r = Corpus.replay("p17-meeting-digest-minimal.json");
        assertThrows(IndexOutOfBoundsException.class, () -> r.stateAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> r.stateAt(r.size() + 1));
    }

    @Test
    void cursorMovesOneEventAtATime() {
        Replay r = Corpus.replay("p17-meeting-digest-minimal.json");
        Cursor c = r.cursor().next().next();
        assertEquals(2, c.position());
        assertEquals(r.event(1), c.event().orElseThrow());
        assertEquals(r.stateAt(1), c.previous().state());
        String id = r.event(5).id();
        assertEquals(6, c.afterEvent(id).orElseThrow().position());
    }

    @Test
    void aPendingGateIsOpenAtTheEnd() {
        RunState s = Corpus.replay("p09-internal-reporting-pending-checkpoint.json").finalState();
        assertEquals(1, s.pendingGates().size());
        assertEquals("exec_signoff", s.pendingGates().get(0).stepId());
        assertEquals(StepStatus.PENDING, s.steps().get("exec_signoff").status());
        assertEquals(StepStatus.PENDING, s.steps().get("publish_report").status());
    }

    @Test
    void stepsNeverStartedInAnEndedRunWereNeverReached() {
        RunState s = Corpus.replay("p22-meeting-digest-user-cancelled.json").finalState();
        assertEquals(java.util.List.of("summarize_meeting", "post_digest"), s.stepsWith(StepStatus.NEVER_REACHED));
    }

    @Test
    void spansOpenWhileTheirStepRuns() {
        Replay r = Corpus.replay("p22-meeting-digest-user-cancelled.json");
        RunState s = r.stateAt(3);
        assertEquals(2, s.spans().open().size());
        SpanView root = s.spans().roots().get(0);
        assertEquals(1, s.spans().children(root.spanId()).size());
        assertEquals(StepStatus.RUNNING, s.steps().get("fetch_transcript").status());
    }
}
