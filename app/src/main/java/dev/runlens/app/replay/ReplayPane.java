package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.layout.StackPane;

/** The Replay tab of the run view: its view over a view model on the shared session. */
public final class ReplayPane extends StackPane {
    private final ReplayViewModel model;

    public ReplayPane(RunSession session, TaskExecutor executor) {
        model = new ReplayViewModel(session, executor);
        getChildren().add(new ReplayView(model));
    }

    public ReplayViewModel model() {
        return model;
    }
}
