package dev.runlens.app.costs;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The Costs tab of the run view (placeholder until its screen lands). */
public final class CostsPane extends StackPane {
    public CostsPane(RunSession session, TaskExecutor executor) {
        getChildren().add(new Label("Costs"));
    }
}
