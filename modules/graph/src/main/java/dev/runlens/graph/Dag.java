package dev.runlens.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * An immutable directed graph over string ids, meant to be acyclic but able to say when it is not.
 * Nodes keep their input order (a repeated id counts once, see {@link #duplicateNodes()}); edges
 * keep theirs. Edges whose endpoints are not nodes are {@linkplain #danglingEdges() dangling} and
 * take no part in any algorithm; a repeated edge counts once.
 */
public final class Dag {
    private final List<String> nodes;
    private final List<String> duplicates;
    private final List<Edge> edges;
    private final List<Edge> dangling;
    private final Map<String, Integer> order;
    private final Map<String, List<String>> successors;
    private final Map<String, List<String>> predecessors;

    private Dag(Collection<String> nodeIds, Collection<Edge> edgeList) {
        Set<String> unique = new LinkedHashSet<>();
        List<String> dups = new ArrayList<>();
        for (String n : nodeIds) if (!unique.add(n)) dups.add(n);
        this.nodes = List.copyOf(unique);
        this.duplicates = List.copyOf(dups);
        this.edges = List.copyOf(edgeList);
        this.order = new HashMap<>();
        this.successors = new LinkedHashMap<>();
        this.predecessors = new LinkedHashMap<>();
        for (String n : nodes) {
            order.put(n, order.size());
            successors.put(n, new ArrayList<>());
            predecessors.put(n, new ArrayList<>());
        }
        List<Edge> loose = new ArrayList<>();
        Set<Edge> seen = new LinkedHashSet<>();
        for (Edge e : edges) {
            if (!order.containsKey(e.from()) || !order.containsKey(e.to())) loose.add(e);
            else if (seen.add(e)) {
                successors.get(e.from()).add(e.to());
                predecessors.get(e.to()).add(e.from());
            }
        }
        this.dangling = List.copyOf(loose);
    }

    /** The graph of these nodes and edges, both in their given order. */
    public static Dag of(Collection<String> nodes, Collection<Edge> edges) {
        return new Dag(nodes, edges);
    }

    public List<String> nodes() {
        return nodes;
    }

    /** Every edge as given, dangling and repeated ones included. */
    public List<Edge> edges() {
        return edges;
    }

    /** Ids given more than once (each extra occurrence listed). */
    public List<String> duplicateNodes() {
        return duplicates;
    }

    /** Edges with an endpoint that is not a node, in input order. */
    public List<Edge> danglingEdges() {
        return dangling;
    }

    public boolean contains(String node) {
        return order.containsKey(node);
    }

    /** Position of a node in the input order, or -1. */
    public int indexOf(String node) {
        return order.getOrDefault(node, -1);
    }

    /** Direct successors in edge order; empty for an unknown id. */
    public List<String> successors(String node) {
        return Collections.unmodifiableList(successors.getOrDefault(node, List.of()));
    }

    /** Direct predecessors in edge order; empty for an unknown id. */
    public List<String> predecessors(String node) {
        return Collections.unmodifiableList(predecessors.getOrDefault(node, List.of()));
    }

    /** Nodes without predecessors, in input order. */
    public List<String> roots() {
        return nodes.stream().filter(n -> predecessors.get(n).isEmpty()).toList();
    }

    /** Nodes without successors, in input order. */
    public List<String> sinks() {
        return nodes.stream().filter(n -> successors.get(n).isEmpty()).toList();
    }

    /** Kahn's order with ties broken by input order; empty when the graph has a cycle. */
    public Optional<List<String>> topologicalOrder() {
        return Topology.order(this);
    }

    /** One concrete cycle, first node repeated at the end ({@code [a, b, a]}); empty when acyclic. */
    public Optional<List<String>> findCycle() {
        return Topology.cycle(this);
    }

    public boolean isAcyclic() {
        return findCycle().isEmpty();
    }

    /** Every node reachable from {@code starts} (themselves included), in input order. */
    public List<String> reachableFrom(Collection<String> starts) {
        return Reachability.from(this, starts);
    }

    /** Every node reachable from a root; on a cyclic graph, nodes only a cycle leads to are missing. */
    public List<String> reachableFromRoots() {
        return reachableFrom(roots());
    }

    /**
     * The root-to-sink path with the largest sum of node weights (the critical path); on a tie
     * the sink first in topological order wins, and at each node the predecessor first in edge
     * order. Empty for an empty or cyclic graph. Weights must not be NaN.
     */
    public Optional<WeightedPath> longestPath(ToDoubleFunction<String> weight) {
        return LongestPath.of(this, weight);
    }
}
