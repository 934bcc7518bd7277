package dev.runlens.app.dag;

import dev.runlens.app.ManualTaskExecutor;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.graph.layout.ElkLayeredLayout;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background work completes in any order the test chooses: only the newest result may show. */
class DagViewModelLatestWinsTest {
    private final RunSession session = new RunSession();

    {
        session.showTab(RunTab.DAG); // the tab works only while it is in front
    }
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final DagViewModel model = new DagViewModel(session, executor, new ElkLayeredLayout());

    @Test
    void theLayoutRunsInTheBackgroundOncePerRun() {
        session.show(Runs.inspect(Runs.VENDOR_DUE_DILIGENCE));
        assertEquals(1, executor.submitted());
        assertTrue(model.busyProperty().get());
        assertEquals("Laying out 40 steps…", model.messageProperty().get());
        assertNull(model.layoutProperty().get());

        executor.task(0).complete();
        assertFalse(model.busyProperty().get());
        assertEquals(40, model.layoutProperty().get().nodes().size());

        session.moveTo(3);
        session.moveTo(4);
        assertEquals(4, executor.submitted(), "a frame per cursor move, no second layout");
    }

    @Test
    void aStaleFrameNeverReplacesTheNewestOne() {
        session.show(Runs.inspect(Runs.VENDOR_DUE_DILIGENCE));
        executor.task(0).complete();
        executor.task(1).complete();
        session.moveTo(5);
        session.moveTo(10);
        assertTrue(executor.task(2).isCancelled(), "the older frame is cancelled");

        executor.task(3).complete();
        executor.task(2).complete();

        assertEquals(10, model.shownPositionProperty().get());
    }

    @Test
    void aLayoutOfAnEarlierRunIsDropped() {
        session.show(Runs.inspect(Runs.VENDOR_DUE_DILIGENCE));
        session.show(Runs.inspect(Runs.INVOICE_FAILED));
        assertTrue(executor.task(0).isCancelled());

        executor.task(1).complete();
        executor.task(0).complete();

        assertEquals(session.replay().orElseThrow().dag().nodes().size(), model.layoutProperty().get().nodes().size());
        assertFalse(model.layoutProperty().get().nodes().containsKey("open_case"), "not the vendor run's steps");
    }

    @Test
    void aCancelledLayoutLeavesNoErrorBehind() {
        session.show(Runs.inspect(Runs.VENDOR_DUE_DILIGENCE));
        executor.task(0).fail(new CancellationException("layout cancelled"));
        assertFalse(model.busyProperty().get());
        assertFalse(model.messageProperty().get().startsWith("Cannot"), model.messageProperty().get());
    }

    @Test
    void aFailedLayoutSaysSo() {
        session.show(Runs.inspect(Runs.VENDOR_DUE_DILIGENCE));
        executor.task(0).fail(new IllegalStateException("boom"));
        assertFalse(model.busyProperty().get());
        assertEquals("Cannot lay out the workflow: boom", model.messageProperty().get());
    }
}
