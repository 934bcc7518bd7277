package dev.runlens.app.costs;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import dev.runlens.replay.analysis.RunCosts;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The Costs tab's controls: a step / model / provider switch and the run total above a table of
 * the current grouping and a bar chart of its cost (one series per currency, colours from the
 * stylesheet's tokens). Binds to {@link CostsViewModel} and forwards row selection to it.
 */
public final class CostsView extends BorderPane {
    public static final String TABLE_ID = "costs-table";
    public static final String CHART_ID = "costs-chart";
    public static final String TOTAL_ID = "costs-total";
    public static final String STATUS_ID = "costs-status";

    private final CostsViewModel model;
    private final TableView<CostRow> table = new TableView<>();
    private final ToggleGroup groupings = new ToggleGroup();
    /** Height of one bar, the gap between categories, and the chart's axes and legend. */
    private static final double BAR = 14;
    private static final double GAP = 10;
    private static final double CHART_CHROME = 90;

    private final CategoryAxis categories = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), categories);

    public CostsView(CostsViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.COSTS_VIEW);
        setTop(toolbar());
        setCenter(body());
        setBottom(status());

        var showing = Lifecycle.showing(this);
        model.groupingProperty().when(showing).subscribe(this::grouped);
        model.chartProperty().when(showing).subscribe(this::draw);
        model.selectedStepProperty().when(showing).subscribe(this::follow);
        model.rows().addListener((ListChangeListener<CostRow>) c -> follow(model.selectedStepProperty().get()));
    }

    private HBox toolbar() {
        HBox bar = new HBox();
        for (RunCosts.By by : RunCosts.By.values()) {
            ToggleButton t = new ToggleButton("By " + CostColumns.noun(by).toLowerCase(java.util.Locale.ROOT));
            t.setId("costs-by-" + by.name().toLowerCase(java.util.Locale.ROOT));
            t.setUserData(by);
            t.setToggleGroup(groupings);
            bar.getChildren().add(t);
        }
        groupings.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                groupings.selectToggle(was); // one grouping is always chosen
            } else {
                model.groupingProperty().set((RunCosts.By) now.getUserData());
            }
        });
        Label total = new Label();
        total.setId(TOTAL_ID);
        total.getStyleClass().add(Styles.COSTS_TOTAL);
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(model.totalTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().addAll(gap, total);
        bar.getStyleClass().add(Styles.COSTS_TOOLBAR);
        return bar;
    }

    private SplitPane body() {
        table.setId(TABLE_ID);
        table.getStyleClass().add(Styles.COSTS_TABLE);
        table.setPlaceholder(new Label("No model calls"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<CostRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().addAll(CostColumns.all());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));

        chart.setId(CHART_ID);
        chart.getStyleClass().add(Styles.COSTS_CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(GAP);
        chart.setLegendSide(Side.TOP);
        chart.setBarGap(1);
        categories.setAutoRanging(false);
        chart.getXAxis().setLabel("cost");
        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(Styles.COSTS_CHART_SCROLL);

        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private Label status() {
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.COSTS_STATUS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    /** The switch and the column headings follow the model's grouping. */
    private void grouped(RunCosts.By by) {
        for (Toggle t : groupings.getToggles()) {
            if (t.getUserData() == by && !t.isSelected()) groupings.selectToggle(t);
        }
        CostColumns.retitle(table, by);
    }

    /** Horizontal bars, the first row at the top; the chart grows with the rows and scrolls. */
    private void draw(CostChart c) {
        chart.getData().clear();
        List<String> topDown = new ArrayList<>(c.categories());
        Collections.reverse(topDown);
        categories.getCategories().setAll(topDown);
        for (CostChart.Series s : c.series()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(s.currency());
            for (CostChart.Bar b : s.bars()) series.getData().add(new XYChart.Data<>(b.value(), b.category()));
            chart.getData().add(series);
        }
        double height = CHART_CHROME + c.categories().size() * (BAR * Math.max(1, c.series().size()) + GAP);
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
    }

    /** Selects the session's step in the table when the table shows steps. */
    private void follow(String stepId) {
        if (stepId == null || model.groupingProperty().get() != RunCosts.By.STEP) return;
        CostRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && Objects.equals(selected.key(), stepId)) return;
        table.getItems().stream().filter(r -> r.key().equals(stepId)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }
}
