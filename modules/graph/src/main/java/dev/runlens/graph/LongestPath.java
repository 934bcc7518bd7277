package dev.runlens.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Heaviest root-to-sink path by node weights: dynamic programming over the topological order. */
final class LongestPath {
    private LongestPath() {}

    static Optional<WeightedPath> of(Dag g, ToDoubleFunction<String> weight) {
        Optional<List<String>> topo = g.topologicalOrder();
        if (topo.isEmpty() || topo.get().isEmpty()) return Optional.empty();
        Map<String, Double> best = new HashMap<>();
        Map<String, String> via = new HashMap<>();
        String end = null;
        for (String n : topo.get()) {
            double w = weight.applyAsDouble(n);
            if (Double.isNaN(w)) throw new IllegalArgumentException("weight of " + n + " is NaN");
            String from = null;
            for (String p : g.predecessors(n)) {
                if (from == null || best.get(p) > best.get(from)) from = p;
            }
            best.put(n, w + (from == null ? 0 : best.get(from)));
            if (from != null) via.put(n, from);
            boolean sink = g.successors(n).isEmpty();
            if (sink && (end == null || best.get(n) > best.get(end))) end = n;
        }
        List<String> path = new ArrayList<>();
        for (String n = end; n != null; n = via.get(n)) path.add(n);
        Collections.reverse(path);
        return Optional.of(new WeightedPath(path, best.get(end)));
    }
}
