package dev.runlens.app.approvals;

import dev.runlens.app.ui.PasswordFields;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import dev.runlens.signing.keys.KeyRing;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The decision dialog, built in code, in three panes that follow {@link DecisionViewModel#stepProperty()}:
 * the decision (approved / rejected / edited with the edit, note, key, principal, audience); exactly
 * what will be signed (the Statement, subject digest, key id, principal) with the passphrase field;
 * and what was written. The passphrase is read from the field into a {@code char[]} (never a
 * {@code String}), the field is cleared, and the array is handed to the view model, which wipes it.
 */
public final class DecisionDialog extends Stage {
    public static final String DECISION_ID = "decision-choice-";
    public static final String NOTE_ID = "decision-note";
    public static final String KEY_ID = "decision-key";
    public static final String PRINCIPAL_ID = "decision-principal";
    public static final String AUDIENCE_ID = "decision-audience";
    public static final String REMEMBER_AUDIENCE_ID = "decision-remember-audience";
    public static final String CHECKPOINT_ID = "decision-checkpoint";
    public static final String EDIT_ARTIFACT_ID = "decision-edit-artifact";
    public static final String EDIT_TEXT_ID = "decision-edit-text";
    public static final String PREPARE_ID = "decision-prepare";
    public static final String STATEMENT_ID = "decision-statement";
    public static final String SUBJECT_ID = "decision-subject";
    public static final String KEY_ID_ID = "decision-keyid";
    public static final String SIGNER_ID = "decision-signer";
    public static final String PASSPHRASE_ID = "decision-passphrase";
    public static final String BACK_ID = "decision-back";
    public static final String SIGN_ID = "decision-sign";
    public static final String ERROR_ID = "decision-error";
    public static final String WRITTEN_ID = "decision-written";
    public static final String CLOSE_ID = "decision-close";

    private final DecisionViewModel model;

    public DecisionDialog(DecisionViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle("Decide: " + model.row().text().step() + " · " + model.row().gate().gate());
        Label title = new Label(model.row().text().step() + " · " + model.row().gate().gate() + " — " + model.row().text().run());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        Label error = new Label();
        error.setId(ERROR_ID);
        error.setWrapText(true);
        error.getStyleClass().add(Styles.SIGNING_ERROR);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());

        Node editing = editing();
        Node preview = preview();
        Node written = written();
        model.stepProperty().subscribe(s -> {
            editing.setVisible(s == DecisionViewModel.Step.EDITING || s == DecisionViewModel.Step.DRAFTING);
            preview.setVisible(s == DecisionViewModel.Step.PREVIEW || s == DecisionViewModel.Step.SIGNING);
            written.setVisible(s == DecisionViewModel.Step.SIGNED);
        });
        VBox root = new VBox(10, title, editing, preview, written, new HBox(8, busy, error));
        root.setPadding(new Insets(14));
        root.getStyleClass().addAll(Styles.APPROVALS, Styles.APPROVALS_DIALOG);
        Scene scene = new Scene(root, 760, 720);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        else scene.getStylesheets().add(Styles.stylesheet());
        scene.getStylesheets().add(Styles.resource(DecisionDialog.class, "approvals.css"));
        setScene(scene);
    }

    /** The model, for tests. */
    public DecisionViewModel model() {
        return model;
    }

    // ------------------------------------------------------------------ the decision

    private Node editing() {
        ToggleGroup choice = new ToggleGroup();
        HBox decisions = new HBox(12);
        for (String d : DecisionViewModel.DECISIONS) {
            RadioButton b = new RadioButton(d);
            b.setId(DECISION_ID + d);
            b.setUserData(d);
            b.setToggleGroup(choice);
            decisions.getChildren().add(b);
        }
        model.decisionProperty().subscribe(d -> choice.getToggles().stream().filter(t -> t.getUserData().equals(d)).findFirst()
                .ifPresent(choice::selectToggle));
        choice.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) choice.selectToggle(was);
            else model.decisionProperty().set((String) now.getUserData());
        });

        TextArea note = new TextArea();
        note.setId(NOTE_ID);
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        ComboBox<KeyRing.KeyInfo> key = new ComboBox<>(model.keys());
        key.setId(KEY_ID);
        key.setCellFactory(l -> new KeyCell());
        key.setButtonCell(new KeyCell());
        key.valueProperty().bindBidirectional(model.keyProperty());
        TextField principal = field(PRINCIPAL_ID, model.principalProperty());
        TextField audience = field(AUDIENCE_ID, model.audienceProperty());
        audience.setPromptText("deployment or tenant, e.g. acme-prod-agents");
        TextField checkpoint = field(CHECKPOINT_ID, model.checkpointIdProperty());
        checkpoint.setPromptText("only for resolveCheckpoint; empty: resolveGate");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        int r = 0;
        form.addRow(r++, caption("Decision"), decisions);
        form.addRow(r++, caption("Note"), note);
        form.addRow(r++, caption("Key"), key);
        form.addRow(r++, caption("Principal"), principal);
        javafx.scene.control.CheckBox remember = new javafx.scene.control.CheckBox("Remember this audience (change it on the Trust screen)");
        remember.setId(REMEMBER_AUDIENCE_ID);
        remember.selectedProperty().bindBidirectional(model.rememberAudienceProperty());
        form.addRow(r++, caption("Audience"), model.audienceConfigured() ? audience : new VBox(4, audience, remember));
        if (model.isCheckpoint()) form.addRow(r++, caption("Checkpoint id"), checkpoint);
        GridPane.setHgrow(note, Priority.ALWAYS);

        Button prepare = new Button("Show what will be signed…");
        prepare.setId(PREPARE_ID);
        prepare.setDefaultButton(true);
        prepare.setOnAction(e -> model.prepare());
        prepare.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(8, form, edit(), prepare);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox edit() {
        ComboBox<String> artifact = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.editableArtifacts()));
        artifact.setId(EDIT_ARTIFACT_ID);
        artifact.setCellFactory(l -> new PlainCell());
        artifact.setButtonCell(new PlainCell());
        artifact.valueProperty().bindBidirectional(model.editArtifactProperty());
        ToggleGroup form = new ToggleGroup();
        RadioButton json = new RadioButton("Edited JSON");
        json.setUserData(DecisionViewModel.EditForm.EDITED_JSON);
        RadioButton patch = new RadioButton("RFC 6902 patch");
        patch.setUserData(DecisionViewModel.EditForm.PATCH);
        json.setToggleGroup(form);
        patch.setToggleGroup(form);
        model.editFormProperty().subscribe(f -> form.selectToggle(f == DecisionViewModel.EditForm.PATCH ? patch : json));
        form.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) form.selectToggle(was);
            else model.editFormProperty().set((DecisionViewModel.EditForm) now.getUserData());
        });
        TextArea text = new TextArea();
        text.setId(EDIT_TEXT_ID);
        text.setPrefRowCount(10);
        text.getStyleClass().add(Styles.APPROVALS_CODE);
        text.textProperty().bindBidirectional(model.editTextProperty());
        Label hint = new Label("The edit is signed as an RFC 6902 patch on the reviewed version; the runtime applies it with patchArtifact.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.SIGNING_NOTE);
        VBox box = new VBox(6, new HBox(10, caption("Edit"), artifact, json, patch), text, hint);
        box.visibleProperty().bind(model.decisionProperty().isEqualTo("edited"));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ------------------------------------------------------------------ what will be signed

    private Node preview() {
        Label heading = new Label("Exactly this will be signed (in its RFC 8785 canonical form):");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label subject = value(SUBJECT_ID);
        Label keyId = value(KEY_ID_ID);
        Label signer = value(SIGNER_ID);
        Label summary = value(null);
        Label payload = value(null);
        TextArea statement = new TextArea();
        statement.setId(STATEMENT_ID);
        statement.setEditable(false);
        statement.setPrefRowCount(16);
        statement.getStyleClass().add(Styles.APPROVALS_CODE);
        VBox.setVgrow(statement, Priority.ALWAYS);
        model.previewProperty().subscribe(p -> {
            subject.setText(p == null ? "" : p.subject());
            keyId.setText(p == null ? "" : p.keyId() + "\n" + p.fingerprint());
            signer.setText(p == null ? "" : p.principal());
            summary.setText(p == null ? "" : p.summary());
            payload.setText(p == null ? "" : p.payloadBytes() + " bytes, " + p.payloadDigest());
            statement.setText(p == null ? "" : p.statement());
        });
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        facts.addRow(0, caption("Subject (bundle digest)"), subject);
        facts.addRow(1, caption("Key id"), keyId);
        facts.addRow(2, caption("Principal"), signer);
        facts.addRow(3, caption("Decision"), summary);
        facts.addRow(4, caption("Signed payload"), payload);

        PasswordField passphrase = new PasswordField();
        passphrase.setId(PASSPHRASE_ID);
        passphrase.setPromptText("passphrase of the key");
        HBox.setHgrow(passphrase, Priority.ALWAYS);
        Button back = new Button("Back");
        back.setId(BACK_ID);
        back.setOnAction(e -> model.back());
        Button sign = new Button("Sign");
        sign.setId(SIGN_ID);
        sign.setDefaultButton(true);
        sign.disableProperty().bind(model.busyProperty());
        sign.setOnAction(e -> model.sign(PasswordFields.take(passphrase)));
        passphrase.setOnAction(e -> sign.fire());
        VBox box = new VBox(8, heading, facts, statement, new HBox(8, caption("Passphrase"), passphrase, back, sign));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ------------------------------------------------------------------ signed

    private Node written() {
        Label done = new Label();
        done.setId(WRITTEN_ID);
        done.setWrapText(true);
        model.signedProperty().subscribe(s -> done.setText(s == null ? "" : "Signed. The decision was written to\n"
                + PlainText.of(s.file().toString()) + "\nand appended to the run's decision log\n" + PlainText.of(s.log().toString())
                + "\n\nThe inbox shows the gate as signed, awaiting hand-back, with the runtime calls to copy."));
        Button close = new Button("Close");
        close.setId(CLOSE_ID);
        close.setOnAction(e -> close());
        VBox box = new VBox(10, done, close);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** A form caption that never elides. */
    private static Label caption(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        if (id != null) l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /** A key as "alice — ecdsa-p256-sha256 — a370 6bdf …". */
    private static final class KeyCell extends ListCell<KeyRing.KeyInfo> {
        @Override
        protected void updateItem(KeyRing.KeyInfo k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : PlainText.of(k.name() + k.principal().map(p -> " (" + p + ")").orElse("")
                    + " — " + k.algorithm().id() + " — " + k.fingerprint()));
        }
    }

    private static final class PlainCell extends ListCell<String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : PlainText.of(s));
        }
    }
}
