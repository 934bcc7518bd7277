package dev.runlens.costs.telemetry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ModelTelemetryTotals}: event count, token sums, summed duration and cost per currency, with
 * the runtime's arithmetic: duration is a plain double sum in entry order; each currency's running
 * sum is rounded to 12 decimals after every addition; currencies appear in first-seen order.
 */
public record TelemetryTotals(long eventCount, long inputTokens, long outputTokens, long totalTokens,
                              long cachedInputTokens, long reasoningTokens, double durationMs,
                              Map<String, Double> costByCurrency) {
    public TelemetryTotals {
        costByCurrency = Collections.unmodifiableMap(new LinkedHashMap<>(costByCurrency));
    }

    /** Sums entries exactly as the runtime's {@code addEntry} does. */
    static TelemetryTotals of(Iterable<TelemetryEntry> entries) {
        long events = 0;
        long in = 0;
        long out = 0;
        long total = 0;
        long cached = 0;
        long reasoning = 0;
        double duration = 0;
        LinkedHashMap<String, Double> cost = new LinkedHashMap<>();
        for (TelemetryEntry e : entries) {
            events++;
            if (e.usage().isPresent()) {
                var u = e.usage().get();
                in = add(in, u.inputTokens().orElse(0));
                out = add(out, u.outputTokens().orElse(0));
                total = add(total, e.derivedTotalTokens());
                cached = add(cached, u.cachedInputTokens().orElse(0));
                reasoning = add(reasoning, u.reasoningTokens().orElse(0));
            }
            duration += e.durationMs().orElse(0);
            e.cost().ifPresent(c -> cost.put(c.currency(),
                    JsArithmetic.roundAmount(cost.getOrDefault(c.currency(), 0.0) + c.amount())));
        }
        return new TelemetryTotals(events, in, out, total, cached, reasoning, duration, cost);
    }

    /** Saturating, so a sum beyond 2^53 - 1 stays detectable (the runtime's schema then throws). */
    private static long add(long a, long b) {
        long s = a + b;
        return s < a ? Long.MAX_VALUE : s;
    }

    /** Why the runtime's output schema would refuse these totals, or null when it accepts them. */
    String rejection() {
        long[] counts = {inputTokens, outputTokens, totalTokens, cachedInputTokens, reasoningTokens};
        String[] names = {"inputTokens", "outputTokens", "totalTokens", "cachedInputTokens", "reasoningTokens"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > JsArithmetic.MAX_SAFE_INTEGER) return names[i] + " exceeds Number.MAX_SAFE_INTEGER";
        }
        if (!Double.isFinite(durationMs)) return "durationMs is not finite";
        for (Map.Entry<String, Double> c : costByCurrency.entrySet()) {
            if (!Double.isFinite(c.getValue())) return "costByCurrency." + c.getKey() + " is not finite";
        }
        return null;
    }
}
