package dev.runlens.store;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregates of one imported run that the library lists. Tokens and cost count
 * {@code model_io} responses the way the runtime's telemetry does ({@code totalTokens} as reported,
 * else input + output); cost is kept per currency and never added across currencies, and responses
 * without a cost are counted apart ({@code unpricedReceipts}).
 *
 * @param stepCount  steps of the workflow snapshot
 * @param durationMs start to end, or to the last trace event while the run has not ended; null when a timestamp does not parse
 * @param cost       exact decimal per currency (runtime bucketing: trimmed, upper case), sorted by currency
 */
public record RunStats(int stepCount, Double durationMs, int receipts, int unpricedReceipts, long inputTokens,
                       long outputTokens, long totalTokens, long cachedTokens, long reasoningTokens,
                       Map<String, BigDecimal> cost, int pendingGates, int errors, int warnings, int notes) {

    public static final RunStats NONE = new RunStats(0, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0);

    public RunStats {
        cost = Collections.unmodifiableMap(new TreeMap<>(cost));
    }

    /** No error and no warning finding (notes allowed). */
    public boolean clean() {
        return errors == 0 && warnings == 0;
    }
}
