package dev.runlens.app.trust;

import dev.runlens.app.ui.Feedback;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/**
 * The trust screen, built in code: a toolbar (open a list, read it again), the list in use (file,
 * version, dates, expiry, signatures, verdict with its reasons, the pinned root and the policy), the
 * audience setting, and tables of its reviewers' keys, root keys, revocations, checkpointers and
 * timestamp authorities; the
 * admin forms ({@link TrustEditView}) beside it. Binds to {@link TrustViewModel} while showing.
 */
public final class TrustView extends BorderPane {
    public static final String OPEN_ID = "trust-open";
    public static final String RELOAD_ID = "trust-reload";
    public static final String STATUS_ID = "trust-status";
    public static final String ERROR_ID = "trust-error";
    public static final String FILE_ID = "trust-file";
    public static final String VERSION_ID = "trust-version";
    public static final String EXPIRY_ID = "trust-expiry";
    public static final String VERDICT_ID = "trust-verdict";
    public static final String PIN_ID = "trust-pin";
    public static final String AUDIENCE_ID = "trust-audience";
    public static final String AUDIENCE_SAVE_ID = "trust-audience-save";
    public static final String AUDIENCE_NOTE_ID = "trust-audience-note";
    public static final String REVIEWERS_ID = TrustTables.REVIEWERS_ID;
    public static final String ROOTS_ID = TrustTables.ROOTS_ID;
    public static final String REVOCATIONS_ID = TrustTables.REVOCATIONS_ID;
    public static final String CHECKPOINTERS_ID = TrustTables.CHECKPOINTERS_ID;
    public static final String TSAS_ID = TrustTables.TSAS_ID;

    private final TrustViewModel model;

    public TrustView(TrustViewModel model, TrustEditViewModel edit) {
        this.model = model;
        getStyleClass().add(Styles.TRUST);
        getStylesheets().add(Styles.resource(TrustView.class, "trust.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        VBox left = new VBox(8, summary(showing), audience(showing), tables(showing));
        VBox.setVgrow(left.getChildren().get(2), Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new TrustEditView(edit, model));
        split.setDividerPositions(0.68);
        setTop(toolbar(showing));
        setCenter(split);
    }

    private VBox toolbar(ObservableValue<Boolean> showing) {
        Button open = new Button("Use another trust list…");
        open.setId(OPEN_ID);
        open.setOnAction(e -> model.chooseTrustList());
        Button reload = new Button("Read again");
        reload.setId(RELOAD_ID);
        reload.setOnAction(e -> model.reload());
        VBox box = new VBox(4, new HBox(8, open, reload, Feedback.busy(model.busyProperty().when(showing)),
                Feedback.status(STATUS_ID, model.statusProperty().when(showing))), Feedback.error(ERROR_ID, model.errorProperty().when(showing)));
        box.getStyleClass().add(Styles.TRUST_TOOLBAR);
        return box;
    }

    private VBox summary(ObservableValue<Boolean> showing) {
        Label file = value(FILE_ID);
        Label version = value(VERSION_ID);
        Label issued = value(null);
        Label expiry = value(EXPIRY_ID);
        Label signatures = value(null);
        Label pinned = value(null);
        Label policy = value(null);
        Label digest = value(null);
        Label verdict = value(VERDICT_ID);
        Label reasons = value(null);
        reasons.managedProperty().bind(reasons.visibleProperty());
        Button pin = new Button("Pin this list's root keys…");
        pin.setId(PIN_ID);
        pin.setOnAction(e -> confirmPin());
        pin.visibleProperty().bind(model.canPinProperty().when(showing));
        pin.managedProperty().bind(pin.visibleProperty());
        VBox verdictBox = new VBox(4, verdict, reasons, pin);
        verdictBox.getStyleClass().add(Styles.TRUST_VERDICT);
        model.fileProperty().when(showing).subscribe(f -> file.setText(f == null ? "" : PlainText.of(f.toString())));
        model.summaryProperty().when(showing).subscribe(s -> {
            version.setText(s == null ? "—" : s.version());
            issued.setText(s == null ? "—" : s.issuedAt());
            expiry.setText(s == null ? "—" : s.expiry());
            Styles.replace(expiry, s != null && s.expired() ? Styles.TRUST_EXPIRED : null, java.util.List.of(Styles.TRUST_EXPIRED));
            signatures.setText(s == null ? "—" : s.signatures());
            pinned.setText(s == null ? "—" : s.pinned());
            policy.setText(s == null ? "—" : s.policy());
            digest.setText(s == null ? "—" : s.digest());
            verdict.setText(s == null ? "No trust list in use: no signed decision is valid." : s.verdict());
            reasons.setText(s == null ? "" : s.reasons().stream().map(r -> "• " + r).collect(Collectors.joining("\n")));
            reasons.setVisible(s != null && !s.reasons().isEmpty());
            Styles.replace(verdictBox, s == null ? Styles.TRUST_UNPINNED : switch (s.standing()) {
                case TRUSTED -> Styles.TRUST_TRUSTED;
                case STALE -> Styles.TRUST_STALE;
                case REJECTED -> Styles.TRUST_REJECTED;
                case UNPINNED -> Styles.TRUST_UNPINNED;
            }, Styles.TRUST_STANDINGS);
        });
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(3);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), values);
        int r = 0;
        facts.addRow(r++, caption("File"), file);
        facts.addRow(r++, caption("Version"), version);
        facts.addRow(r++, caption("Issued"), issued);
        facts.addRow(r++, caption("Expiry"), expiry);
        facts.addRow(r++, caption("Signatures"), signatures);
        facts.addRow(r++, caption("Pinned root"), pinned);
        facts.addRow(r++, caption("Policy"), policy);
        facts.addRow(r, caption("Payload digest"), digest);
        VBox box = new VBox(6, section("Trust list in use"), facts, verdictBox);
        box.getStyleClass().add(Styles.TRUST_SUMMARY);
        return box;
    }

