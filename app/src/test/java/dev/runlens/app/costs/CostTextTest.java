package dev.runlens.app.costs;

import dev.runlens.replay.Totals;
import dev.runlens.replay.analysis.CostLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How amounts, unpriced calls, shares and durations read in the Costs tab. */
class CostTextTest {
    private static CostLine line(long calls, long unpriced, String cost) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        if (!cost.isBlank()) {
            for (String part : cost.split(" ")) amounts.put(part.split("=")[0], new BigDecimal(part.split("=")[1]));
        }
        return new CostLine("s", Optional.empty(), new Totals(calls, 0, 0, 0, 0, 0, 0, amounts), unpriced, 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 | USD=0.0015448000000000003 | USD 0.0015448000000000003
            2 | 0 | EUR=0.50 USD=0.01         | EUR 0.5 · USD 0.01
            3 | 1 | USD=0.01                  | USD 0.01 + 1 unpriced
            1 | 1 | ' '                       | unpriced
            2 | 2 | ' '                       | 2 unpriced
            0 | 0 | ' '                       | —
            1 | 0 | USD=0                     | USD 0
            """)
    void costsReadAsExactAmountsPerCurrencyAndUnpricedCallsAreNeverZero(long calls, long unpriced, String cost, String shown) {
        assertEquals(shown, CostText.cost(line(calls, unpriced, cost)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            USD=0.25          | USD=1              | 25.0 %
            USD=0.25          | EUR=2 USD=1        | USD 25.0 %
            EUR=1 USD=0.125   | EUR=2 USD=1        | EUR 50.0 % · USD 12.5 %
            ' '               | USD=1              | —
            USD=0.0004        | USD=0.0006         | 66.7 %
            """)
    void sharesArePercentagesOfTheRunPerCurrency(String mine, String total, String shown) {
        CostLine whole = line(1, 0, total);
        Set<String> currencies = whole.cost().keySet();
        assertEquals(shown, CostText.share(line(1, 0, mine), whole, currencies));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      —
            850,    850 ms
            1464,   1.5 s
            86839,  1 min 27 s
            125000, 2 min 05 s
            """)
    void durationsReadInMillisecondsSecondsOrMinutes(double ms, String shown) {
        assertEquals(shown, CostText.duration(ms));
    }
}
