package dev.runlens.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.runlens.graph.Graphs.dag;
import static dev.runlens.graph.Graphs.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a         | a>a             | a a
            a b       | a>b b>a         | a b a
            a b c d   | a>b b>c c>d d>b | b c d b
            s a b c   | s>a a>b b>c c>a | a b c a
            """)
    void findsTheCycleItMeets(String nodes, String edges, String expected) {
        assertEquals(words(expected), dag(nodes, edges).findCycle().orElseThrow());
    }

    @Test
    void diamondIsAcyclic() {
        Dag g = dag("a b c d", "a>b a>c b>d c>d");
        assertTrue(g.isAcyclic());
    }

    @Test
    void everyReportedCycleFollowsEdges() {
        Dag g = dag("a b c d e f", "a>b b>c c>d d>e e>f f>c a>f");
        List<String> cycle = g.findCycle().orElseThrow();
        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1));
        for (int i = 0; i + 1 < cycle.size(); i++) {
            assertTrue(g.successors(cycle.get(i)).contains(cycle.get(i + 1)), cycle.toString());
        }
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        List<String> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            nodes.add("n" + i);
            if (i > 0) edges.add(new Edge("n" + (i - 1), "n" + i));
        }
        edges.add(new Edge("n199999", "n0"));
        assertEquals(200_001, Dag.of(nodes, edges).findCycle().orElseThrow().size());
    }
}
