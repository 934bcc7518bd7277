package dev.runlens.audit;

import dev.runlens.protocol.json.ReadLimits;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How an {@link Auditor} is configured (see {@link Auditor.Builder}).
 *
 * @param groups             the check groups that run
 * @param suppressed         codes never reported
 * @param retryThreshold     failed model calls (or restarts) within one step from which {@code STEP_RETRIED} is reported
 * @param clockSkewTolerance how far a timestamp may go back (or lie outside the run) before it is reported
 * @param readLimits         the hardened reader's limits for {@link Auditor#audit(java.nio.file.Path)}
 */
public record AuditOptions(Set<Group> groups, Set<FindingCatalog> suppressed, int retryThreshold,
                           Duration clockSkewTolerance, ReadLimits readLimits) {

    public static final AuditOptions DEFAULT = new AuditOptions(EnumSet.allOf(Group.class), Set.of(), 3, Duration.ZERO,
            ReadLimits.DEFAULT);

    public AuditOptions {
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        suppressed = Set.copyOf(suppressed);
        if (retryThreshold < 1) throw new IllegalArgumentException("retryThreshold must be at least 1");
        if (clockSkewTolerance.isNegative()) throw new IllegalArgumentException("clockSkewTolerance must not be negative");
    }

    /** Whether findings of {@code code} are reported. */
    public boolean reports(FindingCatalog code) {
        return groups.contains(code.group()) && !suppressed.contains(code);
    }
}
