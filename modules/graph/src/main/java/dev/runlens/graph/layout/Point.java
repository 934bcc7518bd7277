package dev.runlens.graph.layout;

/** A point in layout coordinates: x to the right, y down, origin at the layout's top left corner. */
public record Point(double x, double y) {
    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
