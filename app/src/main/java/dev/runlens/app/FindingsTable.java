package dev.runlens.app;

import dev.runlens.app.ui.WholeText;
import dev.runlens.app.ui.Styles;

import dev.runlens.protocol.integrity.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** The strict findings, one row each; every cell is plain text. */
final class FindingsTable extends TableView<FindingRow> {
    static final String ID = "findings";

    FindingsTable(ObservableList<FindingRow> findings) {
        super(findings);
        setId(ID);
        getStyleClass().add(Styles.FINDINGS);
        setPlaceholder(new Label("No findings"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<FindingRow, Severity> severity = column("Severity", FindingRow::severity, 80);
        severity.setCellFactory(c -> new SeverityCell());
        getColumns().add(severity);
        getColumns().add(textColumn("Code", FindingRow::code, 210));
        getColumns().add(textColumn("Path", FindingRow::path, 260));
        getColumns().add(textColumn("Location", FindingRow::location, 80));
        getColumns().add(textColumn("Message", FindingRow::message, 500));
    }

    private static TableColumn<FindingRow, String> textColumn(String title, Function<FindingRow, String> value, double width) {
        TableColumn<FindingRow, String> c = column(title, value, width);
        c.setCellFactory(col -> new TextCell());
        return c;
    }

    private static <T> TableColumn<FindingRow, T> column(String title, Function<FindingRow, T> value, double width) {
        TableColumn<FindingRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Plain text, with the whole of it in a tooltip when the column is too narrow. */
    private static final class TextCell extends TableCell<FindingRow, String> {
        private final WholeText whole = new WholeText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            whole.show(this, empty ? null : text);
        }
    }

    /** Shows the severity label, coloured by a severity style class. */
    private static final class SeverityCell extends TableCell<FindingRow, Severity> {
        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            boolean blank = empty || s == null;
            setText(blank ? null : s.label());
            Styles.replace(this, blank ? null : Styles.severity(s), Styles.SEVERITIES);
        }
    }
}
