package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.handback.HandBack;
import dev.runlens.signing.handback.RuntimeCall;
import dev.runlens.signing.log.LogProblem;
import dev.runlens.signing.verify.Check;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.workbench.GateDecisions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import dev.runlens.workbench.library.CopyComparison;
import java.util.concurrent.Callable;

/** {@code runlens verify-decision}: signed gate decisions checked against a bundle and a trust list, with the hand-back. */
@Command(name = "verify-decision", mixinStandardHelpOptions = true, description = {
        "Verify signed gate decisions (decision files, or <runId>.decisions.jsonl logs) step by step: bundle and envelope,",
        "trust list (signed by pinned root keys: --root, or those a previous run remembered in the state file), key and",
        "signature, statement, key binding and scope, binding to the bundle's content, run, trace, gate and artifacts, time,",
        "key validity and revocation (at the earliest verified RFC 3161 time stamp the file carries, checked against the trust",
        "list's timestamp authorities, else at the claimed decidedAt, marked unanchored), and for logs the hash chain.",
        "Each report shows the claimed decidedAt and, when evidenced, 'existed by <genTime> (RFC 3161, TSA <name>)'.",
        "Each accepted decision comes with the exact runtime call to hand back (session.resolveGate / resolveCheckpoint)",
        "and the human_gate_resolved event it produces.",
        "Exit codes: 0 every decision accepted (and every log intact), 1 some rejected, 2 the bundle, trust list or a root key",
        "cannot be read, 64 usage error."})
final class VerifyDecisionCommand implements Callable<Integer> {
    private final CliContext ctx;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per decision (and per log), one per line.") boolean json;
    @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The run bundle the decisions are about.") Path bundle;
    @Option(names = "--trust", required = true, paramLabel = "FILE", description = "The trust list (a DSSE envelope).") Path trust;
    @Option(names = "--root", paramLabel = "PUBLIC-KEY-PEM", description = "A pinned root key (repeatable).") List<Path> roots = List.of();
    @Option(names = "--root-threshold", paramLabel = "N", description = "Root signatures required (default: all --root keys).") Integer rootThreshold;
    @Option(names = "--audience", description = "The deployment decisions must be for (default: $RUNLENS_AUDIENCE).") String audience;
    @Option(names = "--state", paramLabel = "FILE", description = "Verifier memory (highest trust-list version, roots, revocations); default: the data folder's trust-state.json.") Path state;
    @Option(names = "--import", description = "Import mode: the bundle is the live run, whose trace may have grown past the reviewed one.") boolean importMode;
    @Option(names = "--library", paramLabel = "DIR", description = "A RunLens library: when a decision was signed over "
            + "other content than --bundle, the library's copy with the signed digest is compared with --bundle and every changed "
            + "event and field is listed.") Path library;
    @Option(names = "--trusted-time", paramLabel = "RFC3339", description = "Evidenced upper bound on when the decisions existed (e.g. an import receipt); RFC 3161 tokens in the files count too, the earliest wins.") String trustedTime;
    @Parameters(arity = "1..*", paramLabel = "DECISION", description = "Decision files or decision logs (.jsonl).") List<Path> decisions;

    VerifyDecisionCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String aud = ctx.audience(audience);
        if (aud == null) throw new CommandLine.ParameterException(spec.commandLine(), "--audience is required (or set RUNLENS_AUDIENCE)");
        if (rootThreshold != null && (rootThreshold < 1 || (!roots.isEmpty() && rootThreshold > roots.size())))
            throw new CommandLine.ParameterException(spec.commandLine(), "--root-threshold must be within 1.." + Math.max(1, roots.size()));
        Optional<Instant> tt;
        try {
            tt = Optional.ofNullable(trustedTime).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trusted-time must be RFC 3339 UTC, e.g. 2026-09-17T09:00:00Z");
        }
        GateDecisions.Verification v;
        try {
            v = ctx.decisions().verify(new GateDecisions.VerifyOptions(Optional.of(bundle), trust, roots, Optional.ofNullable(rootThreshold),
                    state != null ? state : ctx.dataFolder().trustState(), aud, importMode, tt), decisions);
        } catch (Exception e) {
            spec.commandLine().getErr().println("runlens verify-decision: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        SignedCopies copies = library == null ? SignedCopies.NONE : SignedCopies.open(library, bundle);
        if (!json && !v.trust().reasons().isEmpty()) out.println("trust list: " + v.trust().status() + ": " + String.join("; ", v.trust().reasons()));
        for (GateDecisions.Verified d : v.decisions()) {
            Optional<CopyComparison> signedCopy = copies.forDecision(d.report());
            if (json) out.println(Json.line(withSignedCopy(json(d), signedCopy)));
            else {
                text(d, out);
                signedCopy.ifPresent(c -> SignedCopies.print(c, out));
            }
        }
        copies.close();
        for (GateDecisions.LogOutcome l : v.logs()) {
            if (json) {
                out.println(Json.line(Json.obj().put("file", l.file().toString()).put("log", Json.obj().put("intact", l.report().intact())
                        .put("problems", Json.arr(l.report().problems(), p -> Json.obj().put("kind", p.kind().name()).put("line", p.line())
                                .put("message", p.message()).build()))).build()));
            } else {
                out.println(l.file() + "  log " + (l.report().intact() ? "intact" : "BROKEN") + ", " + l.report().chain().entries().size() + " entries");
                for (LogProblem p : l.report().problems()) out.println("  " + p);
            }
        }
        out.flush();
        return v.allAccepted() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
    }

    private static void text(GateDecisions.Verified d, PrintWriter out) {
        DecisionReport r = d.report();
        String where = d.file() + d.line().map(l -> ":" + l).orElse("");
        String what = r.statement().filter(s -> s.predicate() != null).map(s -> "  " + s.predicate().decision() + " " + s.predicate().gate().stepId()
                + " " + s.predicate().gate().gate() + " by " + s.predicate().reviewer().principal()).orElse("");
        out.println(where + "  " + r.verdict() + what);
        time(r).ifPresent(t -> out.println("  time  " + t));
        for (Check c : r.failures()) out.println("  FAIL  " + c.name() + ": " + c.reason());
        for (Check c : r.warnings()) out.println("  warn  " + c.name() + ": " + c.reason());
        d.handBack().ifPresent(h -> {
            out.println("  hand back:");
            for (RuntimeCall c : h.calls()) out.println("    " + c.javascript());
            out.println("    // appends " + Json.line(h.expectedEvent()));
            for (String n : h.notes()) out.println("    // " + n);
        });
    }

    /** "claimed decidedAt …; existed by … (RFC 3161, TSA …)", or "…; unanchored" (design B10: the claim and the evidence side by side). */
    static Optional<String> time(DecisionReport r) {
        return r.statement().filter(s -> s.predicate() != null).map(s -> "claimed decidedAt " + s.predicate().decidedAt() + "; "
                + r.timeEvidence().map(dev.runlens.signing.verify.TimeEvidence::describe).orElse("no evidence of when it existed (unanchored)"));
    }

    private static JsonValue timeJson(DecisionReport r) {
        Json.Obj t = Json.obj().put("claimedDecidedAt", r.statement().filter(s -> s.predicate() != null).map(s -> s.predicate().decidedAt()));
        if (r.timeEvidence().isPresent()) {
            var e = r.timeEvidence().get();
            t.put("existedBy", Json.obj().put("time", e.existedBy().toString()).put("source", e.source()).put("by", e.by()));
        } else {
            t.put("existedBy", JsonValue.Null.INSTANCE);
        }
        return t.build();
    }

    private static JsonValue withSignedCopy(JsonValue decision, Optional<CopyComparison> copy) {
        if (copy.isEmpty()) return decision;
        JsonValue.Obj o = (JsonValue.Obj) decision;
        java.util.Map<String, JsonValue> members = new java.util.LinkedHashMap<>(o.members());
        members.put("signedCopy", SignedCopies.json(copy.get()));
        return new JsonValue.Obj(members);
    }

    private static JsonValue json(GateDecisions.Verified d) {
        DecisionReport r = d.report();
        Json.Obj o = Json.obj().put("file", d.file().toString());
        d.line().ifPresent(l -> o.put("line", l));
        o.put("verdict", r.verdict().name().toLowerCase(java.util.Locale.ROOT));
        r.statement().filter(s -> s.predicate() != null).ifPresent(s -> o.put("decisionId", s.predicate().decisionId())
                .put("decision", s.predicate().decision()).put("stepId", s.predicate().gate().stepId()).put("gate", s.predicate().gate().gate())
                .put("principal", s.predicate().reviewer().principal()).put("decidedAt", s.predicate().decidedAt()));
        o.put("keyid", r.keyId()).put("entryDigest", r.entryDigest());
        o.put("time", timeJson(r));
        o.put("checks", Json.arr(r.checks(), c -> Json.obj().put("step", c.step()).put("name", c.name())
                .put("status", c.status().name().toLowerCase(java.util.Locale.ROOT)).put("reason", c.reason()).build()));
        o.put("handBack", d.handBack().map(VerifyDecisionCommand::handBack).orElse(JsonValue.Null.INSTANCE));
        return o.build();
    }

    private static JsonValue handBack(HandBack h) {
        return Json.obj().put("calls", Json.arr(h.calls(), c -> Json.obj().put("method", c.method()).put("input", c.input())
                        .put("javascript", c.javascript()).build()))
                .put("expectedEvent", h.expectedEvent()).put("notes", Json.arr(h.notes(), Json::str)).build();
    }
}
