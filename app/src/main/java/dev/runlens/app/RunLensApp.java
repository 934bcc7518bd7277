package dev.runlens.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window; the composition root and the verification view come next. */
public final class RunLensApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("RunLens");
        stage.setScene(new Scene(new Label("RunLens"), 640, 400));
        stage.show();
    }
}
