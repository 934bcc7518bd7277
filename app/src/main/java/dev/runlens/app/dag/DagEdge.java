package dev.runlens.app.dag;

import dev.runlens.graph.Edge;
import dev.runlens.graph.layout.Point;

import java.util.List;

/**
 * One workflow edge as drawn: its route, whether the run went along it by the cursor (source
 * completed, target started), and whether it is on the highlighted critical path.
 */
public record DagEdge(Edge edge, List<Point> points, boolean executed, boolean critical) {
    public DagEdge {
        points = List.copyOf(points);
    }

    DagEdge withCritical(boolean c) {
        return c == critical ? this : new DagEdge(edge, points, executed, c);
    }
}
