package dev.runlens.app.trust;

import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import dev.runlens.signing.keys.KeyRing;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static dev.runlens.app.trust.TrustView.caption;
import static dev.runlens.app.trust.TrustView.section;

/**
 * The trust list's admin forms, built in code, as {@code runlens trust init|add|revoke|sign}: a new
 * list with root keys of the key folder, adding a reviewer key, revoking a key, signing with a root
 * key (its passphrase asked by {@link SignListDialog}). Forwards to {@link TrustEditViewModel}.
 */
final class TrustEditView extends ScrollPane {
    static final String INIT_ID = "trust-init";
    static final String INIT_ROOT_ID = "trust-init-root-";
    static final String ADD_LOCAL_ID = "trust-add-local";
    static final String ADD_FILE_ID = "trust-add-file";
    static final String ADD_KEY_ID = "trust-add-key";
    static final String ADD_CHOOSE_ID = "trust-add-choose";
    static final String PRINCIPAL_ID = "trust-add-principal";
    static final String AUDIENCES_ID = "trust-add-audiences";
    static final String ADD_ID = "trust-add";
    static final String REVOKE_KEY_ID = "trust-revoke-key";
    static final String REASON_ID = "trust-revoke-reason";
    static final String EFFECTIVE_ID = "trust-revoke-effective";
    static final String REVOKE_ID = "trust-revoke";
    static final String SIGN_KEY_ID = "trust-sign-key";
    static final String SIGN_ID = "trust-sign";

    private final TrustEditViewModel model;
    private final TrustViewModel trust;

