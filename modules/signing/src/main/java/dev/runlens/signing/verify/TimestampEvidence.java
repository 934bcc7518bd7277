package dev.runlens.signing.verify;

import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.timestamp.TimestampAuthority;
import dev.runlens.signing.timestamp.TimestampCheck;
import dev.runlens.signing.timestamp.TimestampVerifier;

import java.util.List;
import java.util.Optional;

/**
 * Design B7 step 11, B10 (1): every RFC 3161 token the decision file carries must verify over the
 * signature bytes against the trust list's timestamp authorities (a token that does not is a failure,
 * design (c) 42); the earliest verified {@code genTime} is the decision's trusted upper bound.
 */
final class TimestampEvidence {
    private static final int STEP = 11;

    private TimestampEvidence() {}

    static Optional<TimeEvidence> check(SigstoreBundle sb, byte[] signature, List<TimestampAuthority> authorities, Checks c) {
        if (!sb.hasTimestamps()) return Optional.empty();
        TimestampVerifier v = new TimestampVerifier(authorities);
        Optional<TimeEvidence> earliest = Optional.empty();
        int i = 0;
        for (String token : sb.rfc3161Timestamps()) {
            i++;
            String which = sb.rfc3161Timestamps().size() == 1 ? "" : "token " + i + ": ";
            TimestampCheck r = v.verify(token, signature);
            if (!r.verified()) {
                c.fail(STEP, name(r.outcome()), which + r.reason());
                continue;
            }
            TimeEvidence e = new TimeEvidence(r.genTime().orElseThrow(), TimeEvidence.RFC_3161, r.authority().orElseThrow());
            c.pass(STEP, "timestamp", which + "the signature " + e.describe());
            if (earliest.isEmpty() || e.existedBy().isBefore(earliest.get().existedBy())) earliest = Optional.of(e);
        }
        return earliest;
    }

    static String name(TimestampCheck.Outcome o) {
        return switch (o) {
            case VERIFIED -> "timestamp";
            case MALFORMED_TOKEN -> "timestamp-token";
            case IMPRINT_MISMATCH -> "timestamp-imprint";
            case UNTRUSTED_AUTHORITY -> "timestamp-authority";
            case BAD_TSA_CERTIFICATE -> "timestamp-certificate";
            case BAD_SIGNATURE -> "timestamp-signature";
        };
    }
}
