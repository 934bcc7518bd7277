package dev.runlens.app.keys;

import dev.runlens.app.ui.Feedback;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.PasswordFields;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import dev.runlens.signing.keys.KeyAlgorithm;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The keys screen, built in code: the keys in a table with export and copy buttons, and beside it
 * the forms to create a key (P-256 or Ed25519, principal, passphrase twice) and to import an
 * encrypted key file. Passphrase fields are read into {@code char[]} and cleared at once. Binds to
 * {@link KeysViewModel} while showing.
 */
public final class KeysView extends BorderPane {
    public static final String TABLE_ID = "keys-table";
    public static final String STATUS_ID = "keys-status";
    public static final String ERROR_ID = "keys-error";
    public static final String EXPORT_ID = "keys-export";
    public static final String COPY_ID = "keys-copy-fingerprint";
    public static final String NEW_NAME_ID = "keys-new-name";
    public static final String NEW_PRINCIPAL_ID = "keys-new-principal";
    public static final String NEW_ED25519_ID = "keys-new-ed25519";
    public static final String NEW_PASSPHRASE_ID = "keys-new-passphrase";
    public static final String NEW_REPEAT_ID = "keys-new-repeat";
    public static final String CREATE_ID = "keys-create";
    public static final String IMPORT_CHOOSE_ID = "keys-import-choose";
    public static final String IMPORT_NAME_ID = "keys-import-name";
    public static final String IMPORT_PRINCIPAL_ID = "keys-import-principal";
    public static final String IMPORT_PASSPHRASE_ID = "keys-import-passphrase";
    public static final String IMPORT_ID = "keys-import";
    public static final String BUSY_ID = "keys-busy";
    public static final String SELECTED_ID = "keys-selected";

    private final KeysViewModel model;

    public KeysView(KeysViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.KEYS);
        getStylesheets().add(Styles.resource(KeysView.class, "keys.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        SplitPane split = new SplitPane(keys(showing), forms(showing));
        split.setDividerPositions(0.66);
        setTop(status(showing));
        setCenter(split);
    }

    private VBox status(ObservableValue<Boolean> showing) {
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.statusProperty().when(showing));
        ProgressIndicator busy = Feedback.busy(model.busyProperty().when(showing));
        busy.setId(BUSY_ID);
        Label error = Feedback.error(ERROR_ID, model.errorProperty().when(showing));
        Label trust = new Label();
        trust.textProperty().bind(model.trustTextProperty().when(showing).map(PlainText::of));
        trust.setWrapText(true);
        trust.getStyleClass().add(Styles.SIGNING_NOTE);
        VBox box = new VBox(4, new HBox(8, busy, status), error, trust);
        box.getStyleClass().add(Styles.KEYS_TOOLBAR);
        return box;
    }

