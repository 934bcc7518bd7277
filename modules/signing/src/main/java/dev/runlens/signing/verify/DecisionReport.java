package dev.runlens.signing.verify;

import dev.runlens.signing.decision.DecisionStatement;

import java.util.List;
import java.util.Optional;

/**
 * The structured result of verifying one decision: every check in order, the verdict, and — only
 * from the verified payload bytes — the Statement, its {@code entryDigest}, the key and the principal.
 * {@code timeEvidence} is the earliest verified upper bound on when the decision existed (design
 * B10), which reports print beside the claimed {@code decidedAt}; empty when the time is unanchored.
 */
public record DecisionReport(Verdict verdict, List<Check> checks, Optional<DecisionStatement> statement,
                             Optional<String> entryDigest, Optional<String> keyId, Optional<String> principal,
                             Optional<TimeEvidence> timeEvidence) {

    public enum Verdict {
        /** Every check passed (warnings aside). */
        ACCEPTED,
        /** Signature, statement, key and trust checks passed, but no run bundle was given to bind it to. */
        SIGNATURE_VALID_UNBOUND,
        /** Some check failed. */
        REJECTED
    }

    public DecisionReport {
        checks = List.copyOf(checks);
    }

    /** A report without time evidence. */
    public DecisionReport(Verdict verdict, List<Check> checks, Optional<DecisionStatement> statement,
                          Optional<String> entryDigest, Optional<String> keyId, Optional<String> principal) {
        this(verdict, checks, statement, entryDigest, keyId, principal, Optional.empty());
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    public List<Check> warnings() {
        return checks.stream().filter(c -> c.status() == Check.Status.WARN).toList();
    }

    /** The first failed check's reason, or the verdict when none failed. */
    public String summary() {
        return failures().stream().findFirst().map(c -> c.name() + ": " + c.reason())
                .orElse(verdict == Verdict.ACCEPTED ? "accepted" : "signature valid, not bound to a bundle");
    }
}
