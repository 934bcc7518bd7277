package dev.runlens.app;

import dev.runlens.app.ui.Styles;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The status line: a busy indicator while verifying, and what happened last. */
final class StatusBar extends HBox {
    static final String TEXT_ID = "status-text";

    StatusBar(ObservableValue<Boolean> busy, ObservableValue<String> status) {
        super(8);
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);
        Label text = new Label();
        text.setId(TEXT_ID);
        text.textProperty().bind(status);
        getChildren().addAll(spinner, text);
    }
}
