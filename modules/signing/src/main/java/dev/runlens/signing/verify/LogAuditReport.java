package dev.runlens.signing.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision log audited (design B7 step 12): the lines and chain ({@link LogReport}), each checkpoint
 * on its own and against the log, the later bundle's resolutions against the accepted decisions, and
 * for each entry a verified checkpoint lists, the trusted time it existed by (the earliest such checkpoint).
 */
public record LogAuditReport(LogReport log, List<LogAudit.CheckpointOutcome> checkpoints, List<Check> resolutions,
                             Map<String, Instant> existedBy) {
    public LogAuditReport {
        checkpoints = List.copyOf(checkpoints);
        resolutions = List.copyOf(resolutions);
        existedBy = Map.copyOf(existedBy);
    }

    /** The chain is intact, every checkpoint verifies and matches the log, and the later bundle is accounted for. */
    public boolean intact() {
        return log.intact() && checkpoints.stream().allMatch(LogAudit.CheckpointOutcome::ok) && resolutions.stream().noneMatch(Check::failed);
    }

    /** When an entry existed by, as a checkpoint attests; empty when no verified checkpoint lists it. */
    public Optional<Instant> existedBy(String entryDigest) {
        return Optional.ofNullable(existedBy.get(entryDigest));
    }

    /** Every failed check outside the lines: chain problems, checkpoints, resolutions, each as one sentence. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        log.problems().forEach(p -> out.add(p.toString()));
        for (LogAudit.CheckpointOutcome o : checkpoints) {
            o.report().failures().forEach(c -> out.add(o.name() + ": " + c.name() + ": " + c.reason()));
            o.consistency().stream().filter(Check::failed).forEach(c -> out.add(o.name() + ": " + c.name() + ": " + c.reason()));
        }
        resolutions.stream().filter(Check::failed).forEach(c -> out.add("later bundle: " + c.name() + ": " + c.reason()));
        return out;
    }
}
