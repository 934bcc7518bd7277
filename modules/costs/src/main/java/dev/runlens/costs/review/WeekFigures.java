package dev.runlens.costs.review;

import dev.runlens.costs.Money;
import dev.runlens.costs.rollup.RunOutcome;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One workflow in one week: runs by outcome, cost (priced receipts; {@code unpriced} left out),
 * waste and retry cost, blended cost per run, cost per completed run (waste included), units of
 * output and cost per unit when the policy declares a unit, and the workflow versions seen.
 */
public record WeekFigures(int runs, Map<RunOutcome, Integer> outcomes, Money cost, Money waste, Money retries, int unpriced,
                          Optional<Money> costPerRun, Optional<Money> costPerCompleted, Optional<BigDecimal> units,
                          Optional<Money> costPerUnit, Set<Long> versions) {
    public WeekFigures {
        outcomes = Map.copyOf(outcomes);
        versions = Set.copyOf(versions);
    }
}
