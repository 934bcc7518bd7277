package dev.runlens.app.approvals;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Approval inbox (every pending gate across the library) — placeholder until its screen lands. */
public final class ApprovalsPane extends StackPane {
    public ApprovalsPane(Workbench workbench, RunLibrary library, RunNavigator navigator, FileDialogs dialogs) {
        getChildren().add(new Label("Approval inbox (every pending gate across the library)"));
    }
}
