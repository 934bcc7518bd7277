package dev.runlens.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runlens.graph.Graphs.dag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DagTest {
    @Test
    void neighboursFollowEdgeOrder() {
        Dag g = dag("a b c d", "a>c a>b b>d c>d");
        assertEquals(List.of("c", "b"), g.successors("a"));
        assertEquals(List.of("b", "c"), g.predecessors("d"));
        assertEquals(List.of("a"), g.roots());
        assertEquals(List.of("d"), g.sinks());
    }

    @Test
    void repeatedNodeCountsOnceAndIsReported() {
        Dag g = dag("a b a", "a>b");
        assertEquals(List.of("a", "b"), g.nodes());
        assertEquals(List.of("a"), g.duplicateNodes());
    }

    @Test
    void repeatedEdgeCountsOnceButIsKeptInEdges() {
        Dag g = dag("a b", "a>b a>b");
        assertEquals(List.of("b"), g.successors("a"));
        assertEquals(2, g.edges().size());
    }

    @Test
    void unknownNodeHasNoNeighbours() {
        Dag g = dag("a", "");
        assertTrue(g.successors("zz").isEmpty());
        assertFalse(g.contains("zz"));
        assertEquals(-1, g.indexOf("zz"));
    }

    @Test
    void danglingEdgesAreListedAndIgnored() {
        Dag g = dag("a b", "a>b a>x y>b y>z");
        assertEquals(Graphs.edges("a>x y>b y>z"), g.danglingEdges());
        assertEquals(List.of("b"), g.successors("a"));
        assertEquals(List.of("a"), g.predecessors("b"));
        assertEquals(List.of("a"), g.roots());
    }

    @Test
    void emptyGraphHasNothing() {
        Dag g = dag("", "");
        assertTrue(g.roots().isEmpty());
        assertEquals(List.of(), g.topologicalOrder().orElseThrow());
        assertTrue(g.findCycle().isEmpty());
        assertTrue(g.longestPath(n -> 1).isEmpty());
    }
}
