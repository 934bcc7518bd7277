package dev.runlens.app.findings;

import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.WholeText;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

import java.util.List;
import java.util.function.Function;

/** The findings tree's columns: plain text, the whole of it in a tooltip; group rows styled by severity. */
final class FindingCells {
    private FindingCells() {}

    static TreeTableColumn<FindingNode, String> column(String title, Function<FindingNode, String> text, double width) {
        TreeTableColumn<FindingNode, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue() == null ? "" : text.apply(f.getValue().getValue())));
        c.setCellFactory(col -> new TextCell(false));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The first column: the row's label, coloured by severity on group rows. */
    static TreeTableColumn<FindingNode, String> labelColumn(String title, double width) {
        TreeTableColumn<FindingNode, String> c = column(title, FindingNode::label, width);
        c.setCellFactory(col -> new TextCell(true));
        return c;
    }

    private static final class TextCell extends TreeTableCell<FindingNode, String> {
        private static final List<String> STYLED = List.of(Styles.SEVERITY_ERROR, Styles.SEVERITY_WARNING,
                Styles.SEVERITY_NOTE, Styles.FINDINGS_GROUP);
        private final boolean styled;
        private final WholeText whole = new WholeText();

        TextCell(boolean styled) {
            this.styled = styled;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            whole.show(this, empty ? null : text);
            FindingNode node = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().removeAll(STYLED);
            if (node != null && node.isGroup()) {
                getStyleClass().add(Styles.FINDINGS_GROUP);
                if (styled) getStyleClass().add(Styles.severity(node.severity()));
            }
        }
    }
}
