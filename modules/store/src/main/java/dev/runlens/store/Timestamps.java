package dev.runlens.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Protocol timestamps (zod's {@code datetime({offset: true})}: seconds mandatory, any number of
 * fraction digits, {@code Z} or {@code ±hh:mm} up to 23 hours) as epoch milliseconds, for sorting and
 * durations. Parsed by hand since {@code OffsetDateTime} stops at ±18:00 and nine digits.
 */
final class Timestamps {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:Z|([+-])(\\d{2}):(\\d{2}))");

    private Timestamps() {}

    /** Milliseconds since the epoch (with the fraction), or empty when {@code ts} is not a protocol timestamp. */
    static OptionalDouble epochMillis(String ts) {
        if (ts == null) return OptionalDouble.empty();
        Matcher m = FORM.matcher(ts);
        if (!m.matches()) return OptionalDouble.empty();
        int h = num(m, 4), min = num(m, 5), s = num(m, 6);
        if (h > 23 || min > 59 || s > 59) return OptionalDouble.empty();
        long day;
        try {
            day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toEpochDay();
        } catch (DateTimeException e) {
            return OptionalDouble.empty();
        }
        long offset = 0;
        if (m.group(8) != null) {
            int oh = num(m, 9), om = num(m, 10);
            if (oh > 23 || om > 59) return OptionalDouble.empty();
            offset = (oh * 3600L + om * 60L) * (m.group(8).equals("-") ? -1 : 1);
        }
        long seconds = day * 86_400L + h * 3600L + min * 60L + s - offset;
        String fraction = m.group(7) == null ? "0" : m.group(7);
        double frac = Double.parseDouble("0." + fraction);
        return OptionalDouble.of(seconds * 1000.0 + frac * 1000.0);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
