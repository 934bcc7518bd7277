package dev.runlens.workbench;

import dev.runlens.costs.rollup.CostRow;

import java.util.List;

/**
 * What the costs dashboard shows, from one pricing of the runs: {@code daily} is the cost table by
 * workflow and UTC day (with the runs, unpriced receipts and price sources), {@code byWorkflow}
 * and {@code byModel} the whole range by workflow (cost per outcome) and by model (model mix).
 */
public record CostOverview(CostReport daily, List<CostRow> byWorkflow, List<CostRow> byModel) {
    public CostOverview {
        byWorkflow = List.copyOf(byWorkflow);
        byModel = List.copyOf(byModel);
    }
}
