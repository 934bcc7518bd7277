package dev.runlens.app.governance;

import dev.runlens.app.ui.Styles;
import dev.runlens.costs.review.IsoWeek;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The weekly review screen's controls: the ISO week, export buttons; summary, attention list,
 * per-workflow figures, drift split and the runs of both weeks (double-click opens a run).
 */
public final class ReviewView extends BorderPane {
    public static final String WEEK_ID = "review-week";
    public static final String EXPORT_PDF_ID = "review-export-pdf";
    public static final String EXPORT_CSV_ID = "review-export-csv";
    public static final String WORKFLOWS_ID = "review-workflows";

    public ReviewView(ReviewViewModel model) {
        getStyleClass().add(Styles.GOVERNANCE);
        ComboBox<IsoWeek> week = new ComboBox<>(model.weeks());
        week.setId(WEEK_ID);
        week.setConverter(new StringConverter<>() {
            @Override
            public String toString(IsoWeek w) {
                return w == null ? "" : w + " (" + w.monday() + " – " + w.sunday() + ")";
            }

            @Override
            public IsoWeek fromString(String s) {
                return IsoWeek.parse(s).orElse(null);
            }
        });
        week.valueProperty().bindBidirectional(model.weekProperty());
        Button pdf = new Button("Export PDF…");
        pdf.setId(EXPORT_PDF_ID);
        pdf.disableProperty().bind(model.reviewProperty().isNull());
        pdf.setOnAction(e -> model.exportPdf());
        Button csv = new Button("Export CSV…");
        csv.setId(EXPORT_CSV_ID);
        csv.disableProperty().bind(model.reviewProperty().isNull());
        csv.setOnAction(e -> model.exportCsv());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(new Label("Week"), week, gap, pdf, csv);
        bar.getStyleClass().add(Styles.GOVERNANCE_TOOLBAR);
        setTop(bar);

        Label summary = new Label();
        summary.getStyleClass().add(Styles.GOVERNANCE_TOTALS);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> attention = new ListView<>(model.attention());
        attention.getStyleClass().add(Styles.GOVERNANCE_ATTENTION);
        attention.setPlaceholder(new Label("Nothing needs attention."));
        attention.setPrefHeight(100);
        TableView<ReviewRows.WorkflowRow> workflows = Tables.of(WORKFLOWS_ID, model.workflows(), "No runs in the week or the one before",
                Tables.text("Workflow", ReviewRows.WorkflowRow::workflow, 180), Tables.count("Runs", ReviewRows.WorkflowRow::runs, 50),
                Tables.count("Before", ReviewRows.WorkflowRow::baselineRuns, 55), Tables.text("Cost", ReviewRows.WorkflowRow::cost, 150),
                Tables.text("Week before", ReviewRows.WorkflowRow::baselineCost, 130), Tables.text("Change", ReviewRows.WorkflowRow::change, 130),
                Tables.text("Per completed", ReviewRows.WorkflowRow::perCompleted, 130), Tables.text("Waste", ReviewRows.WorkflowRow::waste, 110),
                Tables.text("Budget", ReviewRows.WorkflowRow::budget, 130), Tables.text("Routing policy", ReviewRows.WorkflowRow::policy, 150));
        TableView<ReviewRows.DriftRow> drift = Tables.of("review-drift", model.drift(), "No change to explain",
                Tables.text("Workflow", ReviewRows.DriftRow::workflow, 180), Tables.text("Currency", ReviewRows.DriftRow::currency, 70),
                Tables.text("Change", ReviewRows.DriftRow::change, 110), Tables.text("Price", ReviewRows.DriftRow::price, 100),
                Tables.text("Volume", ReviewRows.DriftRow::volume, 100), Tables.text("Mix", ReviewRows.DriftRow::mix, 100),
                Tables.text("Retries", ReviewRows.DriftRow::retries, 100), Tables.text("Other", ReviewRows.DriftRow::other, 100));
        TableView<ReviewRows.RunRow> runs = Tables.of("review-runs", model.runs(), "No runs",
                Tables.text("Week", ReviewRows.RunRow::week, 80), Tables.text("Day", ReviewRows.RunRow::day, 90),
                Tables.text("Workflow", ReviewRows.RunRow::workflow, 200), Tables.text("Outcome", ReviewRows.RunRow::outcome, 90),
                Tables.text("Integrity", ReviewRows.RunRow::integrity, 90));
        Tables.onOpen(runs, model::openRun);
        VBox top = new VBox(4, summary, PolicyEditorView.section("Needs attention"), attention,
                PolicyEditorView.section("Per workflow"), workflows);
        VBox.setVgrow(workflows, Priority.ALWAYS);
        VBox bottom = new VBox(4, PolicyEditorView.section("Drift: price + volume + mix + retries + other"), drift,
                PolicyEditorView.section("Runs of both weeks"), runs);
        VBox.setVgrow(runs, Priority.ALWAYS);
        top.getStyleClass().add(Styles.GOVERNANCE_TOOLBAR);
        bottom.getStyleClass().add(Styles.GOVERNANCE_TOOLBAR);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
        Label status = new Label();
        status.getStyleClass().add(Styles.GOVERNANCE_STATUS);
        status.textProperty().bind(model.statusProperty());
        setBottom(status);
    }
}
