package dev.runlens.app.dag;

import dev.runlens.app.ui.Styles;
import dev.runlens.graph.Edge;
import dev.runlens.graph.layout.EdgeRoute;
import dev.runlens.graph.layout.Layout;
import dev.runlens.graph.layout.NodePlacement;
import javafx.event.EventHandler;
import javafx.scene.Group;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws a {@link DagView}: a clipped viewport holding the drawing, scaled by the zoom and moved by
 * the pan offset ({@code viewport = pan + zoom * drawing}). Nodes and edges are rebuilt when the
 * layout changes and restyled when their models change.
 */
final class DagViewSkin extends SkinBase<DagView> {
    static final double ZOOM_STEP = 1.25;
    /** The zoom a new layout opens at when fitting it would make it smaller than {@link #READABLE}. */
    static final double OPENING_ZOOM = 0.85;
    static final double READABLE = 0.6;
    private static final double PAN_STEP = 60;
    private static final double MARGIN = 16;

    private final Pane viewport = new Pane();
    private final Pane drawing = new Pane();
    private final Group edgeLayer = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, NodeCell> cells = new LinkedHashMap<>();
    private final Map<Edge, EdgeShape> edgeShapes = new HashMap<>();
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private Navigation navigation = new Navigation(Layout.EMPTY);
    private boolean openingView;
    private double pivotX = Double.NaN;
    private double pivotY = Double.NaN;
    private double pressX;
    private double pressY;
    private double pressPanX;
    private double pressPanY;

    DagViewSkin(DagView view) {
        super(view);
        viewport.getStyleClass().add(Styles.DAG_CANVAS);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        drawing.setManaged(false);
        drawing.getTransforms().add(scale);
        drawing.getChildren().add(edgeLayer);
        viewport.getChildren().add(drawing);
        getChildren().add(viewport);

        registerChangeListener(view.layoutProperty(), o -> rebuild());
        registerChangeListener(view.nodesProperty(), o -> showNodes());
        registerChangeListener(view.edgesProperty(), o -> showEdges());
        registerChangeListener(view.decisionsProperty(), o -> showDecisions());
        registerChangeListener(view.selectedNodeProperty(), o -> showMarks());
        registerChangeListener(view.focusedNodeProperty(), o -> showMarks());
        registerChangeListener(view.focusedProperty(), o -> showMarks());
        registerChangeListener(view.zoomProperty(), o -> zoomChanged(((Number) o.getValue()).doubleValue()));
        scale.setX(view.getZoom());
        scale.setY(view.getZoom());

        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        rebuild();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        viewport.resizeRelocate(x, y, w, h);
        if (openingView && w > 0 && h > 0) {
            openingView = false;
            openingView(w, h);
        }
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        super.dispose();
    }

    // ------------------------------------------------------------------ content

    private void rebuild() {
        Layout layout = Optional.ofNullable(getSkinnable().getLayout()).orElse(Layout.EMPTY);
        navigation = new Navigation(layout);
        cells.values().forEach(c -> drawing.getChildren().remove(c));
        cells.clear();
        edgeShapes.clear();
        edgeLayer.getChildren().clear();
        for (EdgeRoute r : layout.edges()) {
            EdgeShape shape = new EdgeShape(r.points());
            edgeShapes.put(r.edge(), shape);
            edgeLayer.getChildren().add(shape);
        }
        for (NodePlacement p : layout.nodes().values()) {
            NodeCell cell = new NodeCell(p.id());
            cell.resizeRelocate(p.x(), p.y(), p.width(), p.height());
            cell.setOnMouseClicked(e -> clicked(e, cell));
            cells.put(p.id(), cell);
            drawing.getChildren().add(cell);
        }
        drawing.resize(layout.width(), layout.height());
        String focused = getSkinnable().getFocusedNode();
        if (focused != null && !cells.containsKey(focused)) getSkinnable().setFocusedNode(null);
        showNodes();
        showEdges();
        showDecisions();
        openingView = true;
        getSkinnable().requestLayout();
    }

    private void showNodes() {
        for (DagNode n : getSkinnable().getNodes()) {
            NodeCell c = cells.get(n.id());
            if (c != null) c.show(n);
        }
        showMarks();
    }

    private void showDecisions() {
        Map<String, dev.runlens.app.decisions.DecisionBadge> badges = getSkinnable().getDecisions();
        cells.forEach((id, c) -> c.showDecision(badges == null ? null : badges.get(id)));
    }

    private void showEdges() {
        for (DagEdge e : getSkinnable().getEdges()) {
            EdgeShape s = edgeShapes.get(e.edge());
            if (s != null) s.show(e);
        }
    }

    private void showMarks() {
        DagView v = getSkinnable();
        for (NodeCell c : cells.values()) {
            c.pseudoClassStateChanged(NodeCell.SELECTED, c.stepId().equals(v.getSelectedNode()));
            c.pseudoClassStateChanged(NodeCell.FOCUS_NODE, v.isFocused() && c.stepId().equals(v.getFocusedNode()));
        }
    }

    // ------------------------------------------------------------------ zoom and pan

    /**
     * A new layout opens fitted when that keeps it readable, else at {@link #OPENING_ZOOM} with
     * its first node (top row) at the top, centred.
     */
    private void openingView(double w, double h) {
        Layout layout = getSkinnable().getLayout();
        if (layout == null || layout.nodes().isEmpty()) return;
        if (fitZoom(layout, w, h) >= READABLE) {
            fit();
            return;
        }
        setZoomAt(OPENING_ZOOM, 0, 0);
        double z = getSkinnable().getZoom();
        NodePlacement first = layout.nodes().get(navigation.readingOrder().get(0));
        double tx = w / 2 - first.center().x() * z;
        drawing.setTranslateX(Math.min(0, Math.max(w - layout.width() * z, tx)));
        drawing.setTranslateY(0);
    }

