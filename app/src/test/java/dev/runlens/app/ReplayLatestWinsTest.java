package dev.runlens.app;

import dev.runlens.app.replay.ReplayFrame;
import dev.runlens.app.replay.ReplayViewModel;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scrubbing the Replay tab's cursor: every move asks for a new frame, and only the newest request
 * reaches the view model, whichever order the work finishes in (here in package {@code app} for
 * its {@link ManualTaskExecutor}).
 */
class ReplayLatestWinsTest {
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final RunSession session = new RunSession();
    private ReplayViewModel model;

    @BeforeEach
    void openASampleOnTheReplayTab() {
        Inspection run = new Workbench(TaskExecutor.sameThread())
                .inspect(ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json"));
        session.showTab(RunTab.REPLAY);
        model = new ReplayViewModel(session, executor);
        session.show(run);
        assertEquals(1, executor.submitted(), "the receipts are indexed in the background");
        executor.task(0).complete();
        assertEquals(2, executor.submitted(), "then the frame at the end");
        executor.task(1).complete();
        assertEquals(session.size(), model.frameProperty().get().position());
    }

    @Test
    void twoQuickMovesDeliverOnlyTheSecond() {
        model.moveTo(10);
        model.moveTo(20);
        assertEquals(4, executor.submitted());
        assertTrue(executor.task(2).isCancelled(), "the stale request is cancelled");
        assertTrue(model.busyProperty().get());

        executor.task(3).complete();
        assertEquals(20, model.frameProperty().get().position());
        ReplayFrame shown = model.frameProperty().get();
        executor.task(2).complete(); // finished late: must not replace the newer frame
        assertEquals(shown, model.frameProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aStaleResultArrivingFirstIsIgnored() {
        model.moveTo(10);
        model.moveTo(20);
        executor.task(2).complete();
        assertEquals(session.size(), model.frameProperty().get().position(), "the old frame stays until the newest arrives");
        assertTrue(model.busyProperty().get());
        executor.task(3).complete();
        assertEquals(20, model.frameProperty().get().position());
    }

    @Test
    void thePositionTextFollowsAtOnce() {
        model.moveTo(10);
        assertTrue(model.positionTextProperty().get().startsWith("event 10 of "), model.positionTextProperty().get());
    }

    @Test
    void framesWaitWhileAnotherTabIsInFront() {
        session.showTab(RunTab.TRACE);
        model.moveTo(5);
        model.moveTo(6);
        assertEquals(2, executor.submitted(), "nothing computed for a hidden tab");
        session.showTab(RunTab.REPLAY);
        assertEquals(3, executor.submitted());
        executor.task(2).complete();
        assertEquals(6, model.frameProperty().get().position());
    }
}
