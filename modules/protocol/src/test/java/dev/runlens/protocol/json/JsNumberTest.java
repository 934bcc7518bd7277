package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ECMAScript {@code Number::toString} against a direct transcription of its definition: the
 * fewest significant digits that read back as the same double (BigDecimal rounding of the exact
 * value), laid out plain for exponents -7 &lt; n &le; 21 and as {@code d.ddde±n} otherwise.
 */
class JsNumberTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.1,                    0.1
            0.30000000000000004,    0.30000000000000004
            1e21,                   1e+21
            1e-7,                   1e-7
            0.000001,               0.000001
            123456789012345680000,  123456789012345680000
            5e-324,                 5e-324
            -0.0,                   0
            1.5e300,                1.5e+300
            0.00019170000000000002, 0.00019170000000000002
            579.75048828125,        579.75048828125
            -1234567.125,           -1234567.125
            0.001,                  0.001
            9999999.999999998,      9999999.999999998
            """)
    void rendersTheRuntimesVectors(double value, String expected) {
        assertEquals(expected, JsNumber.format(value));
    }

    @Test
    void randomDoublesOfEveryMagnitudeRenderAsEcmaScriptDoes() {
        SplittableRandom rnd = new SplittableRandom(2025);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextInt(100_000_000) / Math.pow(10, rnd.nextInt(12)); // short decimals
                case 2 -> rnd.nextInt(5_000) * 4e-7 + rnd.nextInt(900) * 1.6e-6; // costs with float artefacts
                default -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-9, 12));
            };
            if (!Double.isFinite(v)) continue;
            double value = v;
            assertEquals(ecmaScript(value), JsNumber.format(value), () -> "for bits " + Long.toHexString(Double.doubleToLongBits(value)));
        }
    }

    /** Number::toString(x) for finite x, from its definition. */
    static String ecmaScript(double x) {
        if (x == 0) return "0";
        if (x < 0) return "-" + ecmaScript(-x);
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17 && shortest == null; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) shortest = candidate;
        }
        BigDecimal s = shortest.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        int k = digits.length();
        int n = k - s.scale(); // x = 0.digits * 10^n
        if (k <= n && n <= 21) return digits + "0".repeat(n - k);
        if (0 < n && n <= 21) return digits.substring(0, n) + "." + digits.substring(n);
        if (-6 < n && n <= 0) return "0." + "0".repeat(-n) + digits;
        String e = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + e : digits.charAt(0) + "." + digits.substring(1) + "e" + e;
    }
}
