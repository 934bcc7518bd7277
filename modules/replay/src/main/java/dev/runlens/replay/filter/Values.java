package dev.runlens.replay.filter;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** How filter values are read (numbers, durations) and compared (case-insensitive, glob). */
final class Values {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DURATION = Pattern.compile("(?<n>[-+]?(\\d+(\\.\\d*)?|\\.\\d+))(?<unit>ms|s|m|min|h)?",
            Pattern.CASE_INSENSITIVE);

    private Values() {}

    /** A decimal number ({@code 12}, {@code 0.01}, {@code 1e-3}); no NaN, infinity or hex. */
    static OptionalDouble number(String text) {
        if (!NUMBER.matcher(text).matches()) return OptionalDouble.empty();
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** A duration in milliseconds: a number with an optional unit ms (the default), s, m or min, h. */
    static OptionalDouble durationMillis(String text) {
        var m = DURATION.matcher(text);
        if (!m.matches()) return OptionalDouble.empty();
        double n = Double.parseDouble(m.group("n"));
        String unit = m.group("unit") == null ? "ms" : m.group("unit").toLowerCase(Locale.ROOT);
        double factor = switch (unit) {
            case "s" -> 1_000;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1;
        };
        double d = n * factor;
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** Whether {@code haystack} contains {@code needle}, ignoring case, without allocating. */
    static boolean containsIgnoreCase(String haystack, String needle) {
        int n = needle.length();
        if (n == 0) return true;
        char first = needle.charAt(0);
        char upper = Character.toUpperCase(first);
        char lower = Character.toLowerCase(first);
        for (int i = 0, last = haystack.length() - n; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == upper || c == lower || Character.toLowerCase(c) == lower)
                    && haystack.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole-string glob ({@code *} = any run of characters), ignoring case. Matched greedily
     * with one backtrack point (no regex), so no pattern can make a long text take more than
     * O(text × pattern) steps.
     */
    static Predicate<String> glob(String pattern) {
        return s -> globMatches(pattern, s);
    }

    private static boolean globMatches(String p, String s) {
        int i = 0;
        int j = 0;
        int star = -1;
        int mark = 0;
        while (i < s.length()) {
            if (j < p.length() && p.charAt(j) != '*' && sameIgnoringCase(p.charAt(j), s.charAt(i))) {
                i++;
                j++;
            } else if (j < p.length() && p.charAt(j) == '*') {
                star = j++;
                mark = i;
            } else if (star >= 0) {
                j = star + 1;
                i = ++mark;
            } else {
                return false;
            }
        }
        while (j < p.length() && p.charAt(j) == '*') j++;
        return j == p.length();
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** A value as it would be typed: bare when it is one plain word, else in double quotes. */
    static String quoteIfNeeded(String v) {
        boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\''
                || c == '(' || c == ')' || c == '\\');
        return plain ? v : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
