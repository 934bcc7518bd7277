package dev.runlens.app.findings;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.Styles;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.layout.StackPane;

/**
 * The Findings tab of the run view: {@link FindingsView} over a {@link FindingsViewModel} of the
 * session. The audit is already part of the open run, so grouping runs on the FX thread and the
 * executor is not needed.
 */
public final class FindingsPane extends StackPane {
    private final FindingsViewModel model;

    public FindingsPane(RunSession session, TaskExecutor executor) {
        model = new FindingsViewModel(session);
        getStylesheets().add(Styles.resource(FindingsPane.class, "findings.css"));
        getChildren().add(new FindingsView(model));
    }

    public FindingsViewModel model() {
        return model;
    }
}
