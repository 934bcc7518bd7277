package dev.runlens.signing.trust;

import java.util.List;
import java.util.Optional;

/**
 * A trust list's verification: {@link Status#TRUSTED}, {@link Status#STALE} (verified but expired:
 * usable, and shown as stale) or {@link Status#REJECTED} with every reason.
 *
 * @param digest {@code sha256:} of the signed payload (what decisions record as {@code trustList.digest})
 * @param state  the verifier state after accepting this list (unchanged when rejected)
 */
public record TrustListVerdict(Status status, List<String> reasons, Optional<TrustList> list, String digest, TrustState state) {
    public enum Status { TRUSTED, STALE, REJECTED }

    public TrustListVerdict {
        reasons = List.copyOf(reasons);
    }

    public boolean usable() {
        return status != Status.REJECTED;
    }
}
