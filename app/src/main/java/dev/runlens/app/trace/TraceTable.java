package dev.runlens.app.trace;

import dev.runlens.app.ui.Styles;
import dev.runlens.replay.filter.EventFamily;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;

import java.util.function.Function;

/**
 * The trace as a virtualised table: cells only for the rows on screen, each row's text made when
 * it first scrolls into view, every cell plain text. Rows carry their event family and failure as
 * style classes; columns are in trace order and do not sort.
 */
final class TraceTable extends TableView<TraceRow> {
    TraceTable() {
        setId(TracePane.TABLE_ID);
        getStyleClass().add(Styles.TRACE_TABLE);
        setPlaceholder(new Label("No events"));
        setFixedCellSize(24);
        setRowFactory(t -> new FamilyRow());
        getColumns().add(column("#", r -> Integer.toString(r.index()), null, 50, Styles.TRACE_INDEX, Styles.TRACE_NUMBER));
        getColumns().add(column("Time", TraceRow::time, TraceRow::timestamp, 88, Styles.TRACE_NUMBER));
        getColumns().add(column("Type", TraceRow::type, null, 150, Styles.TRACE_TYPE));
        getColumns().add(column("Step", TraceRow::step, null, 140));
        getColumns().add(column("Summary", TraceRow::summary, TraceRow::summary, 380));
        getColumns().add(column("Model", TraceRow::model, null, 140));
        getColumns().add(column("Tokens", TraceRow::tokens, null, 64, Styles.TRACE_NUMBER));
        getColumns().add(column("Cost", TraceRow::cost, null, 100, Styles.TRACE_NUMBER));
        getColumns().add(column("Duration", TraceRow::duration, null, 72, Styles.TRACE_NUMBER));
    }

    /** Shows {@code row} selected, scrolling only as far as needed to bring it on screen. */
    void show(int row) {
        if (row < 0) {
            getSelectionModel().clearSelection();
            return;
        }
        getSelectionModel().clearAndSelect(row);
        getFocusModel().focus(row);
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) flow.scrollTo(row);
        else scrollTo(row);
    }

    static String style(EventFamily family) {
        return switch (family) {
            case MODEL -> Styles.FAMILY_MODEL;
            case TOOL -> Styles.FAMILY_TOOL;
            case GATE -> Styles.FAMILY_GATE;
            case ARTIFACT -> Styles.FAMILY_ARTIFACT;
            case STEP -> Styles.FAMILY_STEP;
            case SPAN -> Styles.FAMILY_SPAN;
            case ERROR -> Styles.FAMILY_ERROR;
            case RUN -> Styles.FAMILY_RUN;
        };
    }

    private static TableColumn<TraceRow, TraceRow> column(String title, Function<TraceRow, String> text,
                                                          Function<TraceRow, String> tip, double width, String... styles) {
        TableColumn<TraceRow, TraceRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TextCell(text, tip, styles));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** One field of the row as plain text, with an optional tooltip. */
    private static final class TextCell extends TableCell<TraceRow, TraceRow> {
        private final Function<TraceRow, String> text;
        private final Function<TraceRow, String> tip;
        private final Tooltip tooltip = new Tooltip();

        TextCell(Function<TraceRow, String> text, Function<TraceRow, String> tip, String... styles) {
            this.text = text;
            this.tip = tip;
            getStyleClass().addAll(styles);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }

        @Override
        protected void updateItem(TraceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
            String t = empty || row == null || tip == null ? "" : tip.apply(row);
            tooltip.setText(t);
            setTooltip(t.isEmpty() ? null : tooltip);
        }
    }

    /** Marks the row with its event family and, when it reports one, a failure. */
    private static final class FamilyRow extends TableRow<TraceRow> {
        @Override
        protected void updateItem(TraceRow row, boolean empty) {
            super.updateItem(row, empty);
            Styles.replace(this, empty || row == null ? null : style(row.family()), Styles.FAMILIES);
            boolean failure = !empty && row != null && row.failure();
            if (failure && !getStyleClass().contains(Styles.FAILURE)) getStyleClass().add(Styles.FAILURE);
            if (!failure) getStyleClass().remove(Styles.FAILURE);
        }
    }
}
