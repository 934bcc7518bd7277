package dev.runlens.graph.layout;

import java.util.Objects;

/** A node to lay out: its id and the size it needs (positive, finite). */
public record LayoutNode(String id, double width, double height) {
    public LayoutNode {
        Objects.requireNonNull(id, "id");
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("size of " + id + " must be positive and finite: " + width + "x" + height);
        }
    }
}
