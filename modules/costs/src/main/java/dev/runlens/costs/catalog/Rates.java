package dev.runlens.costs.catalog;

import java.util.Optional;

/**
 * A model's token prices for one period, per million tokens in the catalog's currency. An absent
 * {@code cachedInput}, {@code cacheWrite} or {@code reasoning} price means those tokens cost the
 * input (or output) price, as genai-prices and providers bill them; an absent input or output price
 * means the price is unknown, never zero.
 */
public record Rates(Optional<Rate> input, Optional<Rate> output, Optional<Rate> cachedInput,
                    Optional<Rate> cacheWrite, Optional<Rate> reasoning) {

    public boolean isEmpty() {
        return input.isEmpty() && output.isEmpty() && cachedInput.isEmpty() && cacheWrite.isEmpty() && reasoning.isEmpty();
    }
}
