package dev.runlens.cli;

import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.workbench.CostSettings;
import dev.runlens.workbench.DateRange;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options shared by {@code costs} and {@code review}: the cost basis and the price, contract and policy files. */
final class CostOptions {
    @Option(names = "--reprice", paramLabel = "MODE",
            description = "Cost basis instead of the recorded costs: as-of (catalog price of each call's day), today, contract.")
    String reprice;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Price file (genai-prices data.json, LiteLLM model_prices_and_context_window.json or runlens-rates/1), "
                    + "consulted before the bundled genai-prices snapshot. Repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--catalog-date", paramLabel = "DATE", description = "Day LiteLLM files' prices apply from (they carry no dates).")
    LocalDate catalogDate;

    @Option(names = "--contract", paramLabel = "FILE", description = "Contract rates (runlens-rates/1) for --reprice contract. Repeatable.")
    List<Path> contracts = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE|DIR",
            description = "Routing policy (runlens-routing-policy/1), or a folder of them. Repeatable.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--library", paramLabel = "DIR",
            description = "A RunLens library folder (the app's; it holds library.db): its runs, each once, read from the kept "
                    + "originals. A folder given as FILES that holds library.db is read as a library too. Repeatable.")
    List<Path> libraries = new ArrayList<>();

    @Option(names = "--today", paramLabel = "DATE", description = "The day taken as today (default: the UTC date).")
    LocalDate today;

    /** The runs of {@code inputs} and the {@code --library} folders; at least one must be given. */
    RunSet runs(CommandLine cmd, Workbench workbench, List<Path> inputs) {
        List<Path> given = inputs == null ? List.of() : inputs;
        if (given.isEmpty() && libraries.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "give run bundle files, folders or a library (LIBRARY-or-FILES or --library DIR)");
        }
        return workbench.loadRuns(given, libraries, DateRange.ALL);
    }

    CostSettings settings(CommandLine cmd) {
        RepriceMode mode = RepriceMode.RECORDED;
        if (reprice != null) {
            mode = RepriceMode.parse(reprice).filter(m -> m != RepriceMode.RECORDED).orElseThrow(() -> new CommandLine.ParameterException(cmd,
                    "--reprice must be as-of, today or contract, not '" + reprice + "'"));
        }
        if (mode == RepriceMode.CONTRACT && contracts.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "--reprice contract needs at least one --contract FILE");
        }
        return new CostSettings(mode, catalogs, Optional.ofNullable(catalogDate), contracts, policies,
                today != null ? today : LocalDate.now(ZoneOffset.UTC));
    }
}
