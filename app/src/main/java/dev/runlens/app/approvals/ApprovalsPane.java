package dev.runlens.app.approvals;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.layout.StackPane;

/** The Approvals workspace: the approval inbox (every pending gate across the library) over its view model. */
public final class ApprovalsPane extends StackPane {
    private final ApprovalsViewModel model;

    public ApprovalsPane(Workbench workbench, RunLibrary library, RunNavigator navigator, FileDialogs dialogs, SigningContext signing,
                         TextClipboard clipboard) {
        model = new ApprovalsViewModel(library, workbench.executor(), signing, navigator, clipboard);
        getChildren().add(new ApprovalsView(model, () -> getScene() == null ? null : getScene().getWindow()));
    }

    /** Lists the pending gates again (when the workspace comes to the front). */
    public void refresh() {
        model.refresh();
    }

    public ApprovalsViewModel model() {
        return model;
    }
}
