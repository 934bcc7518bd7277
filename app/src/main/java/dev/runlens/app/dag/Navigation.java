package dev.runlens.app.dag;

import dev.runlens.graph.layout.Layout;
import dev.runlens.graph.layout.NodePlacement;
import dev.runlens.graph.layout.Point;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keyboard moves between laid-out nodes: reading order (top to bottom, then left to right) for
 * Tab, and the nearest node in a direction for the arrow keys.
 */
final class Navigation {
    enum Direction { UP, DOWN, LEFT, RIGHT }

    private final Layout layout;

    Navigation(Layout layout) {
        this.layout = layout;
    }

    /** Node ids by row (top first), then by column. */
    List<String> readingOrder() {
        return layout.nodes().values().stream()
                .sorted(Comparator.comparingDouble(NodePlacement::y).thenComparingDouble(NodePlacement::x))
                .map(NodePlacement::id).toList();
    }

    /** The node after {@code from} in reading order ({@code forward}) or before it; empty at either end. */
    Optional<String> step(String from, boolean forward) {
        List<String> order = readingOrder();
        if (order.isEmpty()) return Optional.empty();
        int i = from == null ? -1 : order.indexOf(from);
        if (i < 0) return Optional.of(forward ? order.get(0) : order.get(order.size() - 1));
        int next = forward ? i + 1 : i - 1;
        return next < 0 || next >= order.size() ? Optional.empty() : Optional.of(order.get(next));
    }

    /**
     * The nearest node whose centre lies in {@code d} from {@code from}'s centre, distance along
     * {@code d} plus twice the sideways offset (ties: first in reading order); empty when there is none.
     */
    Optional<String> neighbour(String from, Direction d) {
        NodePlacement origin = layout.nodes().get(from);
        if (origin == null) return Optional.empty();
        Point c = origin.center();
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String id : readingOrder()) {
            NodePlacement n = layout.nodes().get(id);
            if (id.equals(from)) continue;
            Point p = n.center();
            double dx = p.x() - c.x();
            double dy = p.y() - c.y();
            double along = switch (d) {
                case UP -> -dy;
                case DOWN -> dy;
                case LEFT -> -dx;
                case RIGHT -> dx;
            };
            double side = d == Direction.UP || d == Direction.DOWN ? Math.abs(dx) : Math.abs(dy);
            if (along <= 0.5) continue;
            double score = along + 2 * side;
            if (score < bestScore) {
                bestScore = score;
                best = n.id();
            }
        }
        return Optional.ofNullable(best);
    }
}
