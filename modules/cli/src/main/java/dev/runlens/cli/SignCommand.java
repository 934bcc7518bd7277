package dev.runlens.cli;

import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.workbench.GateDecisions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens sign}: a reviewer's decision on a pending gate, signed offline. */
@Command(name = "sign", mixinStandardHelpOptions = true, description = {
        "Sign a decision on a pending gate of a run bundle: an in-toto Statement (the bundle's integrity digest as subject,",
        "predicate https://runlens.dev/attestation/gate-decision/v1) in a DSSE envelope inside a Sigstore bundle v0.3.",
        "Shows exactly what will be signed, then asks for the key's passphrase (--passphrase-file, $RUNLENS_PASSPHRASE or a prompt).",
        "Writes OUT/<decisionId>.<keyid>.decision.sigstore.json and appends it to OUT/<runId>.decisions.jsonl.",
        "Refuses a bundle whose integrity is not valid and a gate that is not pending in it.",
        "Exit codes: 0 signed, 1 refused, 2 unreadable bundle or key or wrong passphrase, 64 usage error."})
final class SignCommand implements Callable<Integer> {
    private final CliContext ctx;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The run bundle with the pending gate.") Path bundle;
    @Option(names = "--step", required = true, paramLabel = "STEP", description = "The step id.") String step;
    @Option(names = "--gate", required = true, paramLabel = "GATE", description = "PAUSE_BEFORE, PAUSE_AFTER or CHECKPOINT.") String gate;
    @Option(names = "--decision", required = true, paramLabel = "DECISION", description = "approved, rejected or edited.") String decision;
    @Option(names = "--note", description = "The reviewer's note (NFC-normalized, at most 4 KiB).") String note;
    @Option(names = "--checkpoint", paramLabel = "ID", description = "The checkpoint id (CHECKPOINT gates resolved with resolveCheckpoint).") String checkpoint;
    @Option(names = "--key", required = true, paramLabel = "NAME", description = "The key to sign with (in the key folder).") String key;
    @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;
    @Option(names = "--audience", description = "Deployment or tenant the decision is for (default: $RUNLENS_AUDIENCE, else the audience remembered in the app).") String audience;
    @Option(names = "--principal", description = "Reviewer identity (default: the one recorded with the key).") String principal;
    @Option(names = "--trust", paramLabel = "FILE", description = "The trust list you have (its version and digest are recorded).") Path trust;
    @Option(names = "--edit", paramLabel = "PATCH.json", description = "For --decision edited: the RFC 6902 patch you signed off.") Path edit;
    @Option(names = "--artifact", paramLabel = "KEY", description = "For --edit: the reviewed artifact it changes.") String artifact;
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write the decision and the log (default: .).") Path out;
    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.") Path passphraseFile;

    SignCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String aud = ctx.audience(audience);
        if (aud == null) throw new CommandLine.ParameterException(spec.commandLine(), CliContext.NO_AUDIENCE);
        PrintWriter err = spec.commandLine().getErr();
        Path keyDir = ctx.keys(keys);
        GateDecisions.SignRequest r = new GateDecisions.SignRequest(bundle, step, gate, decision, Optional.ofNullable(note),
                Optional.ofNullable(checkpoint), Optional.ofNullable(edit), Optional.ofNullable(artifact), aud, Optional.ofNullable(principal),
                Optional.ofNullable(trust), out);
        DecisionStatement st;
        try {
            st = ctx.decisions().draft(r, keyDir, key);
        } catch (SigningRefusedException e) {
            err.println("runlens sign: refused: " + e.getMessage());
            return ExitCodes.INTEGRITY_FAILED;
        } catch (Exception e) {
            err.println("runlens sign: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        summary(st, err);
        char[] pass = null;
        try {
            pass = Passphrases.read(ctx, passphraseFile, "Passphrase for key " + key, false);
            GateDecisions.Signed s = ctx.decisions().sign(st, keyDir, key, pass, out);
            PrintWriter o = spec.commandLine().getOut();
            o.println(s.file());
            o.println("  entry    " + s.decision().entryDigest());
            o.println("  log      " + s.log() + " (seq " + st.predicate().log().seq() + ")");
            o.flush();
            return ExitCodes.OK;
        } catch (SigningRefusedException e) {
            err.println("runlens sign: refused: " + e.getMessage());
            return ExitCodes.INTEGRITY_FAILED;
        } catch (KeyFormatException e) {
            err.println("runlens sign: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        } catch (Exception e) {
            err.println("runlens sign: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        } finally {
            if (pass != null) Arrays.fill(pass, '\0');
        }
    }

    /** What will be signed, on stderr, before the passphrase is asked for (bundle text shown escaped). */
    private static void summary(DecisionStatement st, PrintWriter err) {
        DecisionStatement.Predicate p = st.predicate();
        err.println("About to sign:");
        err.println("  bundle     " + st.subjectName() + "  sha256:" + st.subjectSha256());
        err.println("  run        " + p.run().workflowId() + " v" + p.run().workflowVersion() + ", " + p.run().traceLength() + " events");
        err.println("  gate       " + StatementJson.visible(p.gate().stepId()) + " " + p.gate().gate()
                + p.gate().checkpointId().map(c -> " checkpoint " + StatementJson.visible(c)).orElse("")
                + " (requested " + p.gate().requestedAt() + ", " + p.gate().requestEventId() + ")");
        for (DecisionStatement.ReviewedArtifact a : p.gate().reviewedArtifacts())
            err.println("  reviewed   " + StatementJson.visible(a.artifactKey()) + " v" + a.version() + "  " + a.payloadHash());
        err.println("  decision   " + p.decision() + p.note().map(n -> "  \"" + StatementJson.visible(n) + "\"").orElse(""));
        p.edit().ifPresent(e -> err.println("  edit       " + e.artifactKey() + " v" + e.baseVersion() + " -> " + e.resultPayloadHash()));
        err.println("  audience   " + p.audience());
        err.println("  reviewer   " + p.reviewer().principal() + "  " + p.reviewer().keyid());
        err.println("  decidedAt  " + p.decidedAt() + " (signer's clock)");
        err.flush();
    }
}
