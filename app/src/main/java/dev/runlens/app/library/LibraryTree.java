package dev.runlens.app.library;

import dev.runlens.app.ui.Styles;
import dev.runlens.store.RunSort;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The runs by workflow: a workflow row with its count, then its runs. Sorting a column asks the
 * view model for that order (the library sorts, within each workflow); selecting a run opens it.
 */
final class LibraryTree extends TreeTableView<LibraryRow> {
    static final String ID = "library-tree";

    private final LibraryViewModel model;
    private final Set<String> collapsed = new HashSet<>();
    private boolean rebuilding;

    LibraryTree(LibraryViewModel model) {
        this.model = model;
        setId(ID);
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setPlaceholder(new Label("No runs. Import files, folders or ZIPs (File menu) or drop them here."));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        getColumns().add(text("Run", LibraryRow::name, 330, RunSort.Key.WORKFLOW));
        getColumns().add(text("Started", LibraryRow::started, 125, RunSort.Key.STARTED));
        getColumns().add(text("Status", LibraryRow::status, 85, null));
        getColumns().add(styled("Integrity", r -> r.integrity() == null ? "" : r.integrity().label(), 95, null, LibraryTree::integrityStyle));
        getColumns().add(styled("Copies", r -> r.secondCopy() ? "2nd copy" : "", 85, null,
                (c, r) -> mark(c, r.secondCopy(), Styles.LIBRARY_SECOND_COPY)));
        getColumns().add(styled("Findings", LibraryRow::findings, 100, RunSort.Key.FINDINGS,
                (c, r) -> Styles.replace(c, r.worst().map(Styles::severity).orElse(null), Styles.SEVERITIES)));
        getColumns().add(styled("Gates", LibraryRow::pending, 55, null, (c, r) -> mark(c, !r.pending().isEmpty(), Styles.LIBRARY_PENDING)));
        getColumns().add(text("Steps", LibraryRow::steps, 55, null));
        getColumns().add(text("Tokens", LibraryRow::tokens, 80, RunSort.Key.TOKENS));
        getColumns().add(text("Cost", LibraryRow::cost, 200, RunSort.Key.COST));
        getColumns().add(text("Duration", LibraryRow::duration, 85, RunSort.Key.DURATION));
        setRowFactory(t -> new Row());
        setSortPolicy(t -> sortRequested());

        model.groups().addListener((ListChangeListener<LibraryGroup>) c -> rebuild(model.groups()));
        model.selectedProperty().addListener((o, was, now) -> reselect(now.longValue()));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null && now.getValue() != null && now.getValue().isRun()) model.select(now.getValue().bundleId());
        });
        rebuild(model.groups());
    }

    /** The newest sort order the user clicked; the library reorders, so the tree itself never sorts. */
    private boolean sortRequested() {
        if (getSortOrder().isEmpty()) {
            model.sortBy(RunSort.Key.STARTED, true);
        } else {
            TreeTableColumn<LibraryRow, ?> c = getSortOrder().get(0);
            model.sortBy((RunSort.Key) c.getUserData(), c.getSortType() == TreeTableColumn.SortType.DESCENDING);
        }
        return true;
    }

    private void rebuild(List<LibraryGroup> groups) {
        rebuilding = true;
        try {
            for (TreeItem<LibraryRow> g : getRoot().getChildren()) {
                if (g.isExpanded()) collapsed.remove(g.getValue().tooltip()); else collapsed.add(g.getValue().tooltip());
            }
            List<TreeItem<LibraryRow>> items = new java.util.ArrayList<>();
            for (LibraryGroup g : groups) {
                TreeItem<LibraryRow> item = new TreeItem<>(g.workflow());
                g.runs().forEach(r -> item.getChildren().add(new TreeItem<>(r)));
                item.setExpanded(!collapsed.contains(g.workflow().tooltip()));
                items.add(item);
            }
            getRoot().getChildren().setAll(items); // the same root: a new one would clear the sort order
            reselect(model.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private void reselect(long bundleId) {
        for (TreeItem<LibraryRow> g : getRoot().getChildren()) {
            for (TreeItem<LibraryRow> r : g.getChildren()) {
                if (r.getValue().bundleId() == bundleId) {
                    if (getSelectionModel().getSelectedItem() != r) getSelectionModel().select(r);
                    return;
                }
            }
        }
    }

    private static TreeTableColumn<LibraryRow, String> text(String title, Function<LibraryRow, String> value, double width,
                                                            RunSort.Key sortKey) {
        return styled(title, value, width, sortKey, (c, r) -> { });
    }

    private static TreeTableColumn<LibraryRow, String> styled(String title, Function<LibraryRow, String> value, double width,
                                                              RunSort.Key sortKey, BiConsumer<TreeTableCell<LibraryRow, String>, LibraryRow> style) {
        TreeTableColumn<LibraryRow, String> c = new TreeTableColumn<>(title);
        c.setId("library-column-" + title.toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        c.setCellFactory(col -> new Cell(style));
        c.setPrefWidth(width);
        c.setSortable(sortKey != null);
        c.setUserData(sortKey);
        return c;
    }

    private static void integrityStyle(TreeTableCell<LibraryRow, String> cell, LibraryRow r) {
        String s = r.integrity() == null ? null : switch (r.integrity()) {
            case VALID -> Styles.INTEGRITY_VALID;
            case MISMATCH -> Styles.INTEGRITY_MISMATCH;
            case MISSING -> Styles.INTEGRITY_MISSING;
            case REJECTED -> Styles.INTEGRITY_REJECTED;
            case ERROR -> Styles.INTEGRITY_ERROR;
        };
        Styles.replace(cell, s, Styles.INTEGRITIES);
    }

    private static void mark(TreeTableCell<LibraryRow, String> cell, boolean on, String styleClass) {
        Styles.replace(cell, on ? styleClass : null, List.of(styleClass));
    }

    /** Plain text with the row's tooltip, styled per row. */
    private static final class Cell extends TreeTableCell<LibraryRow, String> {
        private final BiConsumer<TreeTableCell<LibraryRow, String>, LibraryRow> style;
        private final Tooltip tooltip = new Tooltip();

        Cell(BiConsumer<TreeTableCell<LibraryRow, String>, LibraryRow> style) {
            this.style = style;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            LibraryRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty || text == null || text.isEmpty() ? null : text);
            tooltip.setText(row == null ? "" : row.tooltip());
            setTooltip(row == null ? null : tooltip);
            if (row != null) {
                style.accept(this, row);
            } else {
                getStyleClass().removeAll(Styles.INTEGRITIES);
                getStyleClass().removeAll(Styles.SEVERITIES);
                getStyleClass().removeAll(Styles.LIBRARY_PENDING, Styles.LIBRARY_SECOND_COPY);
            }
        }
    }

    /** Workflow rows look like headings; run rows can be removed from the library. */
    private final class Row extends TreeTableRow<LibraryRow> {
        private final ContextMenu menu = new ContextMenu();

        Row() {
            MenuItem remove = new MenuItem("Remove from library");
            remove.setOnAction(e -> { if (getItem() != null) model.remove(getItem().bundleId()); });
            menu.getItems().add(remove);
        }

        @Override
        protected void updateItem(LibraryRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean workflow = !empty && row != null && !row.isRun();
            Styles.replace(this, workflow ? Styles.LIBRARY_WORKFLOW_ROW : null, List.of(Styles.LIBRARY_WORKFLOW_ROW));
            setContextMenu(!empty && row != null && row.isRun() ? menu : null);
        }
    }
}
