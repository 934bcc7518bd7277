package dev.runlens.signing.timestamp;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of checking one RFC 3161 token against a decision's signature and the trust list's
 * timestamp authorities: {@link Outcome#VERIFIED} with the {@code genTime} and the authority's name,
 * or the first check that failed and a precise reason.
 */
public record TimestampCheck(Outcome outcome, String reason, Optional<Instant> genTime, Optional<String> authority) {
    public enum Outcome {
        /** The token is trusted: {@link #genTime()} is an upper bound on when the signature existed. */
        VERIFIED,
        /** Not base64, not DER, not a time-stamp token. */
        MALFORMED_TOKEN,
        /** The imprint is not SHA-256 of the signature bytes. */
        IMPRINT_MISMATCH,
        /** The signing certificate is missing or does not chain to a listed authority, or genTime is outside its window. */
        UNTRUSTED_AUTHORITY,
        /** The TSA certificate lacks the critical timeStamping usage, was not valid at genTime, or is not the one the token names. */
        BAD_TSA_CERTIFICATE,
        /** The CMS signature over the token's content does not verify. */
        BAD_SIGNATURE
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    static TimestampCheck fail(Outcome o, String reason) {
        return new TimestampCheck(o, reason, Optional.empty(), Optional.empty());
    }
}
