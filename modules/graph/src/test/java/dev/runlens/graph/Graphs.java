package dev.runlens.graph;

import java.util.Arrays;
import java.util.List;

/** Builds test graphs from a compact text: nodes "a b c", edges "a>b b>c". */
final class Graphs {
    private Graphs() {}

    static Dag dag(String nodes, String edges) {
        return Dag.of(words(nodes), edges(edges));
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    static List<Edge> edges(String text) {
        return words(text).stream().map(e -> e.split(">", -1)).map(p -> new Edge(p[0], p[1])).toList();
    }
}
