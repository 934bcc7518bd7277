package dev.runlens.app.dag;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatScaleTest {
    private static final HeatScale SCALE = HeatScale.over(List.of(
            Map.of("USD", new BigDecimal("0.30")), Map.of("EUR", new BigDecimal("2")), Map.of()));

    @ParameterizedTest
    @CsvSource(textBlock = """
            # usd,  eur,   heat
            0,      0,     NONE
            0.01,   0,     COLD
            0.10,   0,     COLD
            0.1001, 0,     WARM
            0.20,   0,     WARM
            0.21,   0,     HOT
            0.30,   0,     HOT
            0.01,   1.5,   HOT
            0,      0.5,   COLD
            """)
    void theLargestShareOfEachCurrencysMaximumDecides(String usd, String eur, Heat heat) {
        assertEquals(heat, SCALE.of(Map.of("USD", new BigDecimal(usd), "EUR", new BigDecimal(eur))));
    }

    @Test
    void aCurrencyOutsideTheScaleIsHot() {
        assertEquals(Heat.HOT, SCALE.of(Map.of("GBP", new BigDecimal("0.01"))));
    }

    @Test
    void theLegendNamesEachBucketsUpperBoundPerCurrency() {
        assertEquals(List.of(new LegendEntry(Heat.NONE, "0"),
                new LegendEntry(Heat.COLD, "≤ EUR 0.667 · ≤ USD 0.1"),
                new LegendEntry(Heat.WARM, "≤ EUR 1.33 · ≤ USD 0.2"),
                new LegendEntry(Heat.HOT, "≤ EUR 2.00 · ≤ USD 0.3")), SCALE.legend());
    }

    @Test
    void aRunWithoutCostSaysSo() {
        assertEquals(new LegendEntry(Heat.NONE, "no model cost in this run"), HeatScale.over(List.of()).legend().get(0));
        assertEquals("–", HeatScale.over(List.of()).legend().get(3).range());
    }
}
