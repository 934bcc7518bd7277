package dev.runlens.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trace timestamps ({@code z.string().datetime({offset: true})}: {@code Z} or {@code ±hh:mm},
 * any number of fractional digits) as instants; digits beyond nanoseconds are dropped.
 */
public final class Timestamps {
    private static final Pattern FRACTION = Pattern.compile("(\\.\\d{9})\\d+");

    private Timestamps() {}

    public static Optional<Instant> parse(String ts) {
        if (ts == null) return Optional.empty();
        Matcher m = FRACTION.matcher(ts);
        String s = m.find() ? m.replaceFirst("$1") : ts;
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Milliseconds from {@code from} to {@code to} (negative when the clock went backwards). */
    public static OptionalDouble millisBetween(String from, String to) {
        Optional<Instant> a = parse(from);
        Optional<Instant> b = parse(to);
        if (a.isEmpty() || b.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(Duration.between(a.get(), b.get()).toNanos() / 1e6);
    }
}
