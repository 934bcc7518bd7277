package dev.runlens.app.trace;

import dev.runlens.app.ManualTaskExecutor;
import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.workbench.Inspection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background work of the Trace tab completes in any order; only the newest result shows. */
class TraceLatestWinsTest {
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final RunSession session = new RunSession();
    private final TraceViewModel model = new TraceViewModel(session, executor);

    @Test
    void anOlderFilterFinishingLastDoesNotReplaceTheNewerOne() {
        List<TraceEvent> trace = openAndLoad(TraceViewModelTest.CONTRACT);
        model.editFilter("type:model_io");
        model.applyFilter();
        model.editFilter("type:tool_call");
        model.applyFilter();
        int older = executor.submitted() - 2;

        assertTrue(model.busyProperty().get());
        executor.task(older + 1).complete();
        executor.task(older).complete();

        assertTrue(executor.task(older).isCancelled());
        assertEquals(count(trace, "tool_call"), model.rowsProperty().get().size());
        assertTrue(model.rowsProperty().get().stream().allMatch(r -> r.type().equals("tool_call")));
        assertTrue(!model.busyProperty().get());
    }

    @Test
    void detailsOfAnEarlierSelectionArrivingLateAreDropped() {
        openAndLoad(TraceViewModelTest.CONTRACT);
        model.select(3);
        model.select(4);
        int first = executor.submitted() - 2;

        executor.task(first + 1).complete();
        executor.task(first).complete();

        assertEquals(4, model.detailsProperty().get().index());
    }

    @Test
    void aRunOpenedWhileAnotherLoadsWins() {
        session.show(TraceViewModelTest.inspect(TraceViewModelTest.CONTRACT));
        Inspection failed = TraceViewModelTest.inspect(TraceViewModelTest.FAILED);
        session.show(failed);

        executor.task(1).complete();
        executor.task(2).complete(); // filter of the failed run
        executor.task(0).complete(); // the first run's facts, too late

        assertEquals(failed.model().orElseThrow().trace().size(), model.rowsProperty().get().size());
        assertEquals(3, executor.submitted());
    }

    private List<TraceEvent> openAndLoad(String sample) {
        Inspection run = TraceViewModelTest.inspect(sample);
        session.show(run);
        executor.task(executor.submitted() - 1).complete(); // the run's facts
        executor.task(executor.submitted() - 1).complete(); // every event
        return run.model().orElseThrow().trace();
    }

    private static long count(List<TraceEvent> trace, String type) {
        return trace.stream().filter(e -> e.type().equals(type)).count();
    }
}
