package dev.runlens.app.trace;

import dev.runlens.app.ManualTaskExecutor;
import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 100,000-event trace (a real run's events repeated with fresh ids): opening, filtering and
 * moving the selection cost the FX thread next to nothing, rows are built only when the table
 * asks for them, and the work itself runs as background tasks.
 */
class LargeTraceTest {
    static final int EVENTS = 100_000;
    /** Generous: the FX-thread side of each command is O(1) or O(log n); this only catches O(n). */
    static final long FX_BUDGET_MS = 250;

    private static Inspection run;
    private static long modelCalls;

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final RunSession session = new RunSession();
    private final TraceViewModel model = new TraceViewModel(session, executor);

    @BeforeAll
    static void buildRun() throws Exception {
        byte[] bytes = Files.readAllBytes(ProjectFolder.sampleBundles().resolve(TraceViewModelTest.CONTRACT));
        JsonValue.Obj doc = (JsonValue.Obj) JsonReader.hardened().read(bytes).value();
        List<JsonValue> events = ((JsonValue.Arr) doc.get("trace")).items();
        List<JsonValue> trace = new ArrayList<>(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            Map<String, JsonValue> e = new LinkedHashMap<>(((JsonValue.Obj) events.get(i % events.size())).members());
            e.put("id", new JsonValue.Str("evt_" + i));
            trace.add(new JsonValue.Obj(e));
            if (e.get("type").equals(new JsonValue.Str("model_io"))) modelCalls++;
        }
        Map<String, JsonValue> top = new LinkedHashMap<>(doc.members());
        top.put("trace", new JsonValue.Arr(trace));
        JsonValue raw = new JsonValue.Obj(top);
        RunBundle bundle = BundleModel.from(raw, raw);
        run = new Inspection(new Workbench.OpenedBundle(null, null, raw, raw, bundle), null, Optional.of(Replay.of(bundle)));
    }

    @Test
    void openingFilteringAndMovingCostTheFxThreadLittleAndBuildOnlyVisibleRows() {
        long t = System.nanoTime();
        session.show(run);
        assertFast(t, "open");
        executor.task(0).complete(); // facts
        executor.task(1).complete(); // every event
        VisibleRows rows = (VisibleRows) model.rowsProperty().get();
        assertEquals(EVENTS, rows.size());
        assertEquals("100,000 of 100,000 events", model.countProperty().get());

        for (int i = 50_000; i < 50_040; i++) rows.get(i); // a screenful, as the table asks
        assertEquals(40, rows.built());

        t = System.nanoTime();
        model.editFilter("type:model_io cost>0");
        model.applyFilter();
        assertFast(t, "type and apply");
        executor.task(executor.submitted() - 1).complete();
        VisibleRows calls = (VisibleRows) model.rowsProperty().get();
        assertTrue(calls.size() > 0 && calls.size() < modelCalls);
        assertEquals(40, calls.built(), "filtering built no rows");

        t = System.nanoTime();
        model.select(calls.size() / 2);
        model.next();
        model.previous();
        assertFast(t, "select, j, k");
        assertEquals(calls.indexAt(calls.size() / 2), session.selectedEventProperty().get());
    }

    private static void assertFast(long startNanos, String what) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        assertTrue(ms < FX_BUDGET_MS, what + " took " + ms + " ms on the FX thread");
    }
}
