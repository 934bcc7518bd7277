package dev.runlens.replay.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ValuesTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            gpt*,        gpt-4.1-mini,       true
            gpt*,        GPT-4o,             true
            gpt*,        o3-gpt,             false
            *mini*,      gpt-4.1-mini-2025,  true
            a*b*c,       aXXbYYc,            true
            a*b,         ab,                 true
            a*b,         abc,                false
            *,           '',                 true
            span_*,      span_ended,         true
            claude-*-4*, claude-sonnet-4-5,  true
            Straße*,     STRASSE,            false
            """)
    void globsMatchTheWholeValueIgnoringCase(String pattern, String value, boolean matches) {
        assertEquals(matches, Values.glob(pattern).test(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            500,    500
            500ms,  500
            2s,     2000
            1.5m,   90000
            2min,   120000
            1h,     3600000
            .5S,    500
            """)
    void durationsAreMillisecondsUnlessAUnitSaysOtherwise(String text, double millis) {
        assertEquals(OptionalDouble.of(millis), Values.durationMillis(text));
    }

    @ParameterizedTest
    @CsvSource({"fast", "2 s", "2sec", "1e999", "NaN", "-"})
    void notADuration(String text) {
        assertFalse(Values.durationMillis(text).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"1e999", "Infinity", "NaN", "0x10", "'1,5'", "--1", "''"})
    void notANumber(String text) {
        assertFalse(Values.number(text).isPresent());
    }

    @Test
    void containsIgnoresCaseWithoutLosingPositions() {
        assertEquals(true, Values.containsIgnoreCase("Liability CAP of 6 months", "liability cap"));
        assertEquals(false, Values.containsIgnoreCase("abc", "abcd"));
        assertEquals(true, Values.containsIgnoreCase("anything", ""));
    }

    @Test
    void aGlobWithManyStarsOnALongTextStaysFast() {
        String text = "a".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertFalse(Values.glob("*a*a*a*a*a*a*a*a*a*a*b").test(text)));
    }
}
