package dev.runlens.app.trust;

import dev.runlens.app.ui.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The trust screen's tables: reviewers' keys, root keys, revocations, checkpointers. Cells show plain texts with the whole text in a tooltip. */
final class TrustTables {
    static final String REVIEWERS_ID = "trust-reviewers";
    static final String ROOTS_ID = "trust-roots";
    static final String REVOCATIONS_ID = "trust-revocations";
    static final String CHECKPOINTERS_ID = "trust-checkpointers";
    static final String TSAS_ID = "trust-timestamp-authorities";
    /** Wide enough for a whole key id in groups of four (79 monospace characters). */
    private static final double FINGERPRINT = 780;

    private TrustTables() {}

    static TableView<TrustRows.ReviewerKey> reviewers(ObservableList<TrustRows.ReviewerKey> rows) {
        TableView<TrustRows.ReviewerKey> t = table(REVIEWERS_ID, rows, "No reviewer key in this list: add one.");
        t.getColumns().add(column("Principal", TrustRows.ReviewerKey::principal, 170));
        t.getColumns().add(statusColumn());
        t.getColumns().add(column("Fingerprint (key id)", TrustRows.ReviewerKey::fingerprint, FINGERPRINT));
        t.getColumns().add(column("Name", TrustRows.ReviewerKey::displayName, 120));
        t.getColumns().add(column("OpenSSH", TrustRows.ReviewerKey::openSsh, 200));
        t.getColumns().add(column("Algorithm", TrustRows.ReviewerKey::algorithm, 140));
        t.getColumns().add(column("Purposes", TrustRows.ReviewerKey::purposes, 110));
        t.getColumns().add(column("Valid", TrustRows.ReviewerKey::validity, 300));
        t.getColumns().add(column("Scopes", TrustRows.ReviewerKey::scopes, 420));
        return t;
    }

    static TableView<TrustRows.RootKey> roots(ObservableList<TrustRows.RootKey> rows) {
        TableView<TrustRows.RootKey> t = table(ROOTS_ID, rows, "No trust list.");
        t.getColumns().add(column("Fingerprint (key id)", TrustRows.RootKey::fingerprint, FINGERPRINT));
        t.getColumns().add(column("OpenSSH", TrustRows.RootKey::openSsh, 200));
        t.getColumns().add(column("Algorithm", TrustRows.RootKey::algorithm, 140));
        t.getColumns().add(column("Key folder", TrustRows.RootKey::local, 110));
        t.getColumns().add(column("This file", TrustRows.RootKey::signed, 90));
        return t;
    }

    static TableView<TrustRows.Revocation> revocations(ObservableList<TrustRows.Revocation> rows) {
        TableView<TrustRows.Revocation> t = table(REVOCATIONS_ID, rows, "No key is revoked.");
        t.getColumns().add(column("Fingerprint (key id)", TrustRows.Revocation::fingerprint, FINGERPRINT));
        t.getColumns().add(column("Reason", TrustRows.Revocation::reason, 120));
        t.getColumns().add(column("Effective at", TrustRows.Revocation::effectiveAt, 180));
        t.getColumns().add(column("Source", TrustRows.Revocation::source, 220));
        return t;
    }

    static TableView<TrustRows.Checkpointer> checkpointers(ObservableList<TrustRows.Checkpointer> rows) {
        TableView<TrustRows.Checkpointer> t = table(CHECKPOINTERS_ID, rows, "This list names no checkpointer (who may sign decision-log checkpoints).");
        t.getColumns().add(column("Principal", TrustRows.Checkpointer::principal, 170));
        t.getColumns().add(column("Fingerprint (key id)", TrustRows.Checkpointer::fingerprint, FINGERPRINT));
        t.getColumns().add(column("Algorithm", TrustRows.Checkpointer::algorithm, 140));
        return t;
    }

    static TableView<TrustRows.Tsa> timestampAuthorities(ObservableList<TrustRows.Tsa> rows) {
        TableView<TrustRows.Tsa> t = table(TSAS_ID, rows, "This list names no RFC 3161 timestamp authority: decision times are the signers' claims.");
        t.getColumns().add(column("Name", TrustRows.Tsa::name, 170));
        t.getColumns().add(column("Certificates (anchor last)", TrustRows.Tsa::certificates, 520));
        t.getColumns().add(column("Tokens count", TrustRows.Tsa::validity, 380));
        return t;
    }

    private static <R> TableView<R> table(String id, ObservableList<R> rows, String placeholder) {
        TableView<R> t = new TableView<>(rows);
        t.setId(id);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        return t;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setCellFactory(col -> new TextCell<>(false));
        c.setPrefWidth(width);
        return c;
    }

    /** Whether the key can sign now; one that cannot (revoked, expired...) stands out. */
    private static TableColumn<TrustRows.ReviewerKey, String> statusColumn() {
        TableColumn<TrustRows.ReviewerKey, String> c = new TableColumn<>("Status");
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        c.setCellFactory(col -> new TextCell<>(true));
        c.setPrefWidth(280);
        return c;
    }

    /** A plain text with its whole self in a tooltip; {@code flagUnusable}: anything but "active" is marked. */
    private static final class TextCell<R> extends TableCell<R, String> {
        private final boolean flagUnusable;

        TextCell(boolean flagUnusable) {
            this.flagUnusable = flagUnusable;
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            boolean none = empty || s == null;
            setText(none ? null : s);
            setTooltip(none || s.isEmpty() ? null : new Tooltip(s));
            getStyleClass().remove(Styles.TRUST_KEY_UNUSABLE);
            if (flagUnusable && !none && !s.equals("active")) getStyleClass().add(Styles.TRUST_KEY_UNUSABLE);
        }
    }
}
