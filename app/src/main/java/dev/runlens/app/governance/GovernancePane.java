package dev.runlens.app.governance;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Cost governance (dashboard, routing policies, weekly review) — placeholder until its screen lands. */
public final class GovernancePane extends StackPane {
    public GovernancePane(Workbench workbench, RunLibrary library, RunNavigator navigator, FileDialogs dialogs) {
        getChildren().add(new Label("Cost governance (dashboard, routing policies, weekly review)"));
    }
}
