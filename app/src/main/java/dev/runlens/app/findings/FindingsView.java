package dev.runlens.app.findings;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import dev.runlens.protocol.integrity.Severity;
import javafx.geometry.Orientation;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Findings tab's controls: filter and severity toggles above a tree of severity → code →
 * finding, the selected row's explanation below. Binds to {@link FindingsViewModel} and forwards
 * selection and activation (Enter or double-click) to it; every text it shows is plain text.
 */
public final class FindingsView extends BorderPane {
    public static final String TREE_ID = "findings-tree";
    public static final String FILTER_ID = "findings-filter";
    public static final String SUMMARY_ID = "findings-summary";
    public static final String PLACEHOLDER_ID = "findings-placeholder";
    public static final String STATUS_ID = "findings-status";
    public static final String DETAIL_ID = "findings-detail";

    private final FindingsViewModel model;
    private final TreeTableView<FindingNode> tree = new TreeTableView<>(new TreeItem<>());
    private final Map<FindingNode, TreeItem<FindingNode>> items = new IdentityHashMap<>();
    private boolean rebuilding;

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.FINDINGS_VIEW);
        setTop(toolbar());
        setCenter(body());
        setBottom(status());

        var showing = Lifecycle.showing(this);
        model.groupsProperty().when(showing).subscribe(this::rebuild);
        model.selectedProperty().when(showing).subscribe(this::reveal);
    }

    private HBox toolbar() {
        TextField filter = new TextField();
        filter.setId(FILTER_ID);
        filter.setPromptText("Filter by code or message");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.SOMETIMES);
        HBox bar = new HBox(filter);
        for (Severity s : Severity.values()) {
            String name = s.label().substring(0, 1).toUpperCase(Locale.ROOT) + s.label().substring(1) + "s";
            ToggleButton t = new ToggleButton(name);
            t.setId("findings-show-" + s.label());
            t.getStyleClass().add(Styles.severity(s));
            t.selectedProperty().bindBidirectional(model.shownProperty(s));
            bar.getChildren().add(t);
        }
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        bar.getChildren().add(summary);
        bar.getStyleClass().add(Styles.FINDINGS_TOOLBAR);
        return bar;
    }

    private SplitPane body() {
        tree.setId(TREE_ID);
        tree.getStyleClass().addAll(Styles.FINDINGS, Styles.FINDINGS_TREE);
        tree.setShowRoot(false);
        Label placeholder = new Label();
        placeholder.setId(PLACEHOLDER_ID);
        placeholder.textProperty().bind(Bindings.when(model.auditingProperty()).then("Auditing…").otherwise("No findings to show"));
        tree.setPlaceholder(placeholder);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().addAll(List.of(
                FindingCells.labelColumn("Code", 320),
                FindingCells.column("Message", FindingNode::message, 400),
                FindingCells.column("JSON path", FindingNode::path, 200),
                FindingCells.column("Line:col", FindingNode::location, 70),
                FindingCells.column("Target", FindingNode::target, 260)));
        tree.setRowFactory(t -> {
            TreeTableRow<FindingNode> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.activate(row.getItem());
                }
            });
            return row;
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.activate(selectedNode());
                e.consume();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding) model.select(now == null ? null : now.getValue());
        });

        TextArea detail = new TextArea();
        detail.setId(DETAIL_ID);
        detail.getStyleClass().add(Styles.FINDINGS_DETAIL);
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPromptText("Select a finding or a group to see what it means and what to check.");
        detail.textProperty().bind(model.detailProperty());

        SplitPane split = new SplitPane(tree, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        return split;
    }

    private Label status() {
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.FINDINGS_STATUS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    private FindingNode selectedNode() {
        TreeItem<FindingNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Replaces the tree's rows, every group expanded, and keeps the model's selection. */
    private void rebuild(List<FindingNode> groups) {
        rebuilding = true;
        try {
            items.clear();
            tree.getRoot().getChildren().setAll(groups.stream().map(this::item).toList());
            reveal(model.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private TreeItem<FindingNode> item(FindingNode node) {
        TreeItem<FindingNode> item = new TreeItem<>(node);
        items.put(node, item);
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void reveal(FindingNode node) {
        TreeItem<FindingNode> item = node == null ? null : items.get(node);
        if (item == null) {
            if (node == null) tree.getSelectionModel().clearSelection();
            return;
        }
        if (tree.getSelectionModel().getSelectedItem() != item) tree.getSelectionModel().select(item);
    }
}
