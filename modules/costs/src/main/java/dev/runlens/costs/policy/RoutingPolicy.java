package dev.runlens.costs.policy;

import dev.runlens.costs.Money;
import dev.runlens.costs.Tier;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The capability split of one workflow, as its owners wrote it down: the tier each step needs and
 * why, a tier for steps not listed, the routing target per tier, the unit of output the workflow
 * produces (a number in {@code run.metadata}) and a weekly budget. Kept as a plain JSON file
 * ({@link PolicyFile}) so it is reviewed and diffed like code, and checked against the runs.
 */
public record RoutingPolicy(String workflowId, Optional<String> owner, Optional<Tier> defaultTier, Optional<OutputUnit> unit,
                            Optional<Money> weeklyBudget, Map<Tier, ModelRef> targets, Map<String, StepRule> steps) {
    public RoutingPolicy {
        targets = Collections.unmodifiableMap(new TreeMap<>(targets));
        steps = Collections.unmodifiableMap(new TreeMap<>(steps));
    }

    /** The tier a step needs and why. */
    public record StepRule(Tier tier, String reason) {}

    /** A model a tier routes to, e.g. {@code openai} / {@code gpt-4.1-mini-2025-04-14}. */
    public record ModelRef(String provider, String model) {
        @Override
        public String toString() {
            return provider + "/" + model;
        }
    }

    /** What one run produces, read from {@code run.metadata} at {@code metadataKey} (dots for nesting). */
    public record OutputUnit(String name, String metadataKey) {}

    /** The step's rule, or the default tier (with reason "default tier"), or none. */
    public Optional<StepRule> ruleFor(String stepId) {
        StepRule r = steps.get(stepId);
        if (r != null) return Optional.of(r);
        return defaultTier.map(t -> new StepRule(t, "default tier"));
    }
}
