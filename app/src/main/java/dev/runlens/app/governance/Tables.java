package dev.runlens.app.governance;

import dev.runlens.app.ui.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Read-only tables of the costs workspace: columns of text the view models already made plain. */
final class Tables {
    private Tables() {}

    @SafeVarargs
    static <T> TableView<T> of(String id, ObservableList<T> items, String empty, TableColumn<T, ?>... columns) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.getStyleClass().add(Styles.GOVERNANCE_TABLE);
        t.setPlaceholder(new Label(empty));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().addAll(List.of(columns));
        return t;
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static <T> TableColumn<T, Number> count(String title, Function<T, Number> value, double width) {
        TableColumn<T, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setStyle("-fx-alignment: center-right;");
        return c;
    }

    /** Double-click or Enter on a row hands it to {@code open}. */
    static <T> void onOpen(TableView<T> t, Consumer<T> open) {
        t.setRowFactory(v -> {
            javafx.scene.control.TableRow<T> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) open.accept(row.getItem());
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                open.accept(t.getSelectionModel().getSelectedItem());
            }
        });
    }
}
