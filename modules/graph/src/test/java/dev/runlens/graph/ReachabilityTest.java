package dev.runlens.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runlens.graph.Graphs.dag;
import static dev.runlens.graph.Graphs.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachabilityTest {
    @Test
    void reachableFromRootsCoversAnAcyclicGraph() {
        Dag g = dag("a b c d", "a>b c>d");
        assertEquals(words("a b c d"), g.reachableFromRoots());
    }

    @Test
    void reachableFromAStartFollowsSuccessorsOnly() {
        Dag g = dag("a b c d e", "a>b b>c d>c c>e");
        assertEquals(words("b c e"), g.reachableFrom(List.of("b")));
    }

    @Test
    void nodesOnlyACycleLeadsToAreNotReachableFromRoots() {
        Dag g = dag("r a b c", "r>a b>c c>b");
        assertEquals(words("r a"), g.reachableFromRoots());
    }

    @Test
    void unknownStartsAreIgnored() {
        assertEquals(List.of(), dag("a", "").reachableFrom(List.of("zz")));
    }
}
