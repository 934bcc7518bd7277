package dev.runlens.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One workflow (and version) on one UTC day of the runs' start, as the library answers it in SQL:
 * runs (each run id once, its oldest accepted import), runs by outcome, responses and those
 * without a recorded cost, and the recorded cost and the cost of waste (failed, rejected,
 * cancelled runs) per currency, exact and never added across currencies.
 *
 * @param outcomes {@code completed}, {@code failed}, {@code rejected} (the last gate resolution
 *                 rejected), {@code cancelled}, {@code open} (running or waiting)
 */
public record DailyWorkflowCost(LocalDate day, String workflowId, Long workflowVersion, int runs, Map<String, Integer> outcomes,
                                int receipts, int unpricedReceipts, Map<String, BigDecimal> cost, Map<String, BigDecimal> waste) {
    public static final java.util.List<String> OUTCOMES = java.util.List.of("completed", "failed", "rejected", "cancelled", "open");

    public DailyWorkflowCost {
        outcomes = Collections.unmodifiableMap(new TreeMap<>(outcomes));
        cost = Collections.unmodifiableMap(new TreeMap<>(cost));
        waste = Collections.unmodifiableMap(new TreeMap<>(waste));
    }

    public int outcome(String name) {
        return outcomes.getOrDefault(name, 0);
    }
}
