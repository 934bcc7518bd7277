package dev.runlens.store;

import java.util.List;

/** The results in order; {@code cancelled}: the import stopped between two files and can be resumed. */
public record ImportSummary(List<ImportResult> results, boolean cancelled) {
    public ImportSummary {
        results = List.copyOf(results);
    }

    public long count(ImportResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
