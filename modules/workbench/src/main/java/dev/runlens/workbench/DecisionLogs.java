package dev.runlens.workbench;

import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.log.Checkpoint;
import dev.runlens.signing.log.CheckpointJson;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.log.LogChain;
import dev.runlens.signing.log.LogEntry;
import dev.runlens.signing.log.LogProblem;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.verify.CheckpointVerifier;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.DecisionVerifier;
import dev.runlens.signing.verify.LogAudit;
import dev.runlens.signing.verify.LogAuditReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-run decision log's use cases (design B9, B7 step 12): signing a checkpoint of a log as it
 * stands, and auditing a log — every entry, the chain, checkpoints against it, and a later bundle of
 * the run whose gate resolutions the accepted decisions must account for.
 */
public final class DecisionLogs {
    private final Clock clock;

    public DecisionLogs(Clock clock) {
        this.clock = clock;
    }

    /** A signed checkpoint and where it was written. */
    public record Checkpointed(Checkpoint checkpoint, Path file) {}

    /**
     * Signs a checkpoint of {@code log} (its distinct entries, heads and Merkle root, now) with the named key and
     * writes it to {@code out}, else to {@code <runId>.checkpoint.<size>.dsse.json} beside the log.
     *
     * @throws SigningRefusedException the log is empty, has a line that is not a decision, or its chain is broken
     */
    public Checkpointed checkpoint(Path log, Path keysDir, String keyName, char[] passphrase, Optional<Path> out)
            throws IOException, KeyFormatException, SigningRefusedException {
        List<LogEntry> entries = written(log);
        if (entries.isEmpty()) throw new SigningRefusedException(log + ": the log has no decisions to checkpoint");
        String runId = entries.get(0).runId();
        LogChain chain = LogChain.check(runId, entries);
        if (!chain.intact()) {
            throw new SigningRefusedException(log + ": refusing to checkpoint a broken chain: "
                    + String.join("; ", chain.problems().stream().map(LogProblem::toString).toList()));
        }
        Checkpoint cp = Checkpoint.of(runId, chain.entries(), clock.instant());
        SigningKey key = new KeyRing(keysDir).open(keyName, passphrase);
        try {
            Path file = out.orElseGet(() -> log.toAbsolutePath().resolveSibling(cp.fileName()));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, EnvelopeJson.write(CheckpointJson.sign(cp, key)));
            return new Checkpointed(cp, file);
        } finally {
            key.destroy();
        }
    }

    /** The log's entries as written (not verified): what a checkpoint lists. */
    private static List<LogEntry> written(Path log) throws IOException, SigningRefusedException {
        List<LogEntry> entries = new ArrayList<>();
        for (DecisionLog.Line line : DecisionLog.read(log)) {
            try {
                SigstoreBundle b = SigstoreBundle.read(line.bytes());
                DecisionStatement st = StatementJson.read(StrictJson.parse(b.envelope().payload()));
                if (st.predicate() == null) throw new StrictJsonException("predicateType " + st.predicateType() + " is not a gate decision");
                entries.add(new LogEntry(line.number(), b.envelope().payloadDigest(), st.predicate().decisionId(), st.runId(),
                        st.predicate().log().seq(), st.predicate().log().prev()));
            } catch (EnvelopeFormatException | StrictJsonException e) {
                throw new SigningRefusedException(log + " line " + line.number() + ": not a decision: " + e.getMessage());
            }
        }
        return entries;
    }

    /** A log audited, with the trust list used and the run it was read as. */
    public record LogVerification(TrustListVerdict trust, String runId, LogAuditReport report) {
        public boolean ok() {
            return report.intact() && !report.log().lines().isEmpty()
                    && report.log().lines().values().stream().noneMatch(r -> r.verdict() == DecisionReport.Verdict.REJECTED);
        }
    }

    /**
     * Audits a decision log: with {@code o.bundle()} (a later, e.g. final, bundle of the run) every entry is bound
     * to it through the reviewed trace prefix and its gate resolutions are cross-checked; each checkpoint is verified
     * and matched against the log, and gives the entries it lists a trusted "existed by" time.
     *
     * @throws IllegalArgumentException the bundle, the trust list or a root key cannot be read
     */
    public LogVerification verify(GateDecisions.VerifyOptions o, Path log, List<Path> checkpoints) throws IOException {
        TrustListVerdict trust = TrustAdmin.verifyTrustList(o.trustList(), o.roots(), o.rootThreshold(), o.stateFile(), clock.instant());
        Optional<RunBundleFacts> facts = o.bundle().map(GateDecisions::facts);
        List<DecisionLog.Line> lines = DecisionLog.read(log);
        String runId = facts.map(RunBundleFacts::runId).or(() -> firstRunId(log)).orElse(log.getFileName().toString());
        LogAudit audit = LogAudit.of(runId, t -> {
            DecisionVerifier.Builder b = DecisionVerifier.builder().trustList(trust).audience(o.audience()).allowGrownTrace(true);
            facts.ifPresent(b::bundle);
            earliest(t, o.trustedTime()).ifPresent(b::trustedTime);
            return b.build();
        });
        if (!checkpoints.isEmpty()) {
            List<LogAudit.CheckpointFile> files = new ArrayList<>();
            for (Path p : checkpoints) files.add(new LogAudit.CheckpointFile(p.toString(), Files.readAllBytes(p)));
            audit = audit.withCheckpoints(CheckpointVerifier.of(trust), files);
        }
        if (facts.isPresent()) audit = audit.withLaterBundle(facts.get().gates());
        return new LogVerification(trust, runId, audit.verify(lines));
    }

    private static Optional<String> firstRunId(Path log) {
        try {
            return written(log).stream().findFirst().map(LogEntry::runId);
        } catch (IOException | SigningRefusedException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
