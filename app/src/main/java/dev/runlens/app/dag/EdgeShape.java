package dev.runlens.app.dag;

import dev.runlens.app.ui.Styles;
import dev.runlens.graph.layout.Point;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

import java.util.List;

/** One edge of a {@link DagView}: its route as a path and an arrowhead at the target, styled by CSS. */
final class EdgeShape extends Group {
    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4.5;

    EdgeShape(List<Point> points) {
        getStyleClass().add(Styles.DAG_EDGE);
        Path line = new Path();
        line.getStyleClass().add(Styles.DAG_EDGE_LINE);
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double dx = end.x() - before.x();
        double dy = end.y() - before.y();
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 0 : dx / len;
        double uy = len == 0 ? 1 : dy / len;
        line.getElements().add(new MoveTo(points.get(0).x(), points.get(0).y()));
        for (int i = 1; i < points.size() - 1; i++) line.getElements().add(new LineTo(points.get(i).x(), points.get(i).y()));
        // the line stops at the arrow's base so its stroke does not blunt the tip
        line.getElements().add(new LineTo(end.x() - ux * ARROW_LENGTH, end.y() - uy * ARROW_LENGTH));
        double bx = end.x() - ux * ARROW_LENGTH;
        double by = end.y() - uy * ARROW_LENGTH;
        Polygon arrow = new Polygon(end.x(), end.y(),
                bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH,
                bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
        arrow.getStyleClass().add(Styles.DAG_EDGE_ARROW);
        getChildren().addAll(line, arrow);
        setMouseTransparent(true);
    }

    void show(DagEdge e) {
        Styles.replace(this, e.executed() ? Styles.DAG_EDGE_EXECUTED : null, List.of(Styles.DAG_EDGE_EXECUTED));
        Styles.replace(this, e.critical() ? Styles.DAG_CRITICAL : null, List.of(Styles.DAG_CRITICAL));
        if (e.critical() || e.executed()) toFront();
    }
}
