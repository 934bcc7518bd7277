package dev.runlens.app.costs;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.Styles;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.layout.StackPane;

/** The Costs tab of the run view: {@link CostsView} over a {@link CostsViewModel} of the session. */
public final class CostsPane extends StackPane {
    private final CostsViewModel model;

    public CostsPane(RunSession session, TaskExecutor executor) {
        model = new CostsViewModel(session, executor);
        getStylesheets().add(Styles.resource(CostsPane.class, "costs.css"));
        getChildren().add(new CostsView(model));
    }

    public CostsViewModel model() {
        return model;
    }
}
