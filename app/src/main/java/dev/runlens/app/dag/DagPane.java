package dev.runlens.app.dag;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The DAG tab of the run view (placeholder until its screen lands). */
public final class DagPane extends StackPane {
    public DagPane(RunSession session, TaskExecutor executor) {
        getChildren().add(new Label("DAG"));
    }
}
