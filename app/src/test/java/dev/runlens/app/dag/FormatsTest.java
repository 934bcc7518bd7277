package dev.runlens.app.dag;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            0.0123456, USD 0.0123
            0.00005,   USD 0.00005
            1.005,     USD 1.01
            12,        USD 12.00
            0,         USD 0
            """)
    void moneyKeepsSmallAmountsReadable(String amount, String shown) {
        assertEquals(shown, Formats.money("USD", new BigDecimal(amount)));
    }

    @Test
    void currenciesAreNeverAddedAndZeroIsLeftOut() {
        Map<String, BigDecimal> m = new TreeMap<>(Map.of("USD", new BigDecimal("0.5"), "EUR", new BigDecimal("0.25"),
                "GBP", BigDecimal.ZERO));
        assertEquals("EUR 0.25 · USD 0.5", Formats.money(m));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            850,      850 ms
            1234,     1.2 s
            185000,   3 min 05 s
            7620000,  2 h 07 min
            """)
    void durationsScaleTheirUnit(double ms, String shown) {
        assertEquals(shown, Formats.duration(ms));
    }

    @Test
    void tokensAreGrouped() {
        assertEquals("12,345 tok", Formats.tokens(12_345));
    }
}
