package dev.runlens.signing.verify;

import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.trust.TrustList;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Design B7 step 11 and B10: {@code decidedAt} is a claim, bounded below by the gate request; the
 * key's validity and revocations are judged at the trusted time when evidence gives one, else at
 * the claimed time and marked unanchored. A key revoked for compromise needs evidence.
 */
final class KeyValidity {
    private static final int STEP = 11;

    private KeyValidity() {}

    static void check(DecisionStatement st, TrustList.ReviewerKey key, List<TrustList.Revocation> revocations,
                      Optional<Instant> trusted, Duration skew, Checks c) {
        DecisionStatement.Predicate p = st.predicate();
        Instant decided = Instant.parse(p.decidedAt());
        Instant requested = OffsetDateTime.parse(p.gate().requestedAt()).toInstant();
        c.expect(!decided.isBefore(requested.minus(skew)), STEP, "decided-after-request",
                "decidedAt " + p.decidedAt() + " is after the gate request " + p.gate().requestedAt(),
                "decidedAt " + p.decidedAt() + " is before the gate was requested (" + p.gate().requestedAt() + ", skew " + skew.toSeconds() + " s)");
        if (trusted.isPresent() && decided.isAfter(trusted.get().plus(skew))) {
            c.fail(STEP, "decided-before-evidence", "decidedAt " + p.decidedAt() + " is after the trusted time " + trusted.get()
                    + ": the claimed time is in the future");
        }
        Instant at = trusted.orElse(decided);
        String when = trusted.isPresent() ? "at the trusted time " + trusted.get() : "at the claimed decidedAt " + p.decidedAt();
        Instant from = OffsetDateTime.parse(key.validFrom()).toInstant();
        Optional<Instant> until = key.validUntil().map(u -> OffsetDateTime.parse(u).toInstant());
        if (at.isBefore(from)) c.fail(STEP, "key-validity", "key not yet valid " + when + " (valid from " + key.validFrom() + ")");
        else if (until.isPresent() && at.isAfter(until.get())) c.fail(STEP, "key-validity", "key expired " + when + " (valid until " + key.validUntil().get() + ")");
        else c.pass(STEP, "key-validity", "key valid " + when);
        if (trusted.isEmpty()) c.warn(STEP, "unanchored-time", "decidedAt is the signer's claim; no evidence bounds it (unanchored)");
        for (TrustList.Revocation r : revocations) {
            if (!r.keyid().equals(key.key().keyid())) continue;
            Instant eff = OffsetDateTime.parse(r.effectiveAt()).toInstant();
            if (r.reason().equals("keyCompromise")) {
                if (trusted.isPresent() && trusted.get().isBefore(eff)) {
                    c.pass(STEP, "revocation", "key revoked for compromise at " + r.effectiveAt() + ", but evidence places the decision before it");
                } else {
                    c.fail(STEP, "revocation", "key revoked (keyCompromise) at " + r.effectiveAt() + " and "
                            + (trusted.isPresent() ? "the trusted time " + trusted.get() + " is not before it" : "no trusted time evidence places the decision before it"));
                }
            } else if (decided.isBefore(eff)) {
                c.warn(STEP, "revocation", "key " + r.reason() + " at " + r.effectiveAt() + "; decidedAt is before it"
                        + (trusted.isEmpty() ? " (unanchored)" : ""));
            } else {
                c.fail(STEP, "revocation", "key " + r.reason() + " at " + r.effectiveAt() + ", before decidedAt " + p.decidedAt());
            }
        }
    }
}
