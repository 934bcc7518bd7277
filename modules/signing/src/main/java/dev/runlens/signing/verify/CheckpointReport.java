package dev.runlens.signing.verify;

import dev.runlens.signing.log.Checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * One checkpoint file verified on its own (design B7 step 12, B9): every check with its reason, and —
 * only from the verified payload — the checkpoint, the checkpointer's key and principal.
 * Whether the checkpoint matches a log is {@link LogAudit}'s to judge.
 */
public record CheckpointReport(boolean accepted, List<Check> checks, Optional<Checkpoint> checkpoint, Optional<String> keyId,
                               Optional<String> principal) {
    public CheckpointReport {
        checks = List.copyOf(checks);
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    /** The first failed check's reason, or who signed it. */
    public String summary() {
        return failures().stream().findFirst().map(c -> c.name() + ": " + c.reason())
                .orElse("signed by checkpointer " + principal.orElse("?") + " with " + keyId.orElse("?"));
    }
}
