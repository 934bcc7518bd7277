package dev.runlens.costs.rollup;

import dev.runlens.costs.Money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a cost table: a key of the dimension (with the workflow version when grouped by
 * workflow) in a period ({@code ""}, a day, or an ISO week). {@code cost} holds the priced receipts
 * only; {@code unpriced} says how many receipts are not in it. {@code waste} is the cost in failed,
 * rejected and cancelled runs, {@code retries} the cost of superseded step attempts.
 * {@code costPerCompleted} is the whole cost over completed runs (what one good outcome costs,
 * waste included); {@code units} and {@code costPerUnit} appear for workflows whose policy declares
 * a unit of output (units of completed runs only).
 */
public record CostRow(String key, Optional<Long> version, String period, int runs, Map<RunOutcome, Integer> outcomes,
                      int receipts, long inputTokens, long outputTokens, Money cost, Money waste, Money retries, int unpriced,
                      Optional<String> unitName, Optional<BigDecimal> units, Optional<Money> costPerCompleted,
                      Optional<Money> costPerUnit) {
    public CostRow {
        EnumMap<RunOutcome, Integer> m = new EnumMap<>(RunOutcome.class);
        for (RunOutcome o : RunOutcome.values()) m.put(o, outcomes.getOrDefault(o, 0));
        outcomes = Collections.unmodifiableMap(m);
    }

    public int completed() {
        return outcomes.get(RunOutcome.COMPLETED);
    }
}
