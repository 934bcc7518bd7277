package dev.runlens.app.dag;

import dev.runlens.app.decisions.DecisionBadge;
import dev.runlens.app.ui.Styles;
import dev.runlens.graph.layout.Layout;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.List;
import java.util.Map;

/**
 * A laid-out DAG you can zoom, pan and walk with the keyboard: nodes are styled regions (so
 * themes and lookups reach them), edges are paths with arrowheads. It draws what it is given
 * ({@link #layoutProperty() layout}, {@link #nodesProperty() nodes}, {@link #edgesProperty() edges})
 * and reports the node the user picks in {@link #selectedNodeProperty() selectedNode}.
 *
 * <p>Mouse: click a node to select it, drag to pan, scroll to pan, Ctrl+scroll to zoom. Keys
 * (while focused): Tab / Shift+Tab and the arrows move between nodes, Enter or Space selects,
 * Escape leaves the nodes (the arrows then pan), + / - zoom, 0 is 100 %, F fits the drawing.
 */
public class DagView extends Control {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 3;

    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObjectProperty<List<DagNode>> nodes = new SimpleObjectProperty<>(this, "nodes", List.of());
    private final ObjectProperty<List<DagEdge>> edges = new SimpleObjectProperty<>(this, "edges", List.of());
    private final ObjectProperty<Map<String, DecisionBadge>> decisions = new SimpleObjectProperty<>(this, "decisions", Map.of());
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<String> focusedNode = new SimpleObjectProperty<>(this, "focusedNode");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1) {
        @Override
        public void set(double v) {
            super.set(Double.isFinite(v) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v)) : 1);
        }
    };

    public DagView() {
        getStyleClass().add(Styles.DAG_VIEW);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SCROLL_PANE);
        setAccessibleText("Workflow DAG");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DagViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Styles.resource(DagView.class, "dag.css");
    }

    // ------------------------------------------------------------------ commands (the skin does the work)

    /** Zooms and centres so the whole drawing shows (never above 100 %). */
    public void fit() {
        if (getSkin() instanceof DagViewSkin s) s.fit();
    }

    public void zoomIn() {
        if (getSkin() instanceof DagViewSkin s) s.zoomBy(DagViewSkin.ZOOM_STEP);
    }

    public void zoomOut() {
        if (getSkin() instanceof DagViewSkin s) s.zoomBy(1 / DagViewSkin.ZOOM_STEP);
    }

    /** Pans just enough to show node {@code id}. */
    public void reveal(String id) {
        if (getSkin() instanceof DagViewSkin s) s.reveal(id);
    }

    // ------------------------------------------------------------------ properties

    /** Where nodes and edges go; null shows nothing. A new layout resets the view. */
    public final ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public final Layout getLayout() {
        return layout.get();
    }

    public final void setLayout(Layout value) {
        layout.set(value);
    }

    /** What each node shows; matched to the layout by id. */
    public final ObjectProperty<List<DagNode>> nodesProperty() {
        return nodes;
    }

    public final List<DagNode> getNodes() {
        return nodes.get();
    }

    public final void setNodes(List<DagNode> value) {
        nodes.set(value == null ? List.of() : value);
    }

    /** How each edge is drawn (executed, critical); routes come with it. */
    public final ObjectProperty<List<DagEdge>> edgesProperty() {
        return edges;
    }

    public final List<DagEdge> getEdges() {
        return edges.get();
    }

    public final void setEdges(List<DagEdge> value) {
        edges.set(value == null ? List.of() : value);
    }

    /** Signed decisions per step id, shown as a badge on the step's node (none: no badge). */
    public final ObjectProperty<Map<String, DecisionBadge>> decisionsProperty() {
        return decisions;
    }

    public final Map<String, DecisionBadge> getDecisions() {
        return decisions.get();
    }

    public final void setDecisions(Map<String, DecisionBadge> value) {
        decisions.set(value == null ? Map.of() : value);
    }

    /** The selected node's id (null: none); set by a click, Enter or Space, or from outside. */
    public final ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    public final String getSelectedNode() {
        return selectedNode.get();
    }

    public final void setSelectedNode(String value) {
        selectedNode.set(value);
    }

    /** The node the keyboard is on (null: none, the arrows pan). */
    public final ObjectProperty<String> focusedNodeProperty() {
        return focusedNode;
    }

    public final String getFocusedNode() {
        return focusedNode.get();
    }

    public final void setFocusedNode(String value) {
        focusedNode.set(value);
    }

    /** Scale of the drawing, {@link #MIN_ZOOM} to {@link #MAX_ZOOM}. */
    public final DoubleProperty zoomProperty() {
        return zoom;
    }

    public final double getZoom() {
        return zoom.get();
    }

    public final void setZoom(double value) {
        zoom.set(value);
    }
}
