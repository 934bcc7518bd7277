package dev.runlens.app.governance;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.report.Figures;
import dev.runlens.store.DailyWorkflowCost;
import dev.runlens.workbench.CostOverview;
import dev.runlens.workbench.CostReport;
import dev.runlens.workbench.DateRange;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The costs dashboard over the library: daily cost by workflow (one series per workflow, one panel
 * per currency), cost per outcome, model mix, top movers, the runs of the range and the calls that
 * could not be priced, for a date range and a cost basis (recorded, or repriced as of each call's
 * day, today, or at contract rate). With recorded costs the chart comes first from the library's
 * SQL index, then everything from the runs; only the newest request's results are shown. Touches
 * no control; use on one thread (the FX thread in the app).
 */
public final class DashboardViewModel {
    static final String COMPUTING = "Adding up the runs…";
    static final int DEFAULT_DAYS = 90;

    private final RunLibrary library;
    private final Workbench workbench;
    private final TaskExecutor executor;
    private final CostBasis basis;
    private final RunNavigator navigator;

    private final ObjectProperty<RepriceMode> mode = new SimpleObjectProperty<>(this, "mode", RepriceMode.RECORDED);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<DailyChart> chart = new ReadOnlyObjectWrapper<>(this, "chart", DailyChart.EMPTY);
    private final ObservableList<DashboardRows.OutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<DashboardRows.ModelRow> models = FXCollections.observableArrayList();
    private final ObservableList<DashboardRows.MoverRow> movers = FXCollections.observableArrayList();
    private final ObservableList<DashboardRows.RunEntry> runs = FXCollections.observableArrayList();
    private final ObservableList<DashboardRows.UnpricedRow> unpriced = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper chartSource = new ReadOnlyStringWrapper(this, "chartSource", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final List<TaskExecutor.Cancellable> running = new ArrayList<>();
    private long latest;
    private boolean settling;

    public DashboardViewModel(RunLibrary library, Workbench workbench, TaskExecutor executor, CostBasis basis, RunNavigator navigator) {
        this.library = library;
        this.workbench = workbench;
        this.executor = executor;
        this.basis = basis;
        this.navigator = navigator;
        mode.addListener((o, was, now) -> refresh());
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
    }

    // ------------------------------------------------------------------ state

    /** Recorded costs, or repriced as of each call's day, today, or at contract rate. */
    public ObjectProperty<RepriceMode> modeProperty() {
        return mode;
    }

    /** First UTC day of the range (runs by the day they started). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<DailyChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObservableList<DashboardRows.OutcomeRow> outcomes() {
        return FXCollections.unmodifiableObservableList(outcomes);
    }

    public ObservableList<DashboardRows.ModelRow> models() {
        return FXCollections.unmodifiableObservableList(models);
    }

    public ObservableList<DashboardRows.MoverRow> movers() {
        return FXCollections.unmodifiableObservableList(movers);
    }

    public ObservableList<DashboardRows.RunEntry> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    /** Models whose calls could not be priced at the basis, with why; never counted as 0. */
    public ObservableList<DashboardRows.UnpricedRow> unpriced() {
        return FXCollections.unmodifiableObservableList(unpriced);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs, cost per currency and unpriced calls of the range, in one line. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** Where the chart's figures come from (the library index, or the runs at the basis). */
    public ReadOnlyStringProperty chartSourceProperty() {
        return chartSource.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Puts the range on the library's last {@value #DEFAULT_DAYS} days of runs, then loads. */
    public void start() {
        busy.set(true);
        status.set(COMPUTING);
        long ticket = ++latest;
        running.add(executor.submit(library::span, span -> {
            if (ticket != latest) return;
            LocalDate last = span.flatMap(DateRange::to).orElse(basis.today().get());
            LocalDate first = span.flatMap(DateRange::from).orElse(last);
            LocalDate start = first.isBefore(last.minusDays(DEFAULT_DAYS - 1)) ? last.minusDays(DEFAULT_DAYS - 1) : first;
            settling = true;
            from.set(start);
            to.set(last);
            settling = false;
            refresh();
        }, this::failed));
    }

    /** Loads the figures of the range at the basis; earlier loads still running are dropped. */
    public void refresh() {
        if (settling) return;
        running.forEach(TaskExecutor.Cancellable::cancel);
        running.clear();
        long ticket = ++latest;
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (a == null || b == null) return;
        if (a.isAfter(b)) {
            busy.set(false);
            status.set("The range starts after it ends: " + a + " > " + b + ".");
            return;
        }
        DateRange range = DateRange.of(a, b);
        RepriceMode m = mode.get();
        busy.set(true);
        status.set(COMPUTING);
        if (m == RepriceMode.RECORDED) {
            running.add(executor.submit(() -> library.dailyWorkflowCosts(range), rows -> {
                if (ticket == latest) showIndexed(rows, a, b);
            }, failure -> { if (ticket == latest) failed(failure); }));
        }
        running.add(executor.submit(() -> load(range, m), result -> {
            if (ticket == latest) show(result, m, a, b);
        }, failure -> { if (ticket == latest) failed(failure); }));
    }

    /** Opens the run in the Runs workspace at its Costs tab. */
    public void openRun(DashboardRows.RunEntry run) {
        if (run != null && run.bundleId() > 0) navigator.openRun(run.bundleId(), RunTab.COSTS, null);
    }

    /** Opens the first run with an unpriced call of this model, at its Costs tab with the call's step selected. */
    public void openUnpriced(DashboardRows.UnpricedRow row) {
        if (row != null && row.bundleId() > 0) navigator.openRun(row.bundleId(), RunTab.COSTS, row.stepId());
    }

    // ------------------------------------------------------------------ loading

    private record Loaded(RunSet set, CostOverview overview) {}

    private Loaded load(DateRange range, RepriceMode m) throws Exception {
        RunSet set = library.costRuns(range);
        return new Loaded(set, workbench.costOverview(set, basis.settings(m)));
    }

    private void showIndexed(List<DailyWorkflowCost> rows, LocalDate a, LocalDate b) {
        List<DailyChart.Point> points = new ArrayList<>();
        for (DailyWorkflowCost r : rows) r.cost().forEach((cur, amount) -> points.add(new DailyChart.Point(r.day(), r.workflowId(), cur, amount)));
        chart.set(DailyChart.of(points, a, b));
        chartSource.set("Daily cost from the library index (recorded costs).");
    }

    private void show(Loaded l, RepriceMode m, LocalDate a, LocalDate b) {
        CostReport daily = l.overview().daily();
        if (m != RepriceMode.RECORDED) {
            chart.set(DailyChart.of(DailyChart.points(daily.rows()), a, b));
            chartSource.set("Daily cost " + basisText(m) + ".");
        }
        Map<String, Long> ids = new HashMap<>();
        l.set().runs().forEach(r -> ids.put(r.bundle().run().id(), r.bundleId()));
        outcomes.setAll(DashboardRows.outcomes(l.overview().byWorkflow()));
        models.setAll(DashboardRows.models(l.overview().byModel()));
        movers.setAll(DashboardRows.movers(TopMovers.of(daily.rows(), b)));
        runs.setAll(DashboardRows.runs(daily.runs(), ids));
        unpriced.setAll(DashboardRows.unpriced(daily.unpriced(), m, ids));
        totals.set(daily.runs().size() + " run" + (daily.runs().size() == 1 ? "" : "s") + " · " + Figures.money(daily.total())
                + (daily.unpriced().isEmpty() ? "" : " · " + daily.unpriced().size() + " calls not priced (not counted)"));
        busy.set(false);
        status.set(note(daily, m));
    }

    private String note(CostReport daily, RepriceMode m) {
        StringBuilder sb = new StringBuilder(basisText(m).substring(0, 1).toUpperCase(java.util.Locale.ROOT) + basisText(m).substring(1));
        if (m == RepriceMode.CONTRACT && basis.rateFiles().isEmpty()) {
            sb.append("; no contract rates in ").append(PlainText.of(basis.rates().toString())).append(", so catalog prices of the day apply");
        }
        daily.sources().stream().findFirst().filter(x -> m != RepriceMode.RECORDED)
                .ifPresent(p -> sb.append("; prices: ").append(PlainText.of(p.label())));
        return sb.append('.').toString();
    }

    static String basisText(RepriceMode m) {
        return switch (m) {
            case RECORDED -> "recorded costs";
            case AS_OF -> "repriced at the catalog price of each call's day";
            case TODAY -> "repriced at today's catalog prices";
            case CONTRACT -> "repriced at contract rates";
        };
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("Could not add up the costs: " + PlainText.of(String.valueOf(Optional.ofNullable(failure.getMessage()).orElse(failure.toString()))));
    }
}
