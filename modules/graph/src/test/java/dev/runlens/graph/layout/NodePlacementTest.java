package dev.runlens.graph.layout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NodePlacementTest {
    private static final NodePlacement BOX = new NodePlacement("a", 10, 20, 100, 50);

    @ParameterizedTest
    @CsvSource(textBlock = """
            # x,  y,   w,   h,  overlaps
            10,   20,  100, 50, true
            109,  69,  10,  10, true
            110,  20,  10,  10, false
            0,    0,   10,  20, false
            50,   -10, 10,  31, true
            """)
    void overlapNeedsSharedInterior(double x, double y, double w, double h, boolean overlaps) {
        NodePlacement other = new NodePlacement("b", x, y, w, h);
        assertEquals(overlaps, BOX.overlaps(other));
        assertEquals(overlaps, other.overlaps(BOX));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # x,   y,    on border
            10,    45,   true
            110,   45,   true
            60,    20,   true
            60,    70,   true
            60,    45,   false
            5,     45,   false
            60,    70.4, true
            200,   20,   false
            """)
    void borderPointsAreOnTheOutline(double x, double y, boolean onBorder) {
        assertEquals(onBorder, BOX.onBorder(new Point(x, y), 0.5));
    }
}
