package dev.runlens.workbench;

import dev.runlens.costs.Money;
import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.rollup.RunCost;

import java.util.List;

/**
 * A cost table over a set of runs: rows by dimension and period, the runs behind them, the total,
 * the receipts left out because they could not be priced (with why), the recorded − recomputed
 * gap when repricing, the price sources used, and the files that were skipped.
 */
public record CostReport(RepriceMode mode, Dimension by, Period period, List<CostRow> rows, List<RunCost> runs, Money total,
                         Money gap, List<ReceiptPrice> unpriced, List<Provenance> sources, List<RunSet.Skipped> skipped) {
    public CostReport {
        rows = List.copyOf(rows);
        runs = List.copyOf(runs);
        unpriced = List.copyOf(unpriced);
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }
}
