package dev.runlens.workbench;

import dev.runlens.costs.reprice.RepriceMode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How to cost runs: the basis ({@link RepriceMode}), price files (catalogs before the bundled
 * snapshot; {@code catalogDate} dates LiteLLM files, which carry no dates), contract rate files,
 * routing policy files or folders, and the day that counts as today (repricing at today's prices,
 * tiering by price).
 */
public record CostSettings(RepriceMode mode, List<Path> catalogs, Optional<LocalDate> catalogDate, List<Path> contracts,
                           List<Path> policies, LocalDate today) {
    public CostSettings {
        catalogs = List.copyOf(catalogs);
        contracts = List.copyOf(contracts);
        policies = List.copyOf(policies);
    }

    /** Recorded costs, the bundled catalog, no contracts or policies. */
    public static CostSettings recorded(LocalDate today) {
        return new CostSettings(RepriceMode.RECORDED, List.of(), Optional.empty(), List.of(), List.of(), today);
    }
}
