package dev.runlens.app.replay;

import dev.runlens.app.decisions.DecisionBadge;
import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.WholeText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.function.Function;

/** Gate episodes at the cursor (pending ones stand out) and a line of run and step status. */
final class GatePanel extends VBox {
    static final String TABLE_ID = "replay-gates";
    static final String STATUS_ID = "replay-status";
    static final String SIGNATURE_COLUMN_ID = "replay-gate-signature";

    GatePanel(ObservableValue<ReplayFrame> frame, ObservableValue<Map<String, DecisionBadge>> signatures) {
        Label status = ReceiptPanel.label(STATUS_ID, Styles.REPLAY_NOTE);
        status.setWrapText(true);
        TableView<GateRow> table = new TableView<>();
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label("No gate requested or resolved by this point."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Step", GateRow::step, 110));
        table.getColumns().add(column("Gate", GateRow::gate, 105));
        table.getColumns().add(column("Requested at", GateRow::requestedAt, 185));
        table.getColumns().add(column("State", GateRow::state, 70));
        table.getColumns().add(column("Decision", GateRow::decision, 70));
        table.getColumns().add(column("Note", GateRow::note, 200));
        table.getColumns().add(signatureColumn(signatures));
        table.setRowFactory(t -> new PendingRow());
        VBox.setVgrow(table, Priority.ALWAYS);
        frame.subscribe(f -> {
            status.setText(f.status());
            table.getItems().setAll(f.gates());
        });
        setSpacing(4);
        getChildren().addAll(ReplayView.section("Gates"), status, table);
    }

    /** The signed decisions on each gate episode: valid, invalid with the reason, or untrusted key; the detail in a tooltip. */
    private static TableColumn<GateRow, DecisionBadge> signatureColumn(ObservableValue<Map<String, DecisionBadge>> signatures) {
        TableColumn<GateRow, DecisionBadge> c = new TableColumn<>("Signature");
        c.setId(SIGNATURE_COLUMN_ID);
        c.setPrefWidth(220);
        c.setCellValueFactory(cell -> signatures.map(m -> m.get(cell.getValue().requestEventId())));
        c.setCellFactory(col -> new SignatureCell());
        return c;
    }

    private static TableColumn<GateRow, String> column(String title, Function<GateRow, String> value, double width) {
        TableColumn<GateRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TextCell());
        return c;
    }

    /** Plain text, whole in a tooltip when the column is too narrow for it. */
    private static final class TextCell extends TableCell<GateRow, String> {
        private final WholeText whole = new WholeText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            whole.show(this, empty ? null : text);
        }
    }

    /** "approved · valid", styled by the verification, with every decision's reason in a tooltip. */
    private static final class SignatureCell extends TableCell<GateRow, DecisionBadge> {
        @Override
        protected void updateItem(DecisionBadge b, boolean empty) {
            super.updateItem(b, empty);
            boolean none = empty || b == null;
            setText(none ? null : b.text().substring("signed: ".length()));
            setTooltip(none ? null : new Tooltip(b.detail()));
            Styles.replace(this, none ? null : Styles.decision(b.status()), Styles.DECISION_STATES);
        }
    }

    /** A pending gate's row carries {@link Styles#REPLAY_GATE_PENDING}. */
    private static final class PendingRow extends TableRow<GateRow> {
        @Override
        protected void updateItem(GateRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.REPLAY_GATE_PENDING);
            if (!empty && row != null && row.pending()) getStyleClass().add(Styles.REPLAY_GATE_PENDING);
        }
    }
}
