package dev.runlens.app.trace;

import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Trace tab's logic on real sample runs, with work done on the caller's thread. */
class TraceViewModelTest {
    static final String CONTRACT = "2026-09-03-contract-review-completed.json";
    static final String FAILED = "2026-09-08-invoice-extraction-failed.json";

    private final RunSession session = new RunSession();
    private final TraceViewModel model = new TraceViewModel(session, TaskExecutor.sameThread());

    static Inspection inspect(String sample) {
        return new Workbench(TaskExecutor.sameThread()).inspect(ProjectFolder.sampleBundles().resolve(sample));
    }

    private List<TraceEvent> open(String sample) {
        Inspection run = inspect(sample);
        session.show(run);
        return run.model().orElseThrow().trace();
    }

    @Test
    void openingARunListsEveryEventInTraceOrderBuildingOnlyRowsAskedFor() {
        List<TraceEvent> trace = open(CONTRACT);

        List<TraceRow> rows = model.rowsProperty().get();
        assertEquals(trace.size(), rows.size());
        assertEquals(trace.size() + " of " + trace.size() + " events", model.countProperty().get());
        assertEquals(0, ((VisibleRows) rows).built());
        assertEquals(7, rows.get(7).index());
        assertEquals(trace.get(7).type(), rows.get(7).type());
        assertEquals(1, ((VisibleRows) rows).built());
        assertEquals("+0.000 s", rows.get(0).time());
        assertEquals(trace.get(0).ts(), rows.get(0).timestamp());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            type:model_io,             model_io
            type:tool_call,            tool_call
            family:gate,               human_gate_
            not family:span type:s*,   step_
            """)
    void aValidFilterKeepsOnlyMatchingEventsAndCountsThem(String filter, String typePrefix) {
        List<TraceEvent> trace = open(CONTRACT);
        long expected = trace.stream().filter(e -> e.type().startsWith(typePrefix)).count();

        model.editFilter(filter);
        assertEquals(FilterState.Validity.VALID, model.filterStateProperty().get().validity());
        assertEquals(trace.size(), model.rowsProperty().get().size(), "typing alone does not apply");
        model.applyFilter();

        List<TraceRow> rows = model.rowsProperty().get();
        assertTrue(expected > 0);
        assertEquals(expected, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.type().startsWith(typePrefix)));
        assertEquals(expected + " of " + trace.size() + " events", model.countProperty().get());
        assertEquals(filter, model.appliedFilterProperty().get());
    }

    @Test
    void anInvalidFilterIsFlaggedWithItsColumnAndTheAppliedOneStays() {
        open(CONTRACT);
        model.editFilter("type:model_io");
        model.applyFilter();
        int shown = model.rowsProperty().get().size();

        model.editFilter("type:model_io cost>cheap");
        model.applyFilter();

        FilterState state = model.filterStateProperty().get();
        assertEquals(FilterState.Validity.INVALID, state.validity());
        assertEquals(20, state.column());
        assertEquals("Column 20: number expected for cost, found 'cheap'", state.explanation());
        assertEquals(shown, model.rowsProperty().get().size());
        assertEquals("type:model_io", model.appliedFilterProperty().get());
    }

    @Test
    void clearingTheFilterShowsEveryEventAgain() {
        List<TraceEvent> trace = open(CONTRACT);
        model.editFilter("tool:dms*");
        model.applyFilter();
        assertEquals(trace.stream().filter(e -> e instanceof ToolCall t && t.name().startsWith("dms")).count(),
                model.rowsProperty().get().size());

        model.clearFilter();

        assertEquals(trace.size(), model.rowsProperty().get().size());
        assertEquals(FilterState.EMPTY, model.filterStateProperty().get());
        assertEquals("", model.filterTextProperty().get());
    }

    @Test
    void selectingARowSelectsItsEventAndShowsItsRawJson() throws Exception {
        List<TraceEvent> trace = open(CONTRACT);
        model.editFilter("type:model_io");
        model.applyFilter();

        model.select(1);

        int index = model.rowsProperty().get().get(1).index();
        assertEquals(index, session.selectedEventProperty().get());
        assertEquals(index + 1, session.positionProperty().get());
        assertEquals(1, model.selectedRowProperty().get());
        EventDetails d = model.detailsProperty().get();
        assertEquals(index, d.index());
        assertTrue(d.title().contains(trace.get(index).id()));
        assertTrue(d.rawJson().contains("\n  \"id\": \"" + trace.get(index).id() + "\""), d.rawJson());
        JsonValue reparsed = JsonReader.hardened().read(d.rawJson().getBytes(StandardCharsets.UTF_8)).value();
        assertEquals(CanonicalJson.toString(d.json(), CanonicalJson.Form.INTEGRITY),
                CanonicalJson.toString(reparsed, CanonicalJson.Form.INTEGRITY), "the pretty text is the event's JSON");
    }

    @Test
    void aSelectionMadeElsewhereSelectsItsRowOrSaysItIsHidden() {
        List<TraceEvent> trace = open(CONTRACT);
        model.editFilter("type:model_io");
        model.applyFilter();
        int span = IntStream.range(0, trace.size()).filter(i -> trace.get(i).type().equals("span_started")).findFirst().orElseThrow();
        int call = IntStream.range(0, trace.size()).filter(i -> trace.get(i).type().equals("model_io")).skip(2).findFirst().orElseThrow();

        session.selectEvent(call);
        assertEquals(2, model.selectedRowProperty().get());
        assertEquals("", model.selectionNoteProperty().get());

        session.selectEvent(span);
        assertEquals(-1, model.selectedRowProperty().get());
        assertEquals("Event #" + span + " is selected but hidden by the filter.", model.selectionNoteProperty().get());
        assertEquals(span, model.detailsProperty().get().index(), "its details still show");

        model.clearFilter();
        assertEquals(span, model.selectedRowProperty().get());
        assertEquals("", model.selectionNoteProperty().get());
    }

    @Test
    void nextAndPreviousMoveThroughShownEventsOnly() {
        List<TraceEvent> trace = open(FAILED);
        model.editFilter("type:model_io or family:error");
        model.applyFilter();
        List<TraceRow> rows = model.rowsProperty().get();
        assertTrue(rows.size() >= 2);

        model.next();
        assertEquals(rows.get(0).index(), session.selectedEventProperty().get());
        model.next();
        assertEquals(rows.get(1).index(), session.selectedEventProperty().get());
        model.previous();
        assertEquals(rows.get(0).index(), session.selectedEventProperty().get());
        model.previous();
        assertEquals(rows.get(0).index(), session.selectedEventProperty().get(), "stays at the first");

        int k = IntStream.range(0, rows.size() - 1).filter(r -> rows.get(r).index() + 1 < rows.get(r + 1).index())
                .findFirst().orElseThrow();
        session.selectEvent(rows.get(k).index() + 1); // hidden, between two shown rows
        model.next();
        assertEquals(rows.get(k + 1).index(), session.selectedEventProperty().get());
        session.selectEvent(rows.get(k).index() + 1);
        model.previous();
        assertEquals(rows.get(k).index(), session.selectedEventProperty().get());
        assertTrue(trace.size() > rows.size());
    }

    @Test
    void failuresAreMarkedWhateverTheirFamily() {
        List<TraceEvent> trace = open(FAILED);
        List<TraceRow> rows = model.rowsProperty().get();

        List<String> failed = rows.stream().filter(TraceRow::failure).map(TraceRow::type).distinct().sorted().toList();

        assertTrue(failed.containsAll(List.of("error", "step_completed")), failed.toString());
        assertFalse(rows.stream().filter(r -> r.type().equals("model_io")).anyMatch(TraceRow::failure));
        assertEquals(trace.size(), rows.size());
    }

    @Test
    void openingAnotherRunStartsOverWithTheFilterInEffect() {
        open(CONTRACT);
        model.editFilter("type:model_io");
        model.applyFilter();
        model.select(0);

        List<TraceEvent> trace = open(FAILED);

        assertEquals(trace.stream().filter(e -> e.type().equals("model_io")).count(), model.rowsProperty().get().size());
        assertEquals(-1, model.selectedRowProperty().get());
        assertEquals(EventDetails.NONE, model.detailsProperty().get());
    }

    @Test
    void nothingOpenShowsNothing() {
        open(CONTRACT);
        session.show(null);

        assertTrue(model.rowsProperty().get().isEmpty());
        assertEquals("", model.countProperty().get());
        model.next();
        assertEquals(RunSession.NO_EVENT, session.selectedEventProperty().get());
    }
}
