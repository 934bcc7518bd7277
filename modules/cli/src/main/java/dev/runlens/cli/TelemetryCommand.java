package dev.runlens.cli;

import dev.runlens.costs.telemetry.TelemetryBucket;
import dev.runlens.costs.telemetry.TelemetryJson;
import dev.runlens.costs.telemetry.TelemetryRejected;
import dev.runlens.costs.telemetry.TelemetrySummary;
import dev.runlens.costs.telemetry.TelemetryTotals;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.WireEnum;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code runlens telemetry [--json] [--direction D]... [--now TS] FILE...} */
@Command(name = "telemetry",
        description = {"The reference runtime's telemetry ledger (summarizeModelTelemetry) over",
                "one or more runs: totals and buckets by provider, model, provider+model,",
                "step, user, tenant and plan; model responses only unless --direction says",
                "otherwise. --json gives exactly the runtime's JSON (generatedAt aside,",
                "unless --now fixes it).",
                "Exit codes: 0 shown, 1 the runtime's own output validation would throw,",
                "2 a file cannot be read or is rejected, 64 usage error."},
        mixinStandardHelpOptions = true)
final class TelemetryCommand implements Callable<Integer> {
    /** JavaScript's {@code Date.prototype.toISOString}. */
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "The runtime's summary as one JSON object.")
    boolean json;

    @Option(names = "--direction", paramLabel = "D", description = "request, response or stream_chunk (repeatable; default response).")
    List<String> directions = new ArrayList<>();

    @Option(names = "--now", paramLabel = "TIMESTAMP", description = "generatedAt to write (default: now, as JavaScript's toISOString).")
    String now;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Run bundle files, summarised together in the order given.")
    List<Path> files;

    TelemetryCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        Set<ModelDirection> wanted = EnumSet.noneOf(ModelDirection.class);
        for (String d : directions) {
            wanted.add(WireEnum.parse(ModelDirection.class, d).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--direction must be request, response or stream_chunk, not '" + d + "'")));
        }
        if (wanted.isEmpty()) wanted.add(ModelDirection.RESPONSE);
        RunSet set = workbench.loadRuns(files);
        PrintWriter err = spec.commandLine().getErr();
        if (!set.skipped().isEmpty()) {
            set.skipped().forEach(s -> err.println("runlens telemetry: " + s.file() + ": " + s.reason()));
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        TelemetrySummary s;
        try {
            s = workbench.telemetry(set, wanted, now != null ? now : ISO_MILLIS.format(Instant.now()));
        } catch (TelemetryRejected e) {
            err.println("runlens telemetry: the runtime would refuse its own summary: " + e.getMessage());
            return ExitCodes.INTEGRITY_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.line(TelemetryJson.of(s)) : text(s));
        out.flush();
        return ExitCodes.OK;
    }

    static String text(TelemetrySummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.runIds().size()).append(s.runIds().size() == 1 ? " run, " : " runs, ").append(s.entries().size()).append(" model events\n");
        sb.append(line("total", s.totals()));
        section(sb, "by provider", s.byProvider());
        section(sb, "by model", s.byProviderModel());
        section(sb, "by step", s.byStep());
        section(sb, "by user", s.byUser());
        section(sb, "by tenant", s.byTenant());
        section(sb, "by plan", s.byPlan());
        return sb.toString().stripTrailing();
    }

    private static void section(StringBuilder sb, String title, List<TelemetryBucket> buckets) {
        if (buckets.isEmpty()) return;
        sb.append(title).append('\n');
        for (TelemetryBucket b : buckets) sb.append("  ").append(line(Terminal.safe(b.label()), b.totals()));
    }

    private static String line(String label, TelemetryTotals t) {
        List<String> cost = new ArrayList<>();
        t.costByCurrency().forEach((c, a) -> cost.add(dev.runlens.protocol.json.JsNumber.format(a) + " " + Terminal.safe(c)));
        return String.format(Locale.ROOT, "%-40s %5d events  %9d in  %8d out  %8d cached  %7d reasoning  %s%n", label, t.eventCount(),
                t.inputTokens(), t.outputTokens(), t.cachedInputTokens(), t.reasoningTokens(), cost.isEmpty() ? "-" : String.join(" + ", cost));
    }
}
