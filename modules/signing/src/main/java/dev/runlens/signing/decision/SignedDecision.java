package dev.runlens.signing.decision;

import dev.runlens.signing.codec.Digests;

/**
 * A signed decision: the Sigstore bundle file, the exact payload bytes signed, and its
 * {@code entryDigest} ({@code sha256:} of the payload, the log's identity for it).
 */
public record SignedDecision(SigstoreBundle bundle, DecisionStatement statement) {
    public byte[] payload() {
        return bundle.envelope().payload();
    }

    public String entryDigest() {
        return Digests.prefixed(payload());
    }

    /** {@code <decisionId>.<keyid[7:15]>.decision.sigstore.json} (design B2). */
    public String fileName() {
        String keyid = statement.predicate().reviewer().keyid();
        return statement.predicate().decisionId() + "." + keyid.substring(7, 15) + ".decision.sigstore.json";
    }
}
