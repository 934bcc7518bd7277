package dev.runlens.app;

import dev.runlens.app.ui.Styles;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.function.Function;

/** Label/value rows of one report; values are read-only text fields so hashes can be selected and copied. */
final class DetailsGrid extends GridPane {
    private int rows;

    DetailsGrid(ObservableValue<ReportDetails> details) {
        getStyleClass().add(Styles.DETAILS);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, values);

        row("File", details, ReportDetails::file, false);
        row("Accepted", details, ReportDetails::accepted, false);
        row("Error code", details, ReportDetails::errorCode, false);
        row("Error message", details, ReportDetails::errorMessage, false);
        row("Error path", details, ReportDetails::errorPath, false);
        row("Declared SHA-256", details, ReportDetails::declaredSha256, true);
        row("Computed SHA-256", details, ReportDetails::computedSha256, true);
        row("Raw SHA-256", details, ReportDetails::rawSha256, true);
        row("File SHA-256", details, ReportDetails::fileSha256, true);
        row("File size", details, ReportDetails::fileSize, false);
    }

    private void row(String name, ObservableValue<ReportDetails> details, Function<ReportDetails, String> value, boolean hash) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.DETAILS_LABEL);
        TextField field = new TextField();
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.getStyleClass().add(Styles.VALUE);
        if (hash) field.getStyleClass().add(Styles.HASH);
        field.setId("detail-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        field.textProperty().bind(details.map(value));
        addRow(rows++, label, field);
    }
}
