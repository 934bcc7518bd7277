package dev.runlens.cli;

import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.workbench.CostReport;
import dev.runlens.workbench.CostSetupException;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens costs [--json|--csv] [--by D] [--daily|--weekly] [--since D] [--reprice M] [--library DIR] LIBRARY-or-FILES...} */
@Command(name = "costs",
        description = {"Cost of runs by workflow (and version), step, model, provider, user,",
                "tenant or plan; over all time, per UTC day or per ISO week of the runs'",
                "start: runs by outcome, calls, tokens, cost, waste (failed, rejected,",
                "cancelled runs), retries, cost per completed run, and cost per unit of",
                "output where a routing policy declares a unit. Costs are the recorded",
                "ones, or repriced (--reprice) without changing the receipts. Calls that",
                "cannot be priced are counted apart, never as 0; currencies never added.",
                "Exit codes: 0 every call priced, 1 some calls could not be priced, 2 a",
                "named file or a price or policy file cannot be used, 64 usage error."},
        mixinStandardHelpOptions = true)
final class CostsCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "One JSON object.")
        boolean json;

        @Option(names = "--csv", description = "RFC 4180 CSV, one record per group and currency.")
        boolean csv;
    }

    @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "workflow",
            description = "workflow, step, model, provider, user, tenant or plan (default: ${DEFAULT-VALUE}).")
    String by;

    @CommandLine.ArgGroup(exclusive = true)
    Bucket bucket = new Bucket();

    static final class Bucket {
        @Option(names = "--daily", description = "One group per UTC day.")
        boolean daily;

        @Option(names = "--weekly", description = "One group per ISO week.")
        boolean weekly;
    }

    @Option(names = "--since", paramLabel = "DATE", description = "Only runs started on or after this UTC day.")
    LocalDate since;

    @Mixin
    CostOptions options;

    @Parameters(paramLabel = "LIBRARY-or-FILES", arity = "0..*",
            description = "Run bundle files, folders of them (*.json, not recursive), or a RunLens library folder.")
    List<Path> inputs;

    CostsCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        Dimension d = Dimension.parse(by).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--by must be workflow, step, model, provider, user, tenant or plan, not '" + by + "'"));
        Period p = bucket.daily ? Period.DAY : bucket.weekly ? Period.WEEK : Period.ALL;
        var settings = options.settings(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        RunSet set = options.runs(spec.commandLine(), workbench, inputs);
        CostReport report;
        try {
            report = workbench.costs(set, settings, d, p, Optional.ofNullable(since));
        } catch (CostSetupException e) {
            err.println("runlens costs: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.csv) out.print(workbench.costsCsv(report));
        else out.println(format.json ? Json.line(CostsJson.of(report, Optional.ofNullable(since))) : CostsText.render(report));
        out.flush();
        if (!format.json) set.skipped().forEach(s -> err.println("runlens costs: skipped " + s.file() + ": " + Terminal.safe(s.reason())));
        if (set.namedFileUnusable()) return ExitCodes.UNREADABLE_OR_REJECTED;
        return report.unpriced().isEmpty() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
    }
}
