package dev.runlens.app.about;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help ▸ About RunLens: the {@link AboutView} in a dialog with the main window's stylesheets. */
public final class AboutDialog {
    private AboutDialog() {}

    public static Dialog<ButtonType> show(Window owner, AboutViewModel model, Image icon) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("About RunLens");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new AboutView(model, icon));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        model.load();
        dialog.show();
        return dialog;
    }
}
