package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished layout: every node of the request placed (input order; a repeated id is placed once
 * and listed in {@code duplicateNodes}), a route for every edge between placed nodes (input order,
 * a repeated edge once), and the edges that were not drawn because an endpoint is unknown
 * ({@code skippedEdges}, input order). {@code width} and {@code height} bound the whole drawing,
 * padding included.
 */
public record Layout(Map<String, NodePlacement> nodes, List<EdgeRoute> edges, List<Edge> skippedEdges,
                     List<String> duplicateNodes, double width, double height) {
    public static final Layout EMPTY = new Layout(Map.of(), List.of(), List.of(), List.of(), 0, 0);

    public Layout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        skippedEdges = List.copyOf(skippedEdges);
        duplicateNodes = List.copyOf(duplicateNodes);
    }

    public Optional<NodePlacement> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<EdgeRoute> route(Edge e) {
        return edges.stream().filter(r -> r.edge().equals(e)).findFirst();
    }
}
