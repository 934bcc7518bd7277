package dev.runlens.app.costs;

import dev.runlens.replay.analysis.CostLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How costs read: exact decimals per currency (never added across currencies), calls without a
 * cost as {@code unpriced} (never 0), shares as percentages, durations in s / min.
 */
final class CostText {
    static final String NONE = "—";
    static final String UNPRICED = "unpriced";

    private CostText() {}

    /** {@code USD 0.0123}, {@code EUR 0.5 · USD 0.01}, {@code USD 0.01 + 2 unpriced}, {@code unpriced}, or {@code —}. */
    static String cost(CostLine line) {
        List<String> parts = new ArrayList<>();
        line.cost().forEach((cur, amount) -> parts.add(money(cur, amount)));
        String priced = String.join(" · ", parts);
        if (line.unpriced() == 0) return priced.isEmpty() ? NONE : priced;
        if (priced.isEmpty()) return line.unpriced() == 1 ? UNPRICED : line.unpriced() + " " + UNPRICED;
        return priced + " + " + line.unpriced() + " " + UNPRICED;
    }

    static String money(String currency, BigDecimal amount) {
        return currency + " " + amount.stripTrailingZeros().toPlainString();
    }

    /** {@code 42.1 %} when the run has one currency, {@code EUR 3.0 % · USD 42.1 %} when it has several. */
    static String share(CostLine line, CostLine total, Set<String> currencies) {
        List<String> parts = new ArrayList<>();
        for (String cur : currencies) {
            line.share(cur, total).ifPresent(s -> parts.add((currencies.size() == 1 ? "" : cur + " ") + percent(s)));
        }
        return parts.isEmpty() ? NONE : String.join(" · ", parts);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** {@code 850 ms}, {@code 1.5 s}, {@code 2 min 05 s}. */
    static String duration(double ms) {
        if (ms <= 0) return NONE;
        if (ms < 1000) return String.format(Locale.ROOT, "%.0f ms", ms);
        if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        long s = Math.round(ms / 1000);
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** {@code 12,345} (grouping commas whatever the locale). */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Amounts by currency for a chart (doubles; the table keeps exact decimals). */
    static double value(Map<String, BigDecimal> cost, String currency) {
        BigDecimal a = cost.get(currency);
        return a == null ? 0 : a.doubleValue();
    }
}
