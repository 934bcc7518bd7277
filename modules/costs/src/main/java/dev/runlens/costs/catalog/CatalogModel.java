package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One model of a catalog: the names it covers, its dated price rows (in row order, later rows
 * win), its currency, and the capability tier the catalog gives it, if any.
 */
public record CatalogModel(String provider, String id, Optional<String> name, ModelMatch match, String currency,
                           List<PriceRow> rows, Optional<Tier> tier) {
    public CatalogModel {
        rows = List.copyOf(rows);
    }

    /**
     * The row in force at {@code t}: as genai-prices decides, the last row whose date and time window
     * hold; unlike genai-prices, nothing when {@code t} is before every row's {@code validFrom}
     * (a price that did not exist yet is unknown, not the first one).
     */
    public Optional<PriceRow> rowAt(Instant t) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).appliesAt(t)) return Optional.of(rows.get(i));
        }
        return Optional.empty();
    }
}
