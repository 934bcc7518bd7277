package dev.runlens.replay.analysis;

import java.math.BigDecimal;
import java.util.List;

/** The most expensive path through the DAG in one currency (amounts of other currencies never mix in). */
public record CostPath(String currency, List<String> stepIds, BigDecimal amount) {
    public CostPath {
        stepIds = List.copyOf(stepIds);
    }
}
