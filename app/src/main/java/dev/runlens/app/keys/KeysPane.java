package dev.runlens.app.keys;

import dev.runlens.app.ui.FileDialogs;
import dev.runlens.workbench.Workbench;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Reviewer keys: create, import, export the public key, fingerprints — placeholder until its screen lands. */
public final class KeysPane extends StackPane {
    public KeysPane(Workbench workbench, FileDialogs dialogs) {
        getChildren().add(new Label("Keys"));
    }
}
