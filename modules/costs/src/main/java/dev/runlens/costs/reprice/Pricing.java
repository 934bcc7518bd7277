package dev.runlens.costs.reprice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A recomputed price: the amount and currency, the source (catalog or contract, by name), the
 * price row's first day, and the billing formula.
 */
public record Pricing(BigDecimal amount, String currency, String source, boolean contract, String catalogModel,
                      Optional<LocalDate> validFrom, List<PriceLine> lines) {
    public Pricing {
        lines = List.copyOf(lines);
    }
}
