package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.log.Checkpoint;
import dev.runlens.signing.log.LogProblem;
import dev.runlens.signing.verify.Check;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.LogAudit;
import dev.runlens.signing.verify.LogAuditReport;
import dev.runlens.signing.verify.TimeEvidence;
import dev.runlens.workbench.DecisionLogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens log checkpoint|verify}: signed checkpoints of a per-run decision log, and auditing a log. */
@Command(name = "log", mixinStandardHelpOptions = true, description = {
        "The per-run decision log (<runId>.decisions.jsonl): sign a checkpoint of it (its size, heads, entries and RFC 6962",
        "Merkle root, by a checkpointer key of the trust list), or audit it against its checkpoints and a later bundle of the run."},
        subcommands = {LogCommand.CheckpointCmd.class, LogCommand.Verify.class})
final class LogCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (checkpoint, verify)");
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true, description = {
            "Sign a checkpoint of a decision log as it stands: an in-toto Statement (predicate",
            Checkpoint.PREDICATE_TYPE + ") whose subject is lwb-decision-log/<runId> with the Merkle root, in a DSSE envelope.",
            "The key should be a checkpointer's in the trust list ('runlens trust add-checkpointer'). Writes OUT, else",
            "<runId>.checkpoint.<size>.dsse.json beside the log. Refuses a log whose chain is broken.",
            "Exit codes: 0 written, 1 refused, 2 unreadable log or key, wrong passphrase, 64 usage error."})
    static final class CheckpointCmd implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--log", required = true, paramLabel = "LOG", description = "The decision log (.jsonl).") Path log;
        @Option(names = "--key", required = true, paramLabel = "NAME", description = "The checkpointer's key (in the key folder).") String key;
        @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;
        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the checkpoint.") Path out;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.") Path passphraseFile;

        CheckpointCmd(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            char[] pass = null;
            try {
                pass = Passphrases.read(ctx, passphraseFile, "Passphrase for key " + key, false);
                DecisionLogs.Checkpointed c = ctx.logs().checkpoint(log, ctx.keys(keys), key, pass, Optional.ofNullable(out));
                PrintWriter o = spec.commandLine().getOut();
                o.println(c.file());
                o.println("  run           " + c.checkpoint().runId());
                o.println("  size          " + c.checkpoint().size());
                o.println("  heads         " + String.join(", ", c.checkpoint().heads()));
                o.println("  merkleRoot    " + c.checkpoint().merkleRoot());
                o.println("  checkpointed  " + c.checkpoint().checkpointedAt());
                o.flush();
                return ExitCodes.OK;
            } catch (SigningRefusedException e) {
                err.println("runlens log checkpoint: refused: " + e.getMessage());
                return ExitCodes.INTEGRITY_FAILED;
            } catch (Exception e) {
                err.println("runlens log checkpoint: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            } finally {
                if (pass != null) Arrays.fill(pass, '\0');
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {
            "Audit a decision log: every entry verified (bound, with --bundle, to a later bundle of the run through the reviewed",
            "trace prefix), the hash chain, each --checkpoint (signed by a checkpointer of the trust list; a log shorter than its",
            "size, or with other entries or heads, was truncated or rewritten; its time is when each listed entry existed by),",
            "and the --bundle's human_gate_resolved events, each of which must answer an accepted decision of the log.",
            "Exit codes: 0 intact and every entry verifies, 1 something failed, 2 the log, bundle, trust list, a checkpoint or a",
            "root key cannot be read, 64 usage error."})
    static final class Verify implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Mixin TrustOptions trust;
        @Option(names = "--json", description = "One JSON object.") boolean json;
        @Option(names = "--log", required = true, paramLabel = "LOG", description = "The decision log (.jsonl).") Path log;
        @Option(names = "--checkpoint", paramLabel = "FILE", description = "A signed checkpoint of the log (repeatable).") List<Path> checkpoints = List.of();
        @Option(names = "--bundle", paramLabel = "FILE", description = "A later (e.g. the final) bundle of the run.") Path bundle;

        Verify(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            var options = trust.options(ctx, spec, Optional.ofNullable(bundle), true);
            DecisionLogs.LogVerification v;
            try {
                v = ctx.logs().verify(options, log, checkpoints);
            } catch (Exception e) {
                spec.commandLine().getErr().println("runlens log verify: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(Json.line(json(v)));
            else text(v, out);
            out.flush();
            return v.ok() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
        }

        private void text(DecisionLogs.LogVerification v, PrintWriter out) {
            LogAuditReport r = v.report();
            if (!v.trust().reasons().isEmpty()) out.println("trust list: " + v.trust().status() + ": " + String.join("; ", v.trust().reasons()));
            for (Map.Entry<Integer, DecisionReport> e : r.log().lines().entrySet()) {
                DecisionReport d = e.getValue();
                String what = d.statement().filter(s -> s.predicate() != null).map(s -> "  " + s.predicate().decision() + " " + s.predicate().gate().stepId()
                        + " " + s.predicate().gate().gate() + " by " + s.predicate().reviewer().principal() + " (seq " + s.predicate().log().seq() + ")").orElse("");
                List<String> evidence = new ArrayList<>();
                d.timeEvidence().filter(t -> t.source().equals(TimeEvidence.RFC_3161)).ifPresent(t -> evidence.add(t.describe()));
                d.entryDigest().flatMap(r::existedBy).ifPresent(t -> evidence.add("existed by " + t + " (checkpoint)"));
                String existed = evidence.isEmpty() ? "" : "  " + String.join("; ", evidence);
                out.println(log + ":" + e.getKey() + "  " + d.verdict() + what + existed);
                for (Check c : d.failures()) out.println("  FAIL  " + c.name() + ": " + c.reason());
                for (Check c : d.warnings()) out.println("  warn  " + c.name() + ": " + c.reason());
            }
            for (LogProblem p : r.log().problems()) out.println("  chain " + p);
            for (LogAudit.CheckpointOutcome o : r.checkpoints()) {
                out.println(o.name() + "  checkpoint " + (o.ok() ? "OK" : "FAILED") + ": " + o.report().summary()
                        + o.report().checkpoint().map(c -> "; size " + c.size() + ", checkpointed " + c.checkpointedAt()).orElse(""));
                o.report().failures().forEach(c -> out.println("  FAIL  " + c.name() + ": " + c.reason()));
                o.consistency().stream().filter(Check::failed).forEach(c -> out.println("  FAIL  " + c.name() + ": " + c.reason()));
            }
            for (Check c : r.resolutions()) out.println(bundle + "  " + (c.failed() ? "FAIL" : c.status() == Check.Status.WARN ? "warn" : "ok  ")
                    + "  " + c.name() + ": " + c.reason());
            out.println(log + "  log of " + v.runId() + " " + (r.intact() ? "intact" : "BROKEN") + ", " + r.log().chain().entries().size() + " entries"
                    + (r.checkpoints().isEmpty() ? "" : ", " + r.checkpoints().size() + " checkpoint(s)"));
        }

        private JsonValue json(DecisionLogs.LogVerification v) {
            LogAuditReport r = v.report();
            return Json.obj().put("file", log.toString()).put("runId", v.runId()).put("intact", r.intact()).put("ok", v.ok())
                    .put("trust", Json.obj().put("status", v.trust().status().name().toLowerCase(Locale.ROOT)).put("reasons", Json.arr(v.trust().reasons(), Json::str)))
                    .put("entries", Json.arr(r.log().lines().entrySet(), e -> entry(e.getKey(), e.getValue(), r)))
                    .put("chain", Json.arr(r.log().problems(), p -> Json.obj().put("kind", p.kind().name()).put("line", p.line()).put("message", p.message()).build()))
                    .put("checkpoints", Json.arr(r.checkpoints(), LogCommand.Verify::checkpoint))
                    .put("resolutions", checks(r.resolutions())).build();
        }

        private static JsonValue entry(int line, DecisionReport d, LogAuditReport r) {
            Json.Obj o = Json.obj().put("line", line).put("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
            d.statement().filter(s -> s.predicate() != null).ifPresent(s -> {
                DecisionStatement.Predicate p = s.predicate();
                o.put("decisionId", p.decisionId()).put("decision", p.decision()).put("stepId", p.gate().stepId()).put("gate", p.gate().gate())
                        .put("principal", p.reviewer().principal()).put("decidedAt", p.decidedAt()).put("seq", p.log().seq());
            });
            o.put("entryDigest", d.entryDigest()).put("keyid", d.keyId())
                    .put("existedBy", d.entryDigest().flatMap(r::existedBy).map(Object::toString));
            return o.put("checks", checks(d.checks().stream().filter(c -> c.status() != Check.Status.PASS).toList())).build();
        }

        private static JsonValue checkpoint(LogAudit.CheckpointOutcome o) {
            Json.Obj j = Json.obj().put("file", o.name()).put("ok", o.ok()).put("accepted", o.report().accepted())
                    .put("checkpointer", o.report().principal()).put("keyid", o.report().keyId());
            o.report().checkpoint().ifPresent(c -> j.put("size", c.size()).put("checkpointedAt", c.checkpointedAt()).put("merkleRoot", c.merkleRoot())
                    .put("heads", Json.arr(c.heads(), Json::str)));
            return j.put("checks", checks(o.report().checks())).put("consistency", checks(o.consistency())).build();
        }

        private static JsonValue checks(List<Check> checks) {
            return Json.arr(checks, c -> Json.obj().put("name", c.name()).put("status", c.status().name().toLowerCase(Locale.ROOT))
                    .put("reason", c.reason()).build());
        }
    }
}
