package dev.runlens.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Currencies bucket as the runtime's {@code currency.trim().toUpperCase()} does (expected values from Node 20). */
class TotalsCurrencyTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiterString = " -> ", textBlock = """
            ' usd ' -> USD
            '\u00a0eur\ufeff' -> EUR
            '\u2028chf\u3000' -> CHF
            '\u001cgbp' -> '\u001cGBP'
            'straße' -> STRASSE
            """)
    void trimsAndUpperCasesAsJavaScript(String written, String bucket) {
        assertEquals(bucket, Totals.currency(written));
    }
}
