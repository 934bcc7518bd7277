package dev.runlens.app.findings;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The Findings tab of the run view (placeholder until its screen lands). */
public final class FindingsPane extends StackPane {
    public FindingsPane(RunSession session, TaskExecutor executor) {
        getChildren().add(new Label("Findings"));
    }
}
