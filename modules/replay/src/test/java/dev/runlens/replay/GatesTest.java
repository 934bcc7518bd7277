package dev.runlens.replay;

import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.GateStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatesTest {
    private static String requested(String step, String gate, String reason) {
        return "{\"type\":\"human_gate_requested\",\"stepId\":\"" + step + "\",\"gate\":\"" + gate + "\",\"reason\":\""
                + reason.replace("\"", "\\\"") + "\"}";
    }

    private static String resolved(String step, String gate, String decision, String note) {
        return "{\"type\":\"human_gate_resolved\",\"stepId\":\"" + step + "\",\"gate\":\"" + gate + "\",\"decision\":\""
                + decision + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    private static String step(String type, String step) {
        return "{\"type\":\"" + type + "\",\"stepId\":\"" + step + "\"" + (type.equals("step_completed") ? ",\"ok\":true" : "") + "}";
    }

    @Test
    void checkpointsSignedBeforeTheStartAreIdsAndTheLastNoteOpensTheGate() {
        RunState end = Replay.of(Inline.bundle("s:CHECKPOINT", "",
                requested("s", "CHECKPOINT", "Three people must sign"),
                resolved("s", "CHECKPOINT", "approved", "ciso"),
                resolved("s", "CHECKPOINT", "rejected", "dpo"),
                resolved("s", "CHECKPOINT", "approved", "dpo"),
                resolved("s", "CHECKPOINT", "approved", "All signed; go ahead."),
                step("step_started", "s"))).finalState();
        StepState s = end.steps().get("s");
        assertEquals(GateStatus.APPROVED, s.before());
        assertEquals(Map.of("ciso", GateStatus.APPROVED, "dpo", GateStatus.APPROVED), s.checkpoints());
        GateState generic = end.gates().stream().filter(g -> g.request().isPresent()).findFirst().orElseThrow();
        assertEquals(Optional.of("All signed; go ahead."), generic.resolution().orElseThrow().note());
        assertTrue(generic.resolution().orElseThrow().checkpointId().isEmpty());
        assertEquals(4_000, generic.waitedMs().orElseThrow());
        assertEquals(3, end.gates().stream().filter(g -> g.request().isEmpty()).count());
    }

    @Test
    void aNoteAnsweringAnOpenRequestOfAStepThatNeverStartedIsTheReviewers() {
        RunState end = Replay.of(Inline.bundle("s:CHECKPOINT", "",
                requested("s", "CHECKPOINT", "Confirm inputs"),
                resolved("s", "CHECKPOINT", "rejected", "Not acceptable"))).finalState();
        assertEquals(GateStatus.PENDING, end.steps().get("s").before());
        assertEquals(Map.of(), end.steps().get("s").checkpoints());
        assertTrue(end.gates().get(0).rejected());
    }

    @Test
    void checkpointsNamedWhileTheStepRunsAreIds() {
        RunState end = Replay.of(Inline.bundle("s:CHECKPOINT", "",
                requested("s", "CHECKPOINT", "Confirm inputs"), resolved("s", "CHECKPOINT", "approved", "OK"),
                step("step_started", "s"),
                requested("s", "CHECKPOINT", "Checkpoint \"figures\" needs confirmation"),
                resolved("s", "CHECKPOINT", "approved", "figures"))).finalState();
        assertEquals(Map.of("figures", GateStatus.APPROVED), end.steps().get("s").checkpoints());
        assertEquals(2, end.gates().size());
        assertTrue(end.gates().stream().allMatch(g -> g.request().isPresent() && !g.pending()));
    }

    @Test
    void aRejectedPauseAfterIsReRequestedAsANewEpisode() {
        Replay r = Replay.of(Inline.bundle("a:PAUSE_AFTER b", "a>b",
                step("step_started", "a"), requested("a", "PAUSE_AFTER", "Review"), step("step_completed", "a"),
                resolved("a", "PAUSE_AFTER", "rejected", "redo"),
                requested("a", "PAUSE_AFTER", "Re-review"), resolved("a", "PAUSE_AFTER", "approved", "fine")));
        assertEquals(GateStatus.PENDING, r.stateAt(3).steps().get("a").after());
        assertEquals(GateStatus.PENDING, r.stateAt(4).steps().get("a").after());
        RunState end = r.finalState();
        assertEquals(GateStatus.APPROVED, end.steps().get("a").after());
        assertEquals(List.of(true, false), end.gates().stream().map(GateState::rejected).toList());
        assertEquals(1, r.stateAt(5).pendingGates().size());
        assertEquals(Gate.PAUSE_AFTER, r.stateAt(5).pendingGates().get(0).gate());
    }

    @Test
    void aResolutionWithoutRequestIsAnEpisodeOfItsOwn() {
        RunState end = Replay.of(Inline.bundle("a:PAUSE_BEFORE", "",
                resolved("a", "PAUSE_BEFORE", "approved", null))).finalState();
        GateState g = end.gates().get(0);
        assertTrue(g.request().isEmpty());
        assertTrue(g.waitedMs().isEmpty());
        assertEquals(GateStatus.APPROVED, end.steps().get("a").before());
    }
}