    private VBox keys(ObservableValue<Boolean> showing) {
        TableView<KeyRow> table = new TableView<>(model.keys());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label("No key yet: create one, or import an encrypted key file."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", KeyRow::name, 110));
        table.getColumns().add(column("Algorithm", KeyRow::algorithm, 140));
        table.getColumns().add(column("Principal", KeyRow::principal, 160));
        table.getColumns().add(column("Created", KeyRow::created, 160));
        table.getColumns().add(column("Fingerprint (key id)", KeyRow::fingerprint, 420));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != model.selectedProperty().get()) model.select(now);
        });
        model.selectedProperty().when(showing).subscribe(now -> {
            if (table.getSelectionModel().getSelectedItem() != now) table.getSelectionModel().select(now);
        });
        Button export = new Button("Export public key…");
        export.setId(EXPORT_ID);
        export.setOnAction(e -> model.exportPublicKey());
        Button copy = new Button("Copy fingerprint");
        copy.setId(COPY_ID);
        copy.setOnAction(e -> model.copyFingerprint());
        export.disableProperty().bind(model.selectedProperty().when(showing).map(r -> r == null).orElse(true));
        copy.disableProperty().bind(export.disableProperty());
        TextField selectedId = new TextField();
        selectedId.setId(SELECTED_ID);
        selectedId.setEditable(false);
        selectedId.getStyleClass().add(Styles.KEYS_KEY_ID);
        selectedId.textProperty().bind(model.selectedProperty().when(showing)
                .map(r -> r.name() + " · " + r.keyId() + " · fingerprint " + r.fingerprint()).orElse(""));
        VBox box = new VBox(6, table, selectedId, new HBox(8, export, copy));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static TableColumn<KeyRow, String> column(String title, Function<KeyRow, String> text, double width) {
        TableColumn<KeyRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox forms(ObservableValue<Boolean> showing) {
        TextField name = field(NEW_NAME_ID, model.newNameProperty(), "e.g. alice");
        TextField principal = field(NEW_PRINCIPAL_ID, model.newPrincipalProperty(), "e.g. alice@example.org");
        ToggleGroup alg = new ToggleGroup();
        RadioButton p256 = new RadioButton("P-256 (default: smartcards, cosign)");
        RadioButton ed = new RadioButton("Ed25519");
        ed.setId(NEW_ED25519_ID);
        p256.setToggleGroup(alg);
        ed.setToggleGroup(alg);
        model.newAlgorithmProperty().subscribe(a -> alg.selectToggle(a == KeyAlgorithm.ED25519 ? ed : p256));
        alg.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) alg.selectToggle(was);
            else model.newAlgorithmProperty().set(now == ed ? KeyAlgorithm.ED25519 : KeyAlgorithm.ECDSA_P256);
        });
        PasswordField pass = password(NEW_PASSPHRASE_ID);
        PasswordField repeat = password(NEW_REPEAT_ID);
        Button create = new Button("Create key");
        create.setId(CREATE_ID);
        create.disableProperty().bind(model.busyProperty().when(showing).orElse(false));
        create.setOnAction(e -> model.create(PasswordFields.take(pass), PasswordFields.take(repeat)));
        GridPane newKey = grid();
        newKey.addRow(0, new Label("Name"), name);
        newKey.addRow(1, new Label("Algorithm"), new VBox(4, p256, ed));
        newKey.addRow(2, new Label("Principal"), principal);
        newKey.addRow(3, new Label("Passphrase"), pass);
        newKey.addRow(4, new Label("Repeat"), repeat);

        Button choose = new Button("Choose key file…");
        choose.setId(IMPORT_CHOOSE_ID);
        choose.setOnAction(e -> model.chooseImportFile());
        Label chosen = new Label();
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.importFileProperty().when(showing).map(p -> PlainText.of(p.toString())).orElse("no file chosen"));
        TextField importName = field(IMPORT_NAME_ID, model.importNameProperty(), "name in the key folder");
        TextField importPrincipal = field(IMPORT_PRINCIPAL_ID, model.importPrincipalProperty(), "e.g. bob@example.org");
        PasswordField importPass = password(IMPORT_PASSPHRASE_ID);
        Button doImport = new Button("Import key");
        doImport.setId(IMPORT_ID);
        doImport.disableProperty().bind(create.disableProperty());
        doImport.setOnAction(e -> model.importKey(PasswordFields.take(importPass)));
        GridPane imp = grid();
        imp.addRow(0, choose, chosen);
        imp.addRow(1, new Label("Name"), importName);
        imp.addRow(2, new Label("Principal"), importPrincipal);
        imp.addRow(3, new Label("Passphrase"), importPass);

        Label folder = new Label("Keys are kept encrypted (PKCS#8, PBKDF2-HMAC-SHA256 600,000 iterations, AES-256) in "
                + PlainText.of(model.folder().toString()));
        folder.setWrapText(true);
        folder.getStyleClass().add(Styles.SIGNING_NOTE);
        VBox box = new VBox(8, section("New key"), newKey, create, section("Import an encrypted key (PKCS#8 PEM)"), imp, doImport, folder);
        box.getStyleClass().add(Styles.KEYS_FORM);
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static PasswordField password(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        return f;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
