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

    /** The regular expression the parser replaced, kept as the oracle for the hand-written one. */
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:Z|([+-])(\\d{2}):(\\d{2}))");

    private static Optional<Instant> byPattern(String text) {
        java.util.regex.Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) return Optional.empty();
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        long offset = 0;
        if (m.group(8) != null) {
            int oh = Integer.parseInt(m.group(9));
            int om = Integer.parseInt(m.group(10));
            if (oh > 23 || om > 59) return Optional.empty();
            offset = (oh * 3600L + om * 60L) * (m.group(8).equals("-") ? -1 : 1);
        }
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        return Optional.of(Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offset, nanos));
    }

    @org.junit.jupiter.api.Test
    void agreesWithTheRegularExpressionOnMutatedTimestamps() {
        java.util.Random random = new java.util.Random(20261123);
        String[] seeds = {"2026-10-06T10:04:10.000Z", "2026-10-06T12:04:10.5+02:00", "2024-02-29T23:59:59-23:59",
                "0000-01-01T00:00:00Z", "2026-10-06T10:04:10.123456789123Z"};
        String alphabet = "0123456789-:T.Z+z ٣";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int k = random.nextInt(4); k > 0; k--) {
                int at = random.nextInt(sb.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
                    default -> { if (at < sb.length()) sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length()))); }
                }
            }
            String text = sb.toString();
            assertEquals(byPattern(text), Timestamps.parse(text), text);
        }
    }
}
