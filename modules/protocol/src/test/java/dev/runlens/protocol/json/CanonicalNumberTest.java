package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers in canonical JSON read exactly as {@link JsNumber#format} writes them, integers written digit by digit included. */
class CanonicalNumberTest {
    private static String canonical(double v) {
        return CanonicalJson.toString(new JsonValue.Num(v), CanonicalJson.Form.INTEGRITY);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, -1, 7, 10, 99, 100, 12345, -987654321, 9007199254740991d, -9007199254740991d,
            9007199254740992d, -9007199254740992d, 1e21, 1e22, 123456789012345678d, 0.5, -0.001, 1e-7, 5e-324,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.35, 1234567.0})
    void aNumberIsWrittenAsJsNumberFormatsIt(double v) {
        assertEquals(JsNumber.format(v), canonical(v));
    }

    @Test
    void randomIntegersAndDoublesAgree() {
        Random random = new Random(53);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextInt();
                case 1 -> (double) (random.nextLong() >> random.nextInt(64));
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertEquals(JsNumber.format(v), canonical(v), Double.toString(v));
        }
    }

    @Test
    void manyIntegersInOneDocumentCrossTheBufferBoundaryIntact() {
        java.util.List<JsonValue> items = new java.util.ArrayList<>();
        StringBuilder expected = new StringBuilder("[");
        for (long k = 0; k < 20_000; k++) {
            long x = (k * 7919L) % 9007199254740991L * (k % 2 == 0 ? 1 : -1);
            items.add(new JsonValue.Num(x));
            if (k > 0) expected.append(',');
            expected.append(JsNumber.format(x));
        }
        assertEquals(expected.append(']').toString(), CanonicalJson.toString(new JsonValue.Arr(items), CanonicalJson.Form.INTEGRITY));
    }
}
