package dev.runlens.app.trace;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The Trace tab of the run view (placeholder until its screen lands). */
public final class TracePane extends StackPane {
    public TracePane(RunSession session, TaskExecutor executor) {
        getChildren().add(new Label("Trace"));
    }
}
