package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayGatesTest {

    @Test
    void theUnansweredGateIsPendingAtTheEndOfAPausedRun() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        Set<String> resolved = Samples.bundle(run).events(HumanGateResolved.class).stream()
                .map(r -> r.stepId().orElseThrow()).collect(Collectors.toSet());
        HumanGateRequested open = Samples.bundle(run).events(HumanGateRequested.class).stream()
                .filter(r -> !resolved.contains(r.stepId().orElseThrow())).findFirst().orElseThrow();

        model.last();
        ReplayFrame end = model.frameProperty().get();
        List<GateRow> pending = end.gates().stream().filter(GateRow::pending).toList();
        assertEquals(1, pending.size(), end.gates().toString());
        GateRow g = pending.get(0);
        assertEquals(List.of(open.stepId().orElseThrow(), open.gate().wire(), open.ts(), "pending", ""),
                List.of(g.step(), g.gate(), g.requestedAt(), g.state(), g.decision()));
        assertTrue(end.status().contains("1 gate pending"), end.status());
        assertTrue(end.gates().stream().filter(r -> !r.pending()).allMatch(r -> r.state().equals("resolved")));

        model.moveTo(open.index());
        assertTrue(model.frameProperty().get().gates().stream().noneMatch(GateRow::pending), "not yet requested");
        model.moveTo(open.index() + 1);
        assertEquals(pending, model.frameProperty().get().gates().stream().filter(GateRow::pending).toList());
    }

    @Test
    void aResolvedGateShowsItsDecisionAndNote() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        HumanGateResolved r = Samples.bundle(run).events(HumanGateResolved.class).get(0);
        model.moveTo(r.index());
        assertTrue(model.frameProperty().get().gates().stream().anyMatch(GateRow::pending), "pending just before");
        model.moveTo(r.index() + 1);
        GateRow row = model.frameProperty().get().gates().stream()
                .filter(g -> g.step().equals(r.stepId().orElseThrow())).findFirst().orElseThrow();
        assertFalse(row.pending());
        assertEquals(r.decision().wire(), row.decision());
        assertEquals(r.note().orElseThrow(), row.note());
    }
}
