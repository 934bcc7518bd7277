package dev.runlens.app.trace;

import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.replay.filter.DisplayFilter;
import dev.runlens.replay.filter.FilterResult;
import dev.runlens.replay.filter.TraceFacts;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The Trace tab: every event of the open run in a table, narrowed by a display filter, and the
 * selected event's JSON. The filter is validated on every edit and applied on request (Enter or
 * the view's debounce); building the run's facts, filtering and formatting the details run on the
 * executor, latest wins. Selection is the session's: this model follows it and moves it. Touches
 * no control; use on one thread (the FX thread in the app).
 */
public final class TraceViewModel {
    private final RunSession session;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<ObservableList<TraceRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", VisibleRows.EMPTY);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyObjectWrapper<FilterState> filterState = new ReadOnlyObjectWrapper<>(this, "filterState", FilterState.EMPTY);
    private final ReadOnlyStringWrapper appliedFilter = new ReadOnlyStringWrapper(this, "appliedFilter", "");
    private final ReadOnlyIntegerWrapper selectedRow = new ReadOnlyIntegerWrapper(this, "selectedRow", -1);
    private final ReadOnlyStringWrapper selectionNote = new ReadOnlyStringWrapper(this, "selectionNote", "");
    private final ReadOnlyObjectWrapper<EventDetails> details = new ReadOnlyObjectWrapper<>(this, "details", EventDetails.NONE);

    private final Latest loading = new Latest();
    private final Latest filtering = new Latest();
    private final Latest describing = new Latest();
    private TraceFacts facts;
    private List<JsonValue> rawTrace = List.of();
    private DisplayFilter filter = DisplayFilter.ALL;

    public TraceViewModel(RunSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.inspectionProperty().addListener((o, was, now) -> {
            if (RunSession.anotherRun(was, now)) load(now);
        });
        session.selectedEventProperty().addListener((o, was, now) -> followSelection());
        load(session.inspectionProperty().get());
    }

    // ------------------------------------------------------------------ filter commands

    /** The filter text as typed: validated at once, applied by {@link #applyFilter()}. */
    public void editFilter(String text) {
        String t = text == null ? "" : text;
        filterText.set(t);
        filterState.set(FilterState.of(DisplayFilter.parse(t)));
    }

    /** Applies the typed filter when it is valid and differs from the one in effect; an invalid one changes nothing. */
    public void applyFilter() {
        FilterResult r = DisplayFilter.parse(filterText.get());
        if (r.compiled().isEmpty() || r.compiled().get().equals(filter)) return;
        filter = r.compiled().get();
        appliedFilter.set(filter.text());
        runFilter();
    }

    /** Empties the filter and shows every event again. */
    public void clearFilter() {
        editFilter("");
        applyFilter();
    }

    // ------------------------------------------------------------------ selection commands

    /** Selects the event shown at {@code row} of {@link #rowsProperty()}. */
    public void select(int row) {
        VisibleRows shown = visible();
        if (row >= 0 && row < shown.size()) session.selectEvent(shown.indexAt(row));
    }

    /** Selects the next shown event after the selected one (the first when none is). */
    public void next() {
        VisibleRows shown = visible();
        if (shown.isEmpty()) return;
        int selected = session.selectedEventProperty().get();
        if (selected < 0) {
            select(0);
            return;
        }
        int at = shown.rowOf(selected);
        int row = at >= 0 ? at + 1 : -at - 1;
        if (row < shown.size()) select(row);
    }

    /** Selects the shown event before the selected one (the last when none is). */
    public void previous() {
        VisibleRows shown = visible();
        if (shown.isEmpty()) return;
        int selected = session.selectedEventProperty().get();
        if (selected < 0) {
            select(shown.size() - 1);
            return;
        }
        int at = shown.rowOf(selected);
        int row = at >= 0 ? at - 1 : -at - 2;
        if (row >= 0) select(row);
    }

    // ------------------------------------------------------------------ state

