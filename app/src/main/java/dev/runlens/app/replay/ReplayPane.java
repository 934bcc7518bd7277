package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The Replay tab of the run view (placeholder until its screen lands). */
public final class ReplayPane extends StackPane {
    public ReplayPane(RunSession session, TaskExecutor executor) {
        getChildren().add(new Label("Replay"));
    }
}
