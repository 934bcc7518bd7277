package dev.runlens.signing.verify;

import java.time.Instant;

/**
 * Verified evidence that a decision existed by a time (design B10, upper bound): what reports print
 * beside the claimed {@code decidedAt} as "existed by {@code existedBy} ({@code source}, {@code by})".
 *
 * @param source {@link #RFC_3161} for a time-stamp token, {@link #GIVEN} for a time the caller vouched for
 * @param by     who vouches: the timestamp authority's name in the trust list, or the caller
 */
public record TimeEvidence(Instant existedBy, String source, String by) {
    public static final String RFC_3161 = "RFC 3161";
    public static final String GIVEN = "given";

    /** {@code existed by 2026-09-17T08:05:00Z (RFC 3161, TSA acme-tsa)}. */
    public String describe() {
        return "existed by " + existedBy + " (" + source + ", " + (source.equals(RFC_3161) ? "TSA " : "") + by + ")";
    }
}