    /** The rows the filter keeps, built lazily; a new list per filter result. */
    public ReadOnlyObjectProperty<ObservableList<TraceRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Number of events in the run's trace. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** {@code "12 of 121 events"}. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while the run's facts are built or a filter runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterTextProperty() {
        return filterText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FilterState> filterStateProperty() {
        return filterState.getReadOnlyProperty();
    }

    /** The text of the filter in effect ({@code ""}: every event). */
    public ReadOnlyStringProperty appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    /** The row showing the session's selected event, or -1 (none selected, or filtered out). */
    public ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Says when the selected event is hidden by the filter; empty otherwise. */
    public ReadOnlyStringProperty selectionNoteProperty() {
        return selectionNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ work

    private void load(Inspection run) {
        loading.stop();
        filtering.stop();
        facts = null;
        rawTrace = List.of();
        show(VisibleRows.EMPTY, 0);
        followSelection();
        if (run == null || run.model().isEmpty()) return;
        var model = run.model().get();
        JsonValue raw = run.bundle().rawTree();
        busy.set(true);
        long ticket = loading.start();
        var receipts = session.receipts(model);
        loading.running = executor.submit(() -> TraceFacts.of(model, receipts.get()),
                built -> { if (loading.isLatest(ticket)) loaded(built, raw); },
                failure -> { if (loading.isLatest(ticket)) failed(failure); });
    }

    private void loaded(TraceFacts built, JsonValue raw) {
        facts = built;
        rawTrace = raw instanceof JsonValue.Obj o && o.get("trace") instanceof JsonValue.Arr a ? a.items() : List.of();
        rows.set(VisibleRows.of(built, new int[0]));
        runFilter();
    }

    private void runFilter() {
        long ticket = filtering.start();
        if (facts == null) return;
        TraceFacts f = facts;
        DisplayFilter d = filter;
        busy.set(true);
        filtering.running = executor.submit(() -> d.select(f),
                matching -> { if (filtering.isLatest(ticket)) show(visible().keeping(matching), f.size()); },
                failure -> { if (filtering.isLatest(ticket)) failed(failure); });
    }

    private void show(VisibleRows shown, int size) {
        selectedRow.set(-1); // so the row set below is a change even when its number is the same
        rows.set(shown);
        total.set(size);
        busy.set(false);
        count.set(facts == null ? "" : String.format(Locale.ROOT, "%,d of %,d event%s", shown.size(), size, size == 1 ? "" : "s"));
        followSelection();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (!(failure instanceof CancellationException)) count.set("Could not filter: " + failure.getClass().getSimpleName());
    }

    /** Puts the selected row and the details in step with the session's selected event. */
    private void followSelection() {
        int index = session.selectedEventProperty().get();
        VisibleRows shown = visible();
        int row = index < 0 || facts == null ? -1 : shown.rowOf(index);
        selectedRow.set(Math.max(row, -1));
        selectionNote.set(index >= 0 && facts != null && row < 0
                ? "Event #" + index + " is selected but hidden by the filter." : "");
        describe(index);
    }

    private void describe(int index) {
        long ticket = describing.start();
        if (facts == null || index < 0 || index >= facts.size()) {
            details.set(EventDetails.NONE);
            return;
        }
        if (details.get().index() == index) return;
        TraceFacts f = facts;
        JsonValue raw = index < rawTrace.size() ? rawTrace.get(index) : null;
        describing.running = executor.submit(() -> EventDetails.of(index, f.event(index), raw),
                d -> { if (describing.isLatest(ticket)) details.set(d); },
                failure -> { if (describing.isLatest(ticket)) details.set(EventDetails.NONE); });
    }

    private VisibleRows visible() {
        return (VisibleRows) rows.get();
    }

    /**
     * One stream of background work where only the newest result counts: starting or stopping
     * cancels what runs and makes its ticket stale, so even a result already on its way is dropped.
     */
    private static final class Latest {
        private TaskExecutor.Cancellable running = TaskExecutor.DONE;
        private long ticket;

        /** Stops the running work; returns the ticket the next work must present. */
        long start() {
            stop();
            return ticket;
        }

        void stop() {
            running.cancel();
            running = TaskExecutor.DONE;
            ticket++;
        }

        boolean isLatest(long t) {
            return t == ticket;
        }
    }
}
