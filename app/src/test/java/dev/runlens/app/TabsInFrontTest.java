package dev.runlens.app;

import dev.runlens.app.costs.CostsViewModel;
import dev.runlens.app.dag.DagViewModel;
import dev.runlens.app.replay.ReplayViewModel;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.graph.layout.ElkLayeredLayout;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DAG, Replay and Costs tabs compute nothing for a run or a cursor move until they come to the front. */
class TabsInFrontTest {
    private static final Inspection RUN = new Workbench(TaskExecutor.sameThread())
            .inspect(ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json"));

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final RunSession session = new RunSession();
    private final DagViewModel dag = new DagViewModel(session, executor, new ElkLayeredLayout());
    private final ReplayViewModel replay = new ReplayViewModel(session, executor);
    private final CostsViewModel costs = new CostsViewModel(session, executor);

    @Test
    void openingARunAndMovingTheCursorWithTheOverviewInFrontStartsNoTabWork() {
        session.show(RUN);
        session.moveTo(3);
        session.selectStep(RUN.model().orElseThrow().run().workflowSnapshot().steps().get(0).id());
        assertEquals(0, executor.submitted());
        assertEquals(3, session.positionProperty().get());
    }

    @Test
    void theDagLaysOutWhenItComesToTheFrontThenShowsTheCursorsFrame() {
        session.show(RUN);
        session.moveTo(5);
        session.showTab(RunTab.DAG);
        assertEquals(1, executor.submitted(), "the layout");
        assertTrue(dag.busyProperty().get());
        executor.task(0).complete();
        assertEquals(2, executor.submitted(), "then the frame at the cursor");
        executor.task(1).complete();
        assertEquals(5, dag.shownPositionProperty().get());

        session.showTab(RunTab.TRACE);
        session.moveTo(7);
        assertEquals(2, executor.submitted(), "no frame while the DAG is hidden");
        session.showTab(RunTab.DAG);
        assertEquals(3, executor.submitted());
        executor.task(2).complete();
        assertEquals(7, dag.shownPositionProperty().get());
    }

    @Test
    void theCostsAreAddedUpWhenTheCostsTabComesToTheFront() {
        session.show(RUN);
        assertTrue(costs.rows().isEmpty());
        session.showTab(RunTab.COSTS);
        assertEquals(1, executor.submitted());
        executor.task(0).complete();
        assertFalse(costs.rows().isEmpty());
        assertFalse(costs.busyProperty().get());
    }

    @Test
    void theReplayPreparesItsReceiptsWhenItComesToTheFront() {
        session.show(RUN);
        assertFalse(replay.hasPreviousReceiptProperty().get(), "receipts not known yet");
        session.showTab(RunTab.REPLAY);
        assertEquals(1, executor.submitted(), "the receipts");
        executor.task(0).complete();
        assertTrue(replay.hasPreviousReceiptProperty().get(), "the cursor is at the end, after the model calls");
        assertEquals(2, executor.submitted(), "then the frame");
        executor.task(1).complete();
        assertEquals(session.positionProperty().get(), replay.frameProperty().get().position());
    }

    @Test
    void aRunReplacedBeforeItsTabCameToFrontIsNeverComputed() {
        session.show(RUN);
        session.show(null);
        session.showTab(RunTab.DAG);
        session.showTab(RunTab.COSTS);
        session.showTab(RunTab.REPLAY);
        assertEquals(0, executor.submitted());
    }
}
