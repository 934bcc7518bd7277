package dev.runlens.app.governance;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import dev.runlens.costs.reprice.RepriceMode;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The dashboard's controls: cost basis switch and date range; a stacked bar chart of daily cost by
 * workflow per currency; tables of cost per outcome, model mix, top movers, runs and unpriced
 * calls. Double-click (or Enter) on a run or an unpriced model opens it in the Runs workspace.
 */
public final class DashboardView extends BorderPane {
    public static final String CHARTS_ID = "governance-charts";
    public static final String UNPRICED_ID = "governance-unpriced";
    public static final String RUNS_ID = "governance-runs";
    public static final String STATUS_ID = "governance-status";

    private final DashboardViewModel model;
    private final VBox charts = new VBox(6);
    private final ToggleGroup modes = new ToggleGroup();

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.GOVERNANCE);
        setTop(toolbar());
        setCenter(body());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.GOVERNANCE_STATUS);
        status.textProperty().bind(model.statusProperty());
        setBottom(status);
        var showing = Lifecycle.showing(this);
        model.chartProperty().when(showing).subscribe(this::draw);
        model.modeProperty().when(showing).subscribe(m -> modes.getToggles().stream().filter(t -> t.getUserData() == m)
                .findFirst().ifPresent(modes::selectToggle));
    }

    private HBox toolbar() {
        HBox bar = new HBox();
        bar.getStyleClass().add(Styles.GOVERNANCE_TOOLBAR);
        for (RepriceMode m : RepriceMode.values()) {
            ToggleButton t = new ToggleButton(switch (m) {
                case RECORDED -> "Recorded";
                case AS_OF -> "As of call day";
                case TODAY -> "Today's prices";
                case CONTRACT -> "Contract";
            });
            t.setId("governance-mode-" + m.wire());
            t.setUserData(m);
            t.setToggleGroup(modes);
            bar.getChildren().add(t);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) modes.selectToggle(was);
            else model.modeProperty().set((RepriceMode) now.getUserData());
        });
        DatePicker from = new DatePicker();
        from.setId("governance-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("governance-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        Label totals = new Label();
        totals.getStyleClass().add(Styles.GOVERNANCE_TOTALS);
        totals.textProperty().bind(model.totalsProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().addAll(new Label("from"), from, new Label("to"), to, gap, totals);
        return bar;
    }

    private SplitPane body() {
        charts.setId(CHARTS_ID);
        Label source = new Label();
        source.getStyleClass().add(Styles.GOVERNANCE_STATUS);
        source.textProperty().bind(model.chartSourceProperty());
        ScrollPane scroll = new ScrollPane(new VBox(source, charts));
        scroll.setFitToWidth(true);

        TableView<DashboardRows.RunEntry> runs = Tables.of(RUNS_ID, model.runs(), "No runs in the range",
                Tables.text("Day", DashboardRows.RunEntry::day, 90), Tables.text("Workflow", DashboardRows.RunEntry::workflow, 200),
                Tables.text("Outcome", DashboardRows.RunEntry::outcome, 90), Tables.text("Cost", DashboardRows.RunEntry::cost, 200));
        Tables.onOpen(runs, model::openRun);
        TableView<DashboardRows.UnpricedRow> unpriced = Tables.of(UNPRICED_ID, model.unpriced(), "Every call is priced",
                Tables.text("Model", DashboardRows.UnpricedRow::model, 220), Tables.count("Calls", DashboardRows.UnpricedRow::calls, 60),
                Tables.text("Why it has no price", DashboardRows.UnpricedRow::reason, 380));
        unpriced.getStyleClass().add(Styles.GOVERNANCE_UNPRICED);
        Tables.onOpen(unpriced, model::openUnpriced);
        TabPane tables = new TabPane(
                tab("Cost per outcome", Tables.of("governance-outcomes", model.outcomes(), "No runs",
                        Tables.text("Workflow", DashboardRows.OutcomeRow::workflow, 200), Tables.text("Version", DashboardRows.OutcomeRow::version, 60),
                        Tables.count("Runs", DashboardRows.OutcomeRow::runs, 50), Tables.count("Completed", DashboardRows.OutcomeRow::completed, 80),
                        Tables.count("Waste runs", DashboardRows.OutcomeRow::waste, 80), Tables.text("Cost", DashboardRows.OutcomeRow::cost, 160),
                        Tables.text("Waste", DashboardRows.OutcomeRow::wasteCost, 140),
                        Tables.text("Per completed run", DashboardRows.OutcomeRow::perCompleted, 160),
                        Tables.text("Per unit", DashboardRows.OutcomeRow::perUnit, 160))),
                tab("Model mix", Tables.of("governance-models", model.models(), "No model calls",
                        Tables.text("Model", DashboardRows.ModelRow::model, 260), Tables.count("Calls", DashboardRows.ModelRow::calls, 60),
                        Tables.count("Unpriced", DashboardRows.ModelRow::unpriced, 70), Tables.text("Cost", DashboardRows.ModelRow::cost, 180),
                        Tables.text("Share of cost", DashboardRows.ModelRow::share, 160))),
                tab("Top movers", Tables.of("governance-movers", model.movers(), "No change between the last two weeks of the range",
                        Tables.text("Workflow", DashboardRows.MoverRow::workflow, 220), Tables.text("Currency", DashboardRows.MoverRow::currency, 70),
                        Tables.text("Last 7 days", DashboardRows.MoverRow::recent, 120), Tables.text("7 days before", DashboardRows.MoverRow::previous, 120),
                        Tables.text("Change", DashboardRows.MoverRow::change, 120), Tables.text("Change %", DashboardRows.MoverRow::share, 90))),
                tab("Runs", runs), tab("Unpriced calls", unpriced));
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(scroll, tables);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("governance-tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return t;
    }

    /** One stacked bar chart per currency: days across, one series per workflow. */
    private void draw(DailyChart c) {
        charts.getChildren().clear();
        if (c.panels().isEmpty()) {
            charts.getChildren().add(new Label("No cost in the range."));
            return;
        }
        for (DailyChart.Panel p : c.panels()) {
            CategoryAxis days = new CategoryAxis();
            days.getCategories().setAll(c.days().stream().map(LocalDate::toString).toList());
            NumberAxis amount = new NumberAxis();
            amount.setLabel(p.currency());
            StackedBarChart<String, Number> chart = new StackedBarChart<>(days, amount);
            chart.getStyleClass().add(Styles.GOVERNANCE_CHART);
            chart.setId("governance-chart-" + p.currency());
            chart.setTitle("Daily cost, " + p.currency());
            chart.setAnimated(false);
            chart.setLegendSide(Side.RIGHT);
            chart.setPrefHeight(260);
            for (DailyChart.Series s : p.series()) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(s.workflowId());
                s.byDay().forEach((day, value) -> series.getData().add(new XYChart.Data<>(day.toString(), value.doubleValue())));
                chart.getData().add(series);
            }
            charts.getChildren().add(chart);
        }
    }
}
