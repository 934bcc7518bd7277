package dev.runlens.app.trust;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.workbench.Workbench;
import javafx.scene.layout.StackPane;

/** The Trust workspace: the trust list in use, its verdict, its administration and the audience setting, over their view models. */
public final class TrustPane extends StackPane {
    private final TrustViewModel model;
    private final TrustEditViewModel edit;

    public TrustPane(Workbench workbench, FileDialogs dialogs, SigningContext signing) {
        model = new TrustViewModel(signing, workbench.executor(), dialogs, () -> getScene() == null ? null : getScene().getWindow());
        edit = new TrustEditViewModel(model, workbench.executor(), dialogs, () -> getScene() == null ? null : getScene().getWindow());
        getChildren().add(new TrustView(model, edit));
        model.reload();
    }

    /** Reads the list in use again (when the workspace comes to the front: keys or files may have changed). */
    public void refresh() {
        model.reload();
    }

    public TrustViewModel model() {
        return model;
    }

    public TrustEditViewModel edit() {
        return edit;
    }
}
