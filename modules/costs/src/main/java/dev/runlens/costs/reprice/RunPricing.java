package dev.runlens.costs.reprice;

import dev.runlens.costs.Money;

import java.util.List;

/**
 * The receipts of one run priced at one basis: recorded and recomputed totals per currency, the
 * gap (recomputed − recorded over the receipts where both exist in one currency), and how many
 * receipts could not be priced or compared.
 */
public record RunPricing(String runId, RepriceMode mode, List<ReceiptPrice> receipts, Money recorded, Money recomputed,
                         Money gap, int unpriced, int notComparable) {
    public RunPricing {
        receipts = List.copyOf(receipts);
    }

    /** The run's cost under its mode: recorded, or recomputed (unpriced receipts are not in it; see {@link #unpriced}). */
    public Money cost() {
        return mode == RepriceMode.RECORDED ? recorded : recomputed;
    }

    /** Receipts whose cost under the mode is unknown. */
    public List<ReceiptPrice> unpricedReceipts() {
        return receipts.stream().filter(r -> r.cost(mode).isEmpty()).toList();
    }
}
