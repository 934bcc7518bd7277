package dev.runlens.costs.routing;

import dev.runlens.costs.policy.RoutingPolicy;

import java.util.List;
import java.util.Optional;

/** One workflow step across the runs in scope: its policy rule (if any) and the models it ran on. */
public record StepUse(String workflowId, String stepId, Optional<RoutingPolicy.StepRule> rule, List<ModelUse> models) {
    public StepUse {
        models = List.copyOf(models);
    }

    public boolean offPolicy() {
        return models.stream().anyMatch(m -> m.verdict() == Verdict.ABOVE_POLICY || m.verdict() == Verdict.BELOW_POLICY);
    }
}
