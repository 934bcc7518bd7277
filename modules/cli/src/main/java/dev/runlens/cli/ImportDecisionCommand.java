package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.ledger.ImportResult;
import dev.runlens.signing.verify.Check;
import dev.runlens.workbench.DecisionImports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens import-decision}: verified decisions into a live run, with the exact runtime calls and the import ledger. */
@Command(name = "import-decision", mixinStandardHelpOptions = true, description = {
        "Import signed gate decisions into a live run: each is verified in full against the live run's exported bundle",
        "(--bundle; its trace may have grown past the reviewed one if it still starts with it), must answer a gate that is",
        "still pending (the latest request of its step and gate, not resolved since, pending in engine.gateState), and the",
        "trust list's requiredApprovals is enforced over distinct principals (a later rejection blocks). Prints the exact",
        "runtime calls to make (session.resolveGate / resolveCheckpoint / patchArtifact / annotate) and records each",
        "decision in the import ledger (--ledger, default the data folder's import-ledger.jsonl): importing it again is a",
        "no-op; the same decision id with another payload is a conflict.",
        "Exit codes: 0 every decision imported, awaiting approvals, blocked or already imported, 1 some rejected or in",
        "conflict, 2 the bundle, trust list, a root key, a decision or the ledger cannot be read, 64 usage error."})
final class ImportDecisionCommand implements Callable<Integer> {
    private final CliContext ctx;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin TrustOptions trust;
    @Option(names = "--json", description = "One JSON object per decision, one per line.") boolean json;
    @Option(names = "--bundle", required = true, paramLabel = "LIVE", description = "The live run, exported as a bundle now.") Path bundle;
    @Option(names = "--ledger", paramLabel = "FILE", description = "The import ledger (default: the data folder's import-ledger.jsonl).") Path ledger;
    @Option(names = "--dry-run", description = "Decide and print, record nothing.") boolean dryRun;
    @Parameters(arity = "1..*", paramLabel = "DECISION", description = "Decision files (Sigstore bundles).") List<Path> decisions;

    ImportDecisionCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var options = trust.options(ctx, spec, Optional.of(bundle), true);
        Path ledgerFile = ledger != null ? ledger : ctx.dataFolder().importLedger();
        DecisionImports.Imported imported;
        try {
            imported = ctx.imports().importDecisions(options, ledgerFile, dryRun, decisions);
        } catch (Exception e) {
            spec.commandLine().getErr().println("runlens import-decision: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json && !imported.trust().reasons().isEmpty())
            out.println("trust list: " + imported.trust().status() + ": " + String.join("; ", imported.trust().reasons()));
        for (ImportResult r : imported.results()) {
            if (json) out.println(Json.line(json(r)));
            else text(r, out);
        }
        if (!json) {
            long recorded = imported.results().stream().filter(r -> r.outcome().recorded()).count();
            out.println(imported.dryRun() ? "dry run: nothing recorded (" + recorded + " would be)"
                    : "ledger " + imported.ledger() + ": " + recorded + " recorded");
        }
        out.flush();
        return imported.allOk() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
    }

    private static void text(ImportResult r, PrintWriter out) {
        String what = r.statement().map(s -> "  " + s.predicate().decision() + " " + s.predicate().gate().stepId() + " " + s.predicate().gate().gate()
                + " by " + s.predicate().reviewer().principal()).orElse("");
        out.println(r.source() + "  " + r.outcome() + what);
        out.println("  " + r.reason());
        if (r.outcome() == ImportResult.Outcome.REJECTED) {
            for (Check c : r.report().failures()) out.println("  FAIL  " + c.name() + ": " + c.reason());
        }
        for (Check c : r.report().warnings()) out.println("  warn  " + c.name() + ": " + c.reason());
        if (!r.calls().isEmpty()) {
            out.println("  hand back:");
            RuntimeCalls.text(r.calls(), r.expectedEvent(), r.notes(), out);
        } else {
            for (String n : r.notes()) out.println("  // " + n);
        }
    }

    private static JsonValue json(ImportResult r) {
        Json.Obj o = Json.obj().put("file", r.source()).put("outcome", r.outcome().wire()).put("reason", r.reason());
        r.statement().ifPresent(s -> {
            DecisionStatement.Predicate p = s.predicate();
            o.put("decisionId", p.decisionId()).put("decision", p.decision()).put("stepId", p.gate().stepId()).put("gate", p.gate().gate())
                    .put("requestEventId", p.gate().requestEventId()).put("principal", p.reviewer().principal()).put("seq", p.log().seq());
        });
        o.put("entryDigest", r.entryDigest()).put("verdict", r.report().verdict().name().toLowerCase(Locale.ROOT));
        o.put("calls", RuntimeCalls.json(r.calls()));
        o.put("expectedEvent", r.expectedEvent().map(e -> (JsonValue) e).orElse(JsonValue.Null.INSTANCE));
        o.put("notes", Json.arr(r.notes(), Json::str));
        o.put("checks", Json.arr(r.report().checks().stream().filter(c -> c.status() != Check.Status.PASS).toList(), c -> Json.obj()
                .put("name", c.name()).put("status", c.status().name().toLowerCase(Locale.ROOT)).put("reason", c.reason()).build()));
        return o.build();
    }
}
