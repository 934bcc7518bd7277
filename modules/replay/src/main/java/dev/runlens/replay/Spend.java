package dev.runlens.replay;

import java.util.Map;

/**
 * Model spend up to one trace position: per step (every workflow step, i.e. every DAG node, is
 * present, zero when it has spent nothing; step ids outside the workflow follow), responses
 * without a step, and the run total.
 */
public record Spend(Map<String, Totals> byStep, Totals unattributed, Totals total) {
    public Spend {
        byStep = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStep));
    }

    public Totals step(String stepId) {
        return byStep.getOrDefault(stepId, Totals.ZERO);
    }
}
