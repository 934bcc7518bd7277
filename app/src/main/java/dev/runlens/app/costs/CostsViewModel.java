package dev.runlens.app.costs;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.analysis.CostLine;
import dev.runlens.replay.analysis.RunCosts;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Costs tab: what the open run's model calls cost by step, model or provider (the current
 * grouping), the run total, and a chart of cost by the current grouping. Aggregating the receipts
 * runs on the executor once the Costs tab is in front (the run stays "computing" until then); only
 * the newest run's result is shown ({@code STYLE.md} #5). Selecting a
 * step row selects that step in the session. Touches no control; use on one thread (the FX
 * thread in the app).
 */
public final class CostsViewModel {
    static final String NOTHING_OPEN = "No run open.";
    static final String COMPUTING = "Adding up the model calls…";
    static final String NO_STEP = "(no step)";
    static final String UNNAMED = "(not named)";
    static final String TOTAL = "Run total";

    private final RunSession session;
    private final TaskExecutor executor;
    private final ObjectProperty<RunCosts.By> grouping = new SimpleObjectProperty<>(this, "grouping", RunCosts.By.STEP);
    private final ObservableList<CostRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CostRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<CostRow> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyObjectWrapper<CostChart> chart = new ReadOnlyObjectWrapper<>(this, "chart", CostChart.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOTHING_OPEN);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private TaskExecutor.Cancellable running = TaskExecutor.DONE;
    private long latest;
    private RunCosts costs;
    private RunBundle waiting;
    private Map<String, String> titles = Map.of();

    public CostsViewModel(RunSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        grouping.addListener((o, was, now) -> showRows());
        session.tabProperty().addListener((o, was, now) -> cameToFront());
        session.inspectionProperty().addListener((o, was, now) -> {
            if (RunSession.anotherRun(was, now)) load(now);
        });
        load(session.inspectionProperty().get());
    }

    // ------------------------------------------------------------------ state

    /** Step, model or provider; the table and the chart follow it. */
    public ObjectProperty<RunCosts.By> groupingProperty() {
        return grouping;
    }

    /** The rows of the current grouping, in order (steps as in the workflow); read-only. */
    public ObservableList<CostRow> rows() {
        return rowsView;
    }

    /** The whole run (its {@code by} is null), or null while nothing is shown. */
    public ReadOnlyObjectProperty<CostRow> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The run total in one line: calls, cost per currency, unpriced calls, tokens, duration. */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CostChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The session's selected step, for the view to follow. */
    public ReadOnlyObjectProperty<String> selectedStepProperty() {
        return session.selectedStepProperty();
    }

    // ------------------------------------------------------------------ commands

    /** A row was selected: a step row selects its step in the session (and so in the DAG). */
    public void select(CostRow row) {
        if (row == null || row.by() != RunCosts.By.STEP || row.key().isEmpty()) return;
        if (!row.key().equals(session.selectedStepProperty().get())) session.selectStep(row.key());
    }

    // ------------------------------------------------------------------ loading

    private void load(Inspection run) {
        running.cancel();
        ++latest;
        waiting = null;
        costs = null;
        rows.clear();
        total.set(null);
        totalText.set("");
        chart.set(CostChart.EMPTY);
        RunBundle bundle = run == null ? null : run.model().orElse(null);
        if (bundle == null) {
            busy.set(false);
            status.set(run == null ? NOTHING_OPEN : "The file holds no readable run.");
            return;
        }
        busy.set(true);
        status.set(COMPUTING);
        waiting = bundle;
        cameToFront();
    }

    /** Adds up the open run's costs when the Costs tab is in front (it waited since the run opened). */
    private void cameToFront() {
        if (waiting == null || session.tabProperty().get() != RunTab.COSTS) return;
        RunBundle bundle = waiting;
        waiting = null;
        long ticket = latest;
        var receipts = session.receipts(bundle);
        running = executor.submit(() -> RunCosts.of(bundle, receipts.get()),
                result -> { if (ticket == latest) show(bundle, result); },
                failure -> { if (ticket == latest) failed(failure); });
    }

    private void show(RunBundle bundle, RunCosts result) {
        Map<String, String> t = new HashMap<>();
        for (WorkflowStep s : bundle.run().workflowSnapshot().steps()) t.putIfAbsent(s.id(), s.title().orElse(""));
        titles = t;
        costs = result;
        busy.set(false);
        total.set(row(null, result.total()));
        totalText.set(summary(result.total()));
        CostLine c = result.total();
        status.set(c.calls() + c.unanswered() == 0 ? "This run made no model calls."
                : c.calls() + " answered call" + (c.calls() == 1 ? "" : "s")
                + (c.unpriced() == 0 ? "" : ", " + c.unpriced() + " without a cost (unpriced)")
                + (c.unanswered() == 0 ? "" : ", " + c.unanswered() + " request" + (c.unanswered() == 1 ? "" : "s") + " without a response")
                + (result.currencies().size() > 1 ? "; currencies are never added together" : "") + ".");
        showRows();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("Could not add up the costs: " + PlainText.of(String.valueOf(failure.getMessage())));
    }

    private void showRows() {
        if (costs == null) return;
        RunCosts.By by = grouping.get();
        List<CostRow> now = new ArrayList<>();
        for (CostLine line : costs.by(by)) now.add(row(by, line));
        rows.setAll(now);
        chart.set(CostChart.of(now, costs.currencies()));
    }

    /** A row of {@code by}; {@code by == null} is the run total. */
    private CostRow row(RunCosts.By by, CostLine line) {
        String name = by == null ? TOTAL : line.key().isEmpty() ? (by == RunCosts.By.STEP ? NO_STEP : UNNAMED) : PlainText.of(line.key());
        String detail = by == null ? "" : switch (by) {
            case STEP -> PlainText.of(titles.getOrDefault(line.key(), ""));
            case MODEL -> PlainText.of(line.provider().orElse(""));
            case PROVIDER -> "";
        };
        Set<String> currencies = costs.currencies();
        return new CostRow(by, line.key(), name, detail, line.calls(), line.unpriced(), line.unanswered(),
                line.totals().inputTokens(), line.totals().outputTokens(), line.totals().cachedInputTokens(),
                line.totals().reasoningTokens(), CostText.cost(line), CostText.share(line, costs.total(), currencies),
                CostText.duration(line.totals().durationMs()), line);
    }

    private static String summary(CostLine t) {
        return "Run total: " + CostText.cost(t) + " · " + t.calls() + " call" + (t.calls() == 1 ? "" : "s")
                + " · " + CostText.count(t.totals().totalTokens()) + " tokens · " + CostText.duration(t.totals().durationMs());
    }
}
