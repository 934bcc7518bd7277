package dev.runlens.app.trust;

import dev.runlens.app.ui.PasswordFields;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Asks for the chosen root key's passphrase and signs the trust list in use with it. The passphrase
 * is read from the field into a {@code char[]} (never a {@code String}), the field is cleared, and
 * the array is handed to {@link TrustEditViewModel#sign(char[])}, which wipes it. A wrong passphrase
 * is shown here and the dialog stays for another try; it closes once the list is signed.
 */
final class SignListDialog extends Stage {
    static final String PASSPHRASE_ID = "trust-sign-passphrase";
    static final String CONFIRM_ID = "trust-sign-confirm";
    static final String ERROR_ID = "trust-sign-error";

    SignListDialog(TrustEditViewModel model, TrustViewModel trust, Window owner) {
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        var key = model.signKeyProperty().get();
        setTitle("Sign the trust list");
        Label what = new Label("Sign " + PlainText.of(String.valueOf(trust.fileProperty().get())) + "\nwith root key "
                + PlainText.of(key.name()) + " — " + key.fingerprint()
                + "\n\nSign only a list whose reviewer keys and revocations you checked.");
        what.setWrapText(true);
        PasswordField passphrase = new PasswordField();
        passphrase.setId(PASSPHRASE_ID);
        passphrase.setPromptText("passphrase of the root key");
        HBox.setHgrow(passphrase, Priority.ALWAYS);
        Button sign = new Button("Sign");
        sign.setId(CONFIRM_ID);
        sign.setDefaultButton(true);
        sign.disableProperty().bind(model.signStateProperty().isEqualTo(TrustEditViewModel.SignState.SIGNING));
        sign.setOnAction(e -> model.sign(PasswordFields.take(passphrase)));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Label error = new Label();
        error.setId(ERROR_ID);
        error.setWrapText(true);
        error.getStyleClass().add(Styles.SIGNING_ERROR);
        error.textProperty().bind(trust.errorProperty());
        model.signStateProperty().subscribe(s -> {
            if (s == TrustEditViewModel.SignState.DONE) close();
        });
        VBox root = new VBox(10, what, new HBox(8, passphrase, sign, cancel), error);
        root.getStyleClass().addAll(Styles.TRUST, Styles.TRUST_DIALOG);
        Scene scene = new Scene(root, 620, 240);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        else scene.getStylesheets().add(Styles.stylesheet());
        scene.getStylesheets().add(Styles.resource(SignListDialog.class, "trust.css"));
        setScene(scene);
    }
}
