package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;

import java.util.List;

/**
 * How an edge is drawn: a polyline from a point on its source's border, through its bend points,
 * to a point on its target's border (at least two points).
 */
public record EdgeRoute(Edge edge, List<Point> points) {
    public EdgeRoute {
        points = List.copyOf(points);
        if (points.size() < 2) throw new IllegalArgumentException("a route needs a start and an end: " + edge);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The points between start and end. */
    public List<Point> bends() {
        return points.subList(1, points.size() - 1);
    }
}
