package dev.runlens.app.replay;

import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;

import java.util.List;

/** The Replay tab of the run view: its view over a view model on the shared session. */
public final class ReplayPane extends StackPane {
    private final ReplayViewModel model;

    public ReplayPane(RunSession session, TaskExecutor executor) {
        this(new ReplayViewModel(session, executor));
    }

    /** With the gate table's signature column showing {@code signed} (the open run's decisions, verified). */
    public ReplayPane(RunSession session, TaskExecutor executor, ObservableValue<List<DecisionMark>> signed) {
        this(new ReplayViewModel(session, executor, signed));
    }

    private ReplayPane(ReplayViewModel model) {
        this.model = model;
        getChildren().add(new ReplayView(model));
    }

    public ReplayViewModel model() {
        return model;
    }
}