    /** Pinning is trust on first use: the user confirms after comparing the root fingerprints out of band. */
    private void confirmPin() {
        String keys = model.rootKeys().stream().map(k -> k.fingerprint() + "\n    " + k.openSsh()).collect(Collectors.joining("\n"));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Pin these root keys? From now on trust lists are verified with them.\n"
                + "Compare each fingerprint with your administrator first (read aloud, or on paper):\n\n" + keys, ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText("Pin the root keys of this trust list");
        if (getScene() != null) ask.initOwner(getScene().getWindow());
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.pinRoots());
    }

    private VBox audience(ObservableValue<Boolean> showing) {
        TextField field = new TextField();
        field.setId(AUDIENCE_ID);
        field.setPromptText("deployment or tenant, e.g. acme-prod-agents");
        field.textProperty().bindBidirectional(model.audienceProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button save = new Button("Remember");
        save.setId(AUDIENCE_SAVE_ID);
        save.setOnAction(e -> model.saveAudience());
        field.setOnAction(e -> save.fire());
        Label note = new Label();
        note.setId(AUDIENCE_NOTE_ID);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.SIGNING_NOTE);
        note.textProperty().bind(model.audienceNoteProperty().when(showing));
        VBox box = new VBox(4, section("Audience"), new HBox(8, caption("Audience"), field, save), note);
        box.getStyleClass().add(Styles.TRUST_SUMMARY);
        return box;
    }

    private TabPane tables(ObservableValue<Boolean> showing) {
        TableView<TrustRows.ReviewerKey> reviewers = TrustTables.reviewers(model.reviewerKeys());
        reviewers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != model.selectedKeyProperty().get()) model.selectKey(now);
        });
        model.selectedKeyProperty().when(showing).subscribe(now -> {
            if (reviewers.getSelectionModel().getSelectedItem() != now) reviewers.getSelectionModel().select(now);
        });
        Tab roots = new Tab("Root keys", TrustTables.roots(model.rootKeys()));
        model.summaryProperty().when(showing).subscribe(s -> roots.setText(s == null ? "Root keys"
                : "Root keys (" + model.infoProperty().get().list().root().threshold() + " must sign)"));
        TabPane tabs = new TabPane(new Tab("Reviewers", reviewers), roots, new Tab("Revocations", TrustTables.revocations(model.revocations())),
                new Tab("Checkpointers", TrustTables.checkpointers(model.checkpointers())),
                new Tab("Timestamp authorities", TrustTables.timestampAuthorities(model.timestampAuthorities())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(200);
        return tabs;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.SIGNING_NOTE);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        if (id != null) l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrap in the grid instead of eliding
        return l;
    }
}
