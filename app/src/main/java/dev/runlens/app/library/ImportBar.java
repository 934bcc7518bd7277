package dev.runlens.app.library;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** While importing: a progress bar, what it is doing and Cancel. After: the report, until dismissed. */
final class ImportBar extends VBox {
    static final String PROGRESS_ID = "library-import-progress";
    static final String CANCEL_ID = "library-import-cancel";
    static final String REPORT_ID = "library-import-report";
    static final String PROBLEMS_ID = "library-import-problems";

    ImportBar(LibraryViewModel model, ObservableValue<Boolean> showing) {
        super(4);
        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(model.progressProperty().when(showing));
        Label what = new Label();
        what.textProperty().bind(model.progressTextProperty().when(showing));
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancelImport());
        HBox running = new HBox(6, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        VBox progress = new VBox(2, what, running);
        show(progress, model.importingProperty().when(showing));

        Label headline = new Label();
        headline.setId(REPORT_ID);
        headline.setWrapText(true);
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> model.dismissReport());
        HBox top = new HBox(6, headline, dismiss);
        HBox.setHgrow(headline, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        ListView<String> problems = new ListView<>();
        problems.setId(PROBLEMS_ID);
        problems.setPrefHeight(90);
        VBox report = new VBox(4, top, problems);
        report.getStyleClass().add(Styles.LIBRARY_REPORT);
        model.reportProperty().when(showing).subscribe(r -> {
            headline.setText(r == null ? "" : r.headline());
            problems.getItems().setAll(r == null ? java.util.List.of() : r.problems());
            problems.setVisible(r != null && !r.problems().isEmpty());
            problems.setManaged(problems.isVisible());
        });
        show(report, model.reportProperty().when(showing).map(r -> r != null).orElse(false));
        getChildren().addAll(progress, report);
    }

    private static void show(javafx.scene.Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
