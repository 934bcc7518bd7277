package dev.runlens.costs.telemetry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pairs checked with Node 20's {@code localeCompare} under {@code LC_ALL=C.UTF-8} (root / en-US collation). */
class IcuRootOrderTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" -> {2}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            a ; A ; -1
            aB ; Ab ; -1
            A-b ; a-B ; 1
            a-b ; ab ; -1
            a_b ; a-b ; -1
            a b ; a_b ; -1
            a1 ; a10 ; -1
            a10 ; a2 ; -1
            step:x ; step:X ; -1
            step:X ; step:x_y ; -1
            step:x_y ; step:xy ; -1
            model:gpt-4.1 ; model:gpt-4.1-2025-04-14 ; -1
            provider:openai|model:o3 ; provider:openai|model:gpt-4.1 ; 1
            Z ; a ; 1
            9 ; a ; -1
            $ ; 0 ; -1
            ~ ; $ ; -1
            userId:usr_a.ferreira ; userId:usr_j.schmidt ; -1
            """)
    void ordersAsciiKeysAsNodeDoes(String a, String b, int expected) {
        assertEquals(expected, Integer.signum(IcuRootOrder.INSTANCE.compare(a, b)));
        assertEquals(-expected, Integer.signum(IcuRootOrder.INSTANCE.compare(b, a)));
    }

    @ParameterizedTest
    @CsvSource({"a\u0001,a", "a\u0001b,ab", "x,x"})
    void controlCharactersAreIgnorableSoKeysTieAndKeepTheirOrder(String a, String b) {
        assertEquals(0, IcuRootOrder.INSTANCE.compare(a, b));
    }
}
