package dev.runlens.graph.layout;

import java.util.Objects;

/**
 * How to lay out: the direction edges point in, how they are routed, the gap between nodes of one
 * layer, the gap between layers, and the margin around the drawing.
 */
public record LayoutOptions(Direction direction, Routing routing, double nodeSpacing, double layerSpacing,
                            double padding) {
    /** Left to right, orthogonal edges. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(Direction.RIGHT, Routing.ORTHOGONAL, 28, 56, 24);

    public enum Direction {
        /** Layers left to right: every edge that is not part of a cycle points right. */
        RIGHT,
        /** Layers top to bottom: every edge that is not part of a cycle points down. */
        DOWN
    }

    public enum Routing {
        /** Horizontal and vertical segments only. */
        ORTHOGONAL,
        /** Straight segments at any angle. */
        POLYLINE
    }

    public LayoutOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(routing, "routing");
        if (nodeSpacing < 0 || layerSpacing < 0 || padding < 0) throw new IllegalArgumentException("negative spacing");
    }

    public LayoutOptions withDirection(Direction d) {
        return new LayoutOptions(d, routing, nodeSpacing, layerSpacing, padding);
    }

    public LayoutOptions withRouting(Routing r) {
        return new LayoutOptions(direction, r, nodeSpacing, layerSpacing, padding);
    }
}
