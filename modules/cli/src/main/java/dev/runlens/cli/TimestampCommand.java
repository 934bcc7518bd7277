package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.timestamp.TimestampAttachment;
import dev.runlens.workbench.DecisionTimestamps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens timestamp request|attach}: RFC 3161 evidence of when a decision existed, from an internal TSA, with no network I/O. */
@Command(name = "timestamp", mixinStandardHelpOptions = true, description = {
        "RFC 3161 time stamps for signed decisions (evidence of when a decision existed, which lets a decision by a key later",
        "revoked for compromise still count). RunLens never contacts a TSA: 'request' writes a TimeStampReq over the decision's",
        "signature bytes, you take it to your TSA, and 'attach' puts the answer into the decision file. 'verify-decision' then",
        "checks the token against the trust list's timestamp authorities ('trust add-tsa') and reports 'existed by'."},
        subcommands = {TimestampCommand.Request.class, TimestampCommand.Attach.class})
final class TimestampCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (request, attach)");
    }

    @Command(name = "request", mixinStandardHelpOptions = true, description = {
            "Write an RFC 3161 TimeStampReq (DER) over the decision's DSSE signature bytes: SHA-256 imprint, certReq true, no nonce.",
            "Send it to your TSA, e.g.",
            "  curl -sS -H 'Content-Type: application/timestamp-query' --data-binary @REQ.tsq https://tsa.internal/ -o RESP.tsr",
            "  openssl ts -reply -queryfile REQ.tsq -config tsa.cnf -out RESP.tsr        (on the TSA host)",
            "then run 'runlens timestamp attach DECISION RESP.tsr'.",
            "Exit codes: 0 written, 2 the decision cannot be read, 64 usage error."})
    static final class Request implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DECISION", description = "A decision file (.decision.sigstore.json).") Path decision;
        @Option(names = {"-o", "--out"}, paramLabel = "REQ.tsq", description = "Where to write the request (default: DECISION.tsq).") Path out;
        @Option(names = "--json", description = "Print one JSON object: file, imprint.") boolean json;

        @Override
        public Integer call() {
            Path target = out != null ? out : decision.resolveSibling(decision.getFileName() + ".tsq");
            DecisionTimestamps.Request r;
            try {
                r = new DecisionTimestamps().request(decision, target);
            } catch (Exception e) {
                spec.commandLine().getErr().println("runlens timestamp request: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                o.println(Json.line(Json.obj().put("file", r.file().toString())
                        .put("imprint", Json.obj().put("algorithm", "SHA-256").put("digest", r.imprintSha256())).build()));
            } else {
                o.println(r.file());
                o.println("  imprint  SHA-256 " + r.imprintSha256() + " (of the decision's signature bytes)");
                o.println("  next     send it to your TSA, then: runlens timestamp attach " + decision + " RESPONSE.tsr");
            }
            o.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true, description = {
            "Attach a TSA's answer (a TimeStampResp, e.g. a .tsr file, or a bare token) to a decision file, at",
            "verificationMaterial.timestampVerificationData.rfc3161Timestamps (Sigstore bundle v0.3). The token must time-stamp",
            "the decision's signature bytes (SHA-256); the file is replaced atomically and the envelope is untouched. Whether the",
            "TSA is trusted is checked by 'verify-decision' against the trust list.",
            "Exit codes: 0 attached (or already there), 1 the token time-stamps something else (nothing written),",
            "2 the decision or the token cannot be read or the TSA refused, 64 usage error."})
    static final class Attach implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DECISION", description = "A decision file (.decision.sigstore.json).") Path decision;
        @Parameters(index = "1", paramLabel = "TOKEN", description = "The TSA's response (.tsr) or a bare token (DER).") Path token;
        @Option(names = "--log", paramLabel = "FILE", description = "Also put the token on this decision's line of the run's log (<runId>.decisions.jsonl).") Path log;
        @Option(names = "--json", description = "Print one JSON object: file, attached, genTime, serial, signer, log line.") boolean json;

        @Override
        public Integer call() {
            DecisionTimestamps.Attached a;
            try {
                a = new DecisionTimestamps().attach(decision, token, Optional.ofNullable(log));
            } catch (TimestampAttachment.NotOverSignatureException e) {
                spec.commandLine().getErr().println("runlens timestamp attach: refused: " + e.getMessage());
                return ExitCodes.INTEGRITY_FAILED;
            } catch (Exception e) {
                spec.commandLine().getErr().println("runlens timestamp attach: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                Json.Obj j = Json.obj().put("file", a.decision().toString()).put("attached", !a.alreadyThere())
                        .put("alreadyThere", a.alreadyThere()).put("genTime", a.genTime().toString()).put("serial", a.serial())
                        .put("signer", a.signer());
                if (a.logLine().isPresent()) j.put("log", Json.obj().put("file", log.toString()).put("line", a.logLine().get()));
                else j.put("log", JsonValue.Null.INSTANCE);
                o.println(Json.line(j.build()));
            } else {
                o.println(a.decision() + (a.alreadyThere() ? "  already carries this token" : "  token attached"));
                o.println("  genTime  " + a.genTime() + " (serial " + a.serial() + ", signed by " + a.signer().orElse("a certificate the token does not carry") + ")");
                a.logLine().ifPresent(l -> o.println("  log      " + log + " line " + l));
                o.println("  not yet checked against a trust list: run verify-decision");
            }
            o.flush();
            return ExitCodes.OK;
        }
    }
}
