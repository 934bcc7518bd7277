package dev.runlens.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static dev.runlens.graph.Graphs.dag;
import static dev.runlens.graph.Graphs.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongestPathTest {
    /** Weights as "a=3 b=1"; unnamed nodes weigh 0. */
    private static Map<String, Double> weights(String text) {
        Map<String, Double> w = new HashMap<>();
        for (String kv : words(text)) {
            String[] p = kv.split("=");
            w.put(p[0], Double.parseDouble(p[1]));
        }
        return w;
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c d   | a>b a>c b>d c>d | a=1 b=5 c=2 d=1 | a b d   | 7
            a b c d   | a>b a>c b>d c>d | a=1 b=2 c=5 d=1 | a c d   | 7
            a b c d   | a>b a>c b>d c>d | a=1 b=3 c=3 d=1 | a b d   | 5
            a b c     |                 | a=1 b=4 c=2     | b       | 4
            s x y t u | s>x x>t s>y y>t y>u | s=1 x=1 y=2 t=1 u=5 | s y u | 8
            a b       | a>b a>zz        | a=2 b=3         | a b     | 5
            a b c     | a>b b>c         | a=2 b=0 c=0     | a b c   | 2
            a b c     | a>b a>c         | a=-1 b=-5 c=-2  | a c     | -3
            """)
    void picksTheHeaviestPath(String nodes, String edges, String w, String path, double total) {
        Map<String, Double> weight = weights(w);
        WeightedPath p = dag(nodes, edges == null ? "" : edges)
                .longestPath(n -> weight.getOrDefault(n, 0.0)).orElseThrow();
        assertEquals(words(path), p.nodes());
        assertEquals(total, p.total(), 1e-9);
    }

    @Test
    void cyclicGraphHasNoLongestPath() {
        assertTrue(dag("a b", "a>b b>a").longestPath(n -> 1).isEmpty());
    }

    @Test
    void nanWeightIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> dag("a", "").longestPath(n -> Double.NaN));
    }
}
