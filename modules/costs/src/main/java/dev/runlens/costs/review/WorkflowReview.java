package dev.runlens.costs.review;

import dev.runlens.costs.Money;
import dev.runlens.costs.routing.Adherence;

import java.util.List;
import java.util.Optional;

/**
 * One workflow in the weekly review: this week and the baseline week, the change per currency and
 * its drift split, capability-split adherence this week, budget against actual, the savings if its
 * above-policy calls had been routed per policy, and how many steps look mechanical.
 */
public record WorkflowReview(String workflowId, WeekFigures thisWeek, WeekFigures baseline, Money change, List<Drift> drift,
                             Adherence adherence, Optional<BudgetCheck> budget, Money routingSavings, int mechanicalSteps) {
    public WorkflowReview {
        drift = List.copyOf(drift);
    }
}
