package dev.runlens.app.dag;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the DAG writes tokens, money and durations (locale-independent, so tests can read them). */
final class Formats {
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

    private Formats() {}

    /** {@code 12,345 tok}. */
    static String tokens(long n) {
        return String.format(Locale.ROOT, "%,d tok", n);
    }

    /** {@code USD 0.0123}: two decimals from 1 up, else three significant digits; never rounded to zero. */
    static String money(String currency, BigDecimal amount) {
        return currency + " " + amount(amount);
    }

    static String amount(BigDecimal amount) {
        BigDecimal a = amount.abs().compareTo(BigDecimal.ONE) >= 0
                ? amount.setScale(2, RoundingMode.HALF_UP)
                : amount.round(THREE_DIGITS).stripTrailingZeros();
        return a.signum() == 0 ? "0" : a.toPlainString();
    }

    /** Each currency's amount, currencies in order, joined by a middle dot; empty for none. */
    static String money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> money(e.getKey(), e.getValue())).collect(Collectors.joining(" · "));
    }

    /** {@code 850 ms}, {@code 1.2 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(double ms) {
        if (ms < 1000) return String.format(Locale.ROOT, "%.0f ms", ms);
        double s = ms / 1000;
        if (s < 60) return String.format(Locale.ROOT, "%.1f s", s);
        long secs = Math.round(s);
        if (secs < 3600) return String.format(Locale.ROOT, "%d min %02d s", secs / 60, secs % 60);
        return String.format(Locale.ROOT, "%d h %02d min", secs / 3600, (secs % 3600) / 60);
    }
}
