package dev.runlens.graph;

import java.util.List;

/** A path through a DAG, first node first, and the sum of its node weights. */
public record WeightedPath(List<String> nodes, double total) {
    public WeightedPath {
        nodes = List.copyOf(nodes);
    }
}
