package dev.runlens.costs;

import dev.runlens.costs.catalog.CatalogFiles;
import dev.runlens.costs.catalog.PriceBook;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Price books for tests: the bundled snapshot, and the sample generator's own (illustrative) price table. */
public final class Prices {
    private Prices() {}

    /** {@code sample-contract-rates.json}: the table the sample bundles' recorded costs were computed with. */
    public static Path sampleRatesFile() {
        try {
            return Path.of(Prices.class.getResource("sample-contract-rates.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CatalogFiles.Loaded sampleRates() {
        try {
            return CatalogFiles.read(sampleRatesFile(), Optional.empty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample table as contract rates over the bundled catalog. */
    public static PriceBook contractOverBundled() {
        return PriceBook.of(List.of(), List.of(sampleRates()), true);
    }

    /** The sample table as the only catalog (no contract). */
    public static PriceBook sampleCatalogOnly() {
        return PriceBook.of(List.of(sampleRates()), List.of(), false);
    }
}
