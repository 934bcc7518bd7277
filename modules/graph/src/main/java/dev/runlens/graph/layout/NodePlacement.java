package dev.runlens.graph.layout;

/** Where a node went: its top left corner and its size. */
public record NodePlacement(String id, double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** True when the two boxes share interior area (touching edges do not count). */
    public boolean overlaps(NodePlacement o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** True when {@code p} lies on this box's border, within {@code tolerance}. */
    public boolean onBorder(Point p, double tolerance) {
        boolean inX = p.x() >= x - tolerance && p.x() <= maxX() + tolerance;
        boolean inY = p.y() >= y - tolerance && p.y() <= maxY() + tolerance;
        boolean nearVertical = Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - maxX()) <= tolerance;
        boolean nearHorizontal = Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - maxY()) <= tolerance;
        return inX && inY && (nearVertical || nearHorizontal);
    }
}
