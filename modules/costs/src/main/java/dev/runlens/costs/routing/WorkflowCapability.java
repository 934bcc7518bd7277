package dev.runlens.costs.routing;

import dev.runlens.costs.Money;
import dev.runlens.costs.policy.RoutingPolicy;

import java.util.List;
import java.util.Optional;

/**
 * Capability matching for one workflow: each step's models against its policy, adherence, the
 * savings if every above-policy call had been routed per policy, mechanical-step suggestions, and
 * policy steps no run in scope reached.
 */
public record WorkflowCapability(String workflowId, Optional<RoutingPolicy> policy, List<StepUse> steps, Adherence adherence,
                                 Money savings, List<Suggestion> suggestions, List<String> policyStepsNotSeen) {
    public WorkflowCapability {
        steps = List.copyOf(steps);
        suggestions = List.copyOf(suggestions);
        policyStepsNotSeen = List.copyOf(policyStepsNotSeen);
    }
}
