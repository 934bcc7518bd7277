package dev.runlens.replay;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Timestamps as the protocol writes them (zod's {@code datetime({offset: true})}): date, {@code T},
 * time with seconds and any number of fraction digits, {@code Z} or {@code ±hh:mm} with hours up
 * to 23. Parsed by hand because {@link java.time.OffsetDateTime} stops at ±18:00 and 9 digits;
 * digits beyond nanoseconds are dropped.
 */
public final class Timestamps {
    private Timestamps() {}

    /**
     * The instant {@code text} denotes, or empty when it is not of the protocol's form or names no
     * real date or time. The form is {@code dddd-dd-ddTdd:dd:dd(.d+)?(Z|[+-]dd:dd)}, whole string,
     * ASCII digits; checked character by character (it runs for every event of a long trace).
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.length() < 20) return Optional.empty();
        int n = text.length();
        if (!digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2) || text.charAt(10) != 'T' || !digits(text, 11, 2) || text.charAt(13) != ':'
                || !digits(text, 14, 2) || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return Optional.empty();
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int first = ++i;
            while (i < n && digit(text.charAt(i))) {
                if (i - first < 9) nanos = nanos * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == first) return Optional.empty();
            for (int k = i - first; k < 9; k++) nanos *= 10;
        }
        long offset;
        if (i == n - 1 && text.charAt(i) == 'Z') {
            offset = 0;
        } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && digits(text, i + 1, 2)
                && text.charAt(i + 3) == ':' && digits(text, i + 4, 2)) {
            int oh = num(text, i + 1, 2);
            int om = num(text, i + 4, 2);
            if (oh > 23 || om > 59) return Optional.empty();
            offset = (oh * 3600L + om * 60L) * (text.charAt(i) == '-' ? -1 : 1);
        } else {
            return Optional.empty();
        }
        int hour = num(text, 11, 2);
        int minute = num(text, 14, 2);
        int second = num(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) return Optional.empty();
        LocalDate date;
        try {
            date = LocalDate.of(num(text, 0, 4), num(text, 5, 2), num(text, 8, 2));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        long seconds = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offset;
        return Optional.of(Instant.ofEpochSecond(seconds, nanos));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!digit(s.charAt(i))) return false;
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    /** Milliseconds from {@code from} to {@code to} (negative when the clock went backwards). */
    public static OptionalDouble millisBetween(String from, String to) {
        Optional<Instant> a = parse(from);
        Optional<Instant> b = parse(to);
        if (a.isEmpty() || b.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(Duration.between(a.get(), b.get()).toNanos() / 1e6);
    }
}