    private static double fitZoom(Layout layout, double w, double h) {
        return Math.min(1, Math.min(w / layout.width(), h / layout.height()));
    }

    void fit() {
        Layout layout = getSkinnable().getLayout();
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (layout == null || layout.nodes().isEmpty()) return;
        if (w <= 0 || h <= 0) {
            openingView = true;
            return;
        }
        setZoomAt(fitZoom(layout, w, h), 0, 0);
        double z = getSkinnable().getZoom();
        drawing.setTranslateX((w - layout.width() * z) / 2);
        drawing.setTranslateY((h - layout.height() * z) / 2);
    }

    void zoomBy(double factor) {
        setZoomAt(getSkinnable().getZoom() * factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Sets the zoom keeping the drawing point under viewport point (x, y) where it is. */
    private void setZoomAt(double zoom, double x, double y) {
        pivotX = x;
        pivotY = y;
        getSkinnable().setZoom(zoom);
        pivotX = Double.NaN;
        pivotY = Double.NaN;
    }

    private void zoomChanged(double now) {
        double was = scale.getX();
        double px = Double.isNaN(pivotX) ? viewport.getWidth() / 2 : pivotX;
        double py = Double.isNaN(pivotY) ? viewport.getHeight() / 2 : pivotY;
        double cx = (px - drawing.getTranslateX()) / was;
        double cy = (py - drawing.getTranslateY()) / was;
        scale.setX(now);
        scale.setY(now);
        drawing.setTranslateX(px - cx * now);
        drawing.setTranslateY(py - cy * now);
    }

    private void panBy(double dx, double dy) {
        drawing.setTranslateX(drawing.getTranslateX() + dx);
        drawing.setTranslateY(drawing.getTranslateY() + dy);
    }

    /** Pans just enough that node {@code id} is inside the viewport (with a margin). */
    void reveal(String id) {
        NodeCell c = cells.get(id);
        if (c == null || viewport.getWidth() <= 0) return;
        double z = getSkinnable().getZoom();
        double left = drawing.getTranslateX() + c.getLayoutX() * z;
        double top = drawing.getTranslateY() + c.getLayoutY() * z;
        double right = left + c.getWidth() * z;
        double bottom = top + c.getHeight() * z;
        double dx = 0;
        double dy = 0;
        if (right > viewport.getWidth() - MARGIN) dx = viewport.getWidth() - MARGIN - right;
        if (left + dx < MARGIN) dx = MARGIN - left;
        if (bottom > viewport.getHeight() - MARGIN) dy = viewport.getHeight() - MARGIN - bottom;
        if (top + dy < MARGIN) dy = MARGIN - top;
        panBy(dx, dy);
    }

    // ------------------------------------------------------------------ input

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressPanX = drawing.getTranslateX();
        pressPanY = drawing.getTranslateY();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) return;
        drawing.setTranslateX(pressPanX + e.getX() - pressX);
        drawing.setTranslateY(pressPanY + e.getY() - pressY);
    }

    private void clicked(MouseEvent e, NodeCell cell) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        getSkinnable().setFocusedNode(cell.stepId());
        getSkinnable().setSelectedNode(cell.stepId());
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) setZoomAt(getSkinnable().getZoom() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (handled(e)) e.consume();
    }

    private boolean handled(KeyEvent e) {
        DagView v = getSkinnable();
        KeyCode k = e.getCode();
        switch (k) {
            case PLUS, ADD, EQUALS -> zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> setZoomAt(1, viewport.getWidth() / 2, viewport.getHeight() / 2);
            case F -> fit();
            case TAB -> {
                if (e.isControlDown()) return false;
                Optional<String> next = navigation.step(v.getFocusedNode(), !e.isShiftDown());
                if (next.isEmpty()) {
                    v.setFocusedNode(null);
                    return false;
                }
                focus(next.get());
            }
            case ENTER, SPACE -> {
                if (v.getFocusedNode() == null) return false;
                v.setSelectedNode(v.getFocusedNode());
            }
            case ESCAPE -> {
                if (v.getFocusedNode() == null) return false;
                v.setFocusedNode(null);
            }
            case UP, DOWN, LEFT, RIGHT, KP_UP, KP_DOWN, KP_LEFT, KP_RIGHT -> arrow(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void arrow(KeyEvent e) {
        Navigation.Direction d = switch (e.getCode()) {
            case UP, KP_UP -> Navigation.Direction.UP;
            case DOWN, KP_DOWN -> Navigation.Direction.DOWN;
            case LEFT, KP_LEFT -> Navigation.Direction.LEFT;
            default -> Navigation.Direction.RIGHT;
        };
        String from = getSkinnable().getFocusedNode();
        if (from == null || e.isShortcutDown()) {
            double dx = d == Navigation.Direction.LEFT ? PAN_STEP : d == Navigation.Direction.RIGHT ? -PAN_STEP : 0;
            double dy = d == Navigation.Direction.UP ? PAN_STEP : d == Navigation.Direction.DOWN ? -PAN_STEP : 0;
            panBy(dx, dy);
        } else {
            navigation.neighbour(from, d).ifPresent(this::focus);
        }
    }

    private void focus(String id) {
        if (!Objects.equals(getSkinnable().getFocusedNode(), id)) getSkinnable().setFocusedNode(id);
        reveal(id);
    }
}
