package dev.runlens.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-10-06T10:04:10.000Z,             2026-10-06T10:04:10Z
            2026-10-06T10:04:10Z,                 2026-10-06T10:04:10Z
            2026-10-06T12:04:10.5+02:00,          2026-10-06T10:04:10.500Z
            2026-10-06T10:04:10-00:00,            2026-10-06T10:04:10Z
            2026-10-06T23:30:00+23:59,            2026-10-05T23:31:00Z
            2026-10-06T10:04:10.123456789123Z,    2026-10-06T10:04:10.123456789Z
            2024-02-29T00:00:00Z,                 2024-02-29T00:00:00Z
            """)
    void readsWhatTheSchemaAccepts(String text, String instant) {
        assertEquals(Optional.of(Instant.parse(instant)), Timestamps.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            2026-02-30T10:04:10.000Z
            2025-02-29T10:04:10Z
            2026-10-06T24:00:00Z
            2026-10-06T10:60:00Z
            2026-10-06T10:04Z
            2026-10-06t10:04:10Z
            2026-10-06T10:04:10z
            2026-10-06T10:04:10+0200
            2026-10-06T10:04:10+24:00
            2026-10-06T10:04:10
            2026-10-06
            ''
            """)
    void rejectsWhatTheSchemaRejects(String text) {
        assertEquals(Optional.empty(), Timestamps.parse(text));
    }
}
