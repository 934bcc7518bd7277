package dev.runlens.costs.routing;

import dev.runlens.costs.Money;
import dev.runlens.costs.Tier;

import java.util.Optional;

/**
 * A step that looks mechanical (short outputs relative to its input, no tool use, no reasoning)
 * but runs above the small tier: the evidence, the estimated savings at the small tier's target,
 * and the policy rule it would contradict, if one asks for more.
 */
public record Suggestion(String workflowId, String stepId, Tier suggested, Evidence evidence, Optional<String> target,
                         Money savings, Optional<String> policyConflict) {}