    TrustEditView(TrustEditViewModel model, TrustViewModel trust) {
        this.model = model;
        this.trust = trust;
        Label note = new Label("Edits write into the trust list in use. Editing a signed list starts its next version, unsigned until a root"
                + " key signs it: meanwhile decisions show \"untrusted key\". Check a new key's fingerprint with its owner before adding it.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.SIGNING_NOTE);
        VBox box = new VBox(10, note, sign(), add(), revoke(), init());
        box.getStyleClass().add(Styles.TRUST_FORM);
        setContent(box);
        setFitToWidth(true);
    }

    private VBox sign() {
        ComboBox<KeyRing.KeyInfo> key = keys(SIGN_KEY_ID, model.rootChoices());
        key.valueProperty().bindBidirectional(model.signKeyProperty());
        Button sign = new Button("Sign…");
        sign.setId(SIGN_ID);
        sign.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sign.disableProperty().bind(model.signKeyProperty().isNull());
        sign.setOnAction(e -> {
            model.openSigning();
            new SignListDialog(model, trust, getScene() == null ? null : getScene().getWindow()).show();
        });
        Label none = new Label("None of this list's root keys is in the key folder.");
        none.getStyleClass().add(Styles.SIGNING_NOTE);
        none.visibleProperty().bind(model.signKeyProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        return new VBox(6, section("Sign with a root key"), new HBox(8, key, sign), none);
    }

    private VBox add() {
        ToggleGroup from = new ToggleGroup();
        RadioButton local = new RadioButton("Key folder");
        local.setId(ADD_LOCAL_ID);
        RadioButton file = new RadioButton("PEM file");
        file.setId(ADD_FILE_ID);
        local.setToggleGroup(from);
        file.setToggleGroup(from);
        model.sourceProperty().subscribe(s -> from.selectToggle(s == TrustEditViewModel.Source.PUBLIC_KEY_FILE ? file : local));
        from.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) from.selectToggle(was);
            else model.sourceProperty().set(now == file ? TrustEditViewModel.Source.PUBLIC_KEY_FILE : TrustEditViewModel.Source.LOCAL_KEY);
        });
        ComboBox<KeyRing.KeyInfo> key = keys(ADD_KEY_ID, trust.localKeys());
        key.valueProperty().bindBidirectional(model.addKeyProperty());
        Button choose = new Button("Choose…");
        choose.setId(ADD_CHOOSE_ID);
        choose.setOnAction(e -> model.chooseAddFile());
        Label chosen = new Label();
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.addFileProperty().map(p -> PlainText.of(p.toString())).orElse("no file chosen"));
        Button add = new Button("Add key");
        add.setId(ADD_ID);
        add.setOnAction(e -> model.addReviewer());
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, local, key);
        g.addRow(r++, file, new HBox(8, choose, chosen));
        g.addRow(r++, caption("Principal"), field(PRINCIPAL_ID, model.principalProperty(), "e.g. alice@example.org"));
        g.addRow(r++, caption("Display name"), field(null, model.displayNameProperty(), "optional"));
        g.addRow(r++, caption("Audiences"), field(AUDIENCES_ID, model.audiencesProperty(), "comma-separated"));
        g.addRow(r++, caption("Workflows"), field(null, model.workflowsProperty(), "ids or prefix*, comma-separated; * for all"));
        g.addRow(r++, caption("Gates"), field(null, model.gatesProperty(), "PAUSE_BEFORE, PAUSE_AFTER, CHECKPOINT"));
        g.addRow(r++, caption("Decisions"), field(null, model.decisionsProperty(), "approved, rejected, edited"));
        g.addRow(r, caption("Key valid for (days)"), days(model.keyValidDaysProperty(), 3650));
        return new VBox(6, section("Add a reviewer key"), g, add);
    }

    private VBox revoke() {
        TextField keyId = field(REVOKE_KEY_ID, model.revokeKeyIdProperty(), "select a key in the Reviewers table, or sha256:<hex>");
        ComboBox<String> reason = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(TrustEditViewModel.REASONS));
        reason.setId(REASON_ID);
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        TextField effective = field(EFFECTIVE_ID, model.effectiveAtProperty(), "now, or RFC 3339 UTC, e.g. 2026-10-01T00:00:00Z");
        Button revoke = new Button("Revoke key");
        revoke.setId(REVOKE_ID);
        revoke.setOnAction(e -> model.revoke());
        Label hint = new Label("keyCompromise: its decisions count only with evidence they came before; superseded, retired: decisions"
                + " before the effective time still count. A verifier never forgets a revocation.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.SIGNING_NOTE);
        GridPane g = grid();
        g.addRow(0, caption("Key id"), keyId);
        g.addRow(1, caption("Reason"), reason);
        g.addRow(2, caption("Effective at"), effective);
        return new VBox(6, section("Revoke a key"), g, hint, revoke);
    }

    private VBox init() {
        VBox roots = new VBox(4);
        Runnable fill = () -> {
            roots.getChildren().clear();
            for (KeyRing.KeyInfo k : trust.localKeys()) {
                CheckBox c = new CheckBox(PlainText.of(k.name()) + " — " + k.fingerprint());
                c.setId(INIT_ROOT_ID + k.name());
                c.setSelected(model.initRoots().contains(k.name()));
                c.selectedProperty().addListener((o, was, now) -> {
                    if (now) model.initRoots().add(k.name());
                    else model.initRoots().remove(k.name());
                });
                roots.getChildren().add(c);
            }
            if (roots.getChildren().isEmpty()) roots.getChildren().add(new Label("No key in the key folder: create root keys in the Keys workspace."));
        };
        fill.run();
        trust.localKeys().addListener((ListChangeListener<KeyRing.KeyInfo>) c -> fill.run());
        Button init = new Button("New trust list…");
        init.setId(INIT_ID);
        init.setOnAction(e -> model.init());
        GridPane g = grid();
        g.addRow(0, caption("Root keys must sign"), days(model.initThresholdProperty(), 9));
        g.addRow(1, caption("A version is valid for (days)"), days(model.listValidDaysProperty(), 3650));
        return new VBox(6, section("Start a new trust list"), caption("Root keys (they sign every version; keep them offline)"), roots, g, init);
    }

    private static ComboBox<KeyRing.KeyInfo> keys(String id, javafx.collections.ObservableList<KeyRing.KeyInfo> items) {
        ComboBox<KeyRing.KeyInfo> c = new ComboBox<>(items);
        c.setId(id);
        c.setPrefWidth(300);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setCellFactory(l -> new KeyCell());
        c.setButtonCell(new KeyCell());
        return c;
    }

    private static Spinner<Integer> days(javafx.beans.property.IntegerProperty p, int max) {
        Spinner<Integer> s = new Spinner<>(1, max, p.get());
        s.setEditable(true);
        s.setPrefWidth(100);
        s.valueProperty().addListener((o, was, now) -> p.set(now));
        return s;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        if (id != null) f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), fields);
        return g;
    }

    /** A key as "alice (alice@example.org) — a370 6bdf …". */
    private static final class KeyCell extends ListCell<KeyRing.KeyInfo> {
        @Override
        protected void updateItem(KeyRing.KeyInfo k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : PlainText.of(k.name() + k.principal().map(p -> " (" + p + ")").orElse("")) + " — " + k.fingerprint());
        }
    }
}
