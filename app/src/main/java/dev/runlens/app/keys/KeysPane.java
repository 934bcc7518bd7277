package dev.runlens.app.keys;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.workbench.Workbench;
import javafx.scene.layout.StackPane;

/** The Keys workspace: reviewer keys (create, import, export the public key, fingerprints) over their view model. */
public final class KeysPane extends StackPane {
    private final KeysViewModel model;

    public KeysPane(Workbench workbench, FileDialogs dialogs, SigningContext signing, TextClipboard clipboard) {
        model = new KeysViewModel(signing, workbench.executor(), dialogs, () -> getScene() == null ? null : getScene().getWindow(), clipboard);
        getChildren().add(new KeysView(model));
        model.refresh();
    }

    public KeysViewModel model() {
        return model;
    }
}
