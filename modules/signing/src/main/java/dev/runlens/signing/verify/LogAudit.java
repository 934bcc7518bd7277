package dev.runlens.signing.verify;

import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.log.Checkpoint;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.log.LogEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A per-run decision log verified in full (design B7 step 12, B9): the checkpoints on their own
 * ({@link CheckpointVerifier}), every line ({@link LogVerifier}) — an entry a verified checkpoint lists
 * verified with that checkpoint's time as its trusted upper bound ("existed by") — the chain, each
 * checkpoint against the log (size, entries, heads, Merkle root: a truncated or rewritten tail), and a
 * later bundle's gate resolutions against the accepted decisions ({@link ResolutionCrossCheck}).
 */
public final class LogAudit {
    private static final int STEP = 12;
    private final String runId;
    private final Function<Optional<Instant>, DecisionVerifier> verifiers;
    private final Optional<CheckpointVerifier> checkpointVerifier;
    private final List<CheckpointFile> checkpoints;
    private final Optional<RunGates> later;

    /** A checkpoint file's bytes and its name (for reports). */
    public record CheckpointFile(String name, byte[] bytes) {}

    /** A checkpoint verified on its own ({@code report}) and against the log ({@code consistency}). */
    public record CheckpointOutcome(String name, CheckpointReport report, List<Check> consistency) {
        public CheckpointOutcome {
            consistency = List.copyOf(consistency);
        }

        public boolean ok() {
            return report.accepted() && consistency.stream().noneMatch(Check::failed);
        }
    }

    private LogAudit(String runId, Function<Optional<Instant>, DecisionVerifier> verifiers, Optional<CheckpointVerifier> checkpointVerifier,
                     List<CheckpointFile> checkpoints, Optional<RunGates> later) {
        this.runId = runId;
        this.verifiers = verifiers;
        this.checkpointVerifier = checkpointVerifier;
        this.checkpoints = List.copyOf(checkpoints);
        this.later = later;
    }

    /**
     * @param verifiers the decision verifier to use given the trusted upper bound a checkpoint gives an
     *                  entry (empty: none), e.g. {@code t -> builder.trustedTime(t).build()}
     */
    public static LogAudit of(String runId, Function<Optional<Instant>, DecisionVerifier> verifiers) {
        return new LogAudit(runId, verifiers, Optional.empty(), List.of(), Optional.empty());
    }

    public LogAudit withCheckpoints(CheckpointVerifier verifier, List<CheckpointFile> files) {
        return new LogAudit(runId, verifiers, Optional.of(verifier), files, later);
    }

    /** A later (final) bundle of the run, whose resolutions the accepted decisions must account for. */
    public LogAudit withLaterBundle(RunGates gates) {
        return new LogAudit(runId, verifiers, checkpointVerifier, checkpoints, Optional.of(gates));
    }

    public LogAuditReport verify(List<DecisionLog.Line> lines) {
        List<CheckpointReport> reports = new ArrayList<>();
        Map<String, Instant> existedBy = new HashMap<>();
        for (CheckpointFile f : checkpoints) {
            CheckpointReport r = checkpointVerifier.orElseThrow().verify(f.bytes());
            reports.add(r);
            r.checkpoint().filter(cp -> r.accepted() && cp.runId().equals(runId))
                    .ifPresent(cp -> cp.entries().forEach(d -> existedBy.merge(d, cp.checkpointedAtInstant(), (a, b) -> a.isBefore(b) ? a : b)));
        }
        LogReport log = LogVerifier.verify(runId, lines, line -> verifiers.apply(entryDigest(line).map(existedBy::get)));
        List<CheckpointOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            CheckpointReport r = reports.get(i);
            List<Check> consistency = r.accepted() ? againstLog(r.checkpoint().orElseThrow(), log.chain().entries(), log.chain().heads()) : List.of();
            outcomes.add(new CheckpointOutcome(checkpoints.get(i).name(), r, consistency));
        }
        List<Check> resolutions = later.map(g -> ResolutionCrossCheck.check(g, runId, List.copyOf(log.lines().values())).checks()).orElse(List.of());
        Set<String> inLog = log.chain().entries().stream().map(LogEntry::entryDigest).collect(Collectors.toSet());
        existedBy.keySet().retainAll(inLog);
        return new LogAuditReport(log, outcomes, resolutions, existedBy);
    }

    private static Optional<String> entryDigest(DecisionLog.Line line) {
        try {
            return Optional.of(SigstoreBundle.read(line.bytes()).envelope().payloadDigest());
        } catch (EnvelopeFormatException e) {
            return Optional.empty();
        }
    }

    /** Size, entries, heads and Merkle root of a verified checkpoint against the log's distinct entries. */
    private List<Check> againstLog(Checkpoint cp, List<LogEntry> entries, List<LogEntry> logHeadEntries) {
        Checks c = new Checks();
        String at = "the checkpoint of " + cp.checkpointedAt();
        if (!c.expect(cp.runId().equals(runId), STEP, "checkpoint-run", at + " is of run " + runId, at + " is of run " + cp.runId() + ", not " + runId))
            return c.list;
        c.expect(entries.size() >= cp.size(), STEP, "checkpoint-size", "the log has " + entries.size() + " entries; " + at + " covers " + cp.size(),
                "tail truncated: the log has " + entries.size() + " entries, but " + at + " covers " + cp.size());
        Map<String, LogEntry> byDigest = entries.stream().collect(Collectors.toMap(LogEntry::entryDigest, e -> e));
        List<String> missing = cp.entries().stream().filter(d -> !byDigest.containsKey(d)).toList();
        c.expect(missing.isEmpty(), STEP, "checkpoint-entries", "every entry " + at + " lists is in the log",
                missing.size() + " entr" + (missing.size() == 1 ? "y" : "ies") + " " + at + " lists " + (missing.size() == 1 ? "is" : "are")
                        + " not in the log (removed or replaced): " + String.join(", ", missing));
        if (missing.isEmpty()) {
            List<LogEntry> covered = cp.entries().stream().map(byDigest::get).toList();
            List<String> heads = Checkpoint.headsOf(covered);
            c.expect(heads.equals(cp.heads()), STEP, "checkpoint-heads", "the heads match " + cp.heads(),
                    "heads mismatch: " + at + " names heads " + cp.heads() + ", the log links its entries to heads " + heads);
            String root = Checkpoint.merkleRoot(Checkpoint.inSeqOrder(covered).stream().map(LogEntry::entryDigest).toList());
            c.expect(root.equals(cp.merkleRoot()), STEP, "checkpoint-root", "the log's checkpointed entries hash to the Merkle root " + root,
                    "the log's checkpointed entries in seq order hash to " + root + ", not " + at + "'s root " + cp.merkleRoot() + " (re-linked or re-ordered)");
        } else if (entries.size() <= cp.size()) {
            List<String> logHeads = logHeadEntries.stream().map(LogEntry::entryDigest).sorted().toList();
            if (!logHeads.equals(cp.heads()))
                c.fail(STEP, "checkpoint-heads", "heads mismatch: " + at + " names heads " + cp.heads() + ", the log's heads are " + logHeads);
        }
        return c.list;
    }
}
