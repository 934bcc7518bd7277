package dev.runlens.replay;

import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.Usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tokens, duration and cost of {@code model_io} responses, summed the way the runtime's
 * {@code summarizeModelTelemetry} counts them: responses only, {@code totalTokens} as reported
 * or else input + output, currencies trimmed and upper-cased and never added to each other. Each
 * amount is taken as the decimal JavaScript prints for it and summed exactly (the runtime rounds
 * every running sum to 12 decimals instead).
 */
public record Totals(long responses, long inputTokens, long outputTokens, long totalTokens, long cachedInputTokens,
                     long reasoningTokens, double durationMs, Map<String, BigDecimal> cost) {
    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, Map.of());

    public Totals {
        cost = Collections.unmodifiableMap(new TreeMap<>(cost));
    }

    /**
     * The currency as the runtime buckets it ({@code trim().toUpperCase()}): JavaScript's {@code trim}
     * removes white space and line terminators as ECMAScript defines them (including U+00A0, U+FEFF
     * and every space separator, but not U+001C..U+001F, which Java's {@code strip} removes).
     */
    public static String currency(String written) {
        return jsTrim(written).toUpperCase(Locale.ROOT);
    }

    /** ECMAScript {@code String.prototype.trim}. */
    public static String jsTrim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && jsSpace(s.charAt(from))) from++;
        while (to > from && jsSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    private static boolean jsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0xFEFF || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    public Totals plus(ModelIo e) {
        long in = inputTokens;
        long out = outputTokens;
        long total = totalTokens;
        long cached = cachedInputTokens;
        long reasoning = reasoningTokens;
        if (e.usage().isPresent()) {
            Usage u = e.usage().get();
            in += u.inputTokens().orElse(0);
            out += u.outputTokens().orElse(0);
            total += u.totalTokens().orElse(u.inputTokens().orElse(0) + u.outputTokens().orElse(0));
            cached += u.cachedInputTokens().orElse(0);
            reasoning += u.reasoningTokens().orElse(0);
        }
        Map<String, BigDecimal> c = cost;
        if (e.cost().isPresent()) {
            Cost k = e.cost().get();
            c = new TreeMap<>(cost);
            c.merge(currency(k.currency()), amount(k.amount()), BigDecimal::add);
        }
        return new Totals(responses + 1, in, out, total, cached, reasoning,
                durationMs + e.durationMs().orElse(0), c);
    }

    static BigDecimal amount(double v) {
        return Double.isFinite(v) ? new BigDecimal(JsNumber.format(v)) : BigDecimal.ZERO;
    }
}
