package dev.runlens.replay;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as the protocol writes them (zod's {@code datetime({offset: true})}): date, {@code T},
 * time with seconds and any number of fraction digits, {@code Z} or {@code ±hh:mm} with hours up
 * to 23. Parsed by hand because {@link java.time.OffsetDateTime} stops at ±18:00 and 9 digits;
 * digits beyond nanoseconds are dropped.
 */
public final class Timestamps {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:Z|([+-])(\\d{2}):(\\d{2}))");

    private Timestamps() {}

    public static Optional<Instant> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        int hour = num(m, 4);
        int minute = num(m, 5);
        int second = num(m, 6);
        if (hour > 23 || minute > 59 || second > 59) return Optional.empty();
        LocalDate date;
        try {
            date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        long offset = 0;
        if (m.group(8) != null) {
            int oh = num(m, 9);
            int om = num(m, 10);
            if (oh > 23 || om > 59) return Optional.empty();
            offset = (oh * 3600L + om * 60L) * (m.group(8).equals("-") ? -1 : 1);
        }
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        long seconds = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offset;
        return Optional.of(Instant.ofEpochSecond(seconds, nanos));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Milliseconds from {@code from} to {@code to} (negative when the clock went backwards). */
    public static OptionalDouble millisBetween(String from, String to) {
        Optional<Instant> a = parse(from);
        Optional<Instant> b = parse(to);
        if (a.isEmpty() || b.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(Duration.between(a.get(), b.get()).toNanos() / 1e6);
    }
}
