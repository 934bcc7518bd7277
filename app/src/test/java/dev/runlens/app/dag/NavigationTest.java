package dev.runlens.app.dag;

import dev.runlens.graph.layout.Layout;
import dev.runlens.graph.layout.NodePlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NavigationTest {
    /**
     * <pre>
     *        a
     *    b       c
     *        d       e
     * </pre>
     */
    private static final Navigation NAV = new Navigation(new Layout(Map.of(
            "a", box("a", 100, 0), "b", box("b", 0, 100), "c", box("c", 200, 100),
            "d", box("d", 100, 200), "e", box("e", 300, 200)), List.of(), List.of(), List.of(), 400, 300));

    private static NodePlacement box(String id, double x, double y) {
        return new NodePlacement(id, x, y, 80, 40);
    }

    @Test
    void readingOrderIsRowsTopDownThenLeftToRight() {
        assertEquals(List.of("a", "b", "c", "d", "e"), NAV.readingOrder());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # from, forward, to
            a,      true,    b
            b,      false,   a
            e,      true,
            a,      false,
            ,       true,    a
            ,       false,   e
            """)
    void tabStepsThroughTheReadingOrder(String from, boolean forward, String to) {
        assertEquals(Optional.ofNullable(to), NAV.step(from, forward));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # from, direction, to
            a,      DOWN,      d
            b,      DOWN,      d
            b,      RIGHT,     c
            c,      LEFT,      b
            d,      UP,        a
            c,      DOWN,      d
            e,      UP,        c
            a,      UP,
            e,      RIGHT,
            zz,     DOWN,
            """)
    void arrowsGoToTheNearestNodeThatWay(String from, Navigation.Direction d, String to) {
        assertEquals(Optional.ofNullable(to), NAV.neighbour(from, d));
    }
}
