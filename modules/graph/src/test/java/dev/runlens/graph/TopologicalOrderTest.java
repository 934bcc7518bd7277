package dev.runlens.graph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.runlens.graph.Graphs.dag;
import static dev.runlens.graph.Graphs.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologicalOrderTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c        | a>b b>c         | a b c
            c b a        | a>b b>c         | a b c
            a b c d      | a>d b>d c>d     | a b c d
            d c b a      | a>d b>d c>d     | c b a d
            x y z        |                 | x y z
            s a b c t    | s>c s>b s>a a>t b>t c>t | s a b c t
            s c b a t    | s>a s>b s>c a>t b>t c>t | s c b a t
            a b c        | c>a             | b c a
            """)
    void tiesFollowInputOrder(String nodes, String edges, String expected) {
        assertEquals(words(expected), dag(nodes, edges == null ? "" : edges).topologicalOrder().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a b   | a>b b>a
            a     | a>a
            a b c | a>b b>c c>b
            """)
    void cyclicGraphHasNoOrder(String nodes, String edges) {
        assertTrue(dag(nodes, edges).topologicalOrder().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a b | a>x x>b
            """)
    void danglingEdgesDoNotConstrainTheOrder(String nodes, String edges) {
        assertEquals(words("a b"), dag(nodes, edges).topologicalOrder().orElseThrow());
    }
}
