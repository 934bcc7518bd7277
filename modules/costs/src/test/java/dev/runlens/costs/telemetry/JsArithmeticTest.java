package dev.runlens.costs.telemetry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code Number(x.toFixed(12))}, expected values from Node 20. */
class JsArithmeticTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.1,                      0.1
            0.30000000000000004,      0.3
            0.0015448000000000003,    0.0015448
            5e-13,                    0
            5.000000000000001e-13,    1e-12
            1.5e-12,                  2e-12
            2.5e-12,                  2e-12
            123456.789,               123456.789
            1e21,                     1e21
            0.000000000000999999,     1e-12
            """)
    void roundsTo12DecimalsAsToFixedDoes(double in, double out) {
        assertEquals(out, JsArithmetic.roundAmount(in));
    }

    @org.junit.jupiter.api.Test
    void keepsTheSignOfTinyNegativesButNotOfMinusZero() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(JsArithmetic.roundAmount(-0.0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(JsArithmetic.roundAmount(-1e-13)));
    }
}
