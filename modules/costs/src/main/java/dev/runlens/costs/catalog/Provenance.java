package dev.runlens.costs.catalog;

import java.util.Optional;

/**
 * Where a catalog's prices come from: dataset, version, the day it was retrieved, licence and
 * the SHA-256 of the data as read, so every repriced figure can name its source.
 */
public record Provenance(String dataset, Optional<String> version, Optional<String> retrieved,
                         Optional<String> licence, Optional<String> source, String sha256) {

    /** {@code "@pydantic/genai-prices 0.1.8 (retrieved 2026-11-23)"}. */
    public String label() {
        return dataset + version.map(v -> " " + v).orElse("") + retrieved.map(r -> " (retrieved " + r + ")").orElse("");
    }
}
