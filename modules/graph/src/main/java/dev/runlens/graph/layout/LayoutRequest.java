package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;

import java.util.List;
import java.util.Objects;

/**
 * What to lay out: nodes with their sizes and the edges between them, both in a meaningful order
 * (engines keep it where they can). Edges may name unknown nodes or form cycles; see {@link Layout}.
 */
public record LayoutRequest(List<LayoutNode> nodes, List<Edge> edges, LayoutOptions options) {
    public LayoutRequest {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(options, "options");
    }

    public static LayoutRequest of(List<LayoutNode> nodes, List<Edge> edges) {
        return new LayoutRequest(nodes, edges, LayoutOptions.DEFAULT);
    }

    public LayoutRequest with(LayoutOptions o) {
        return new LayoutRequest(nodes, edges, o);
    }
}
