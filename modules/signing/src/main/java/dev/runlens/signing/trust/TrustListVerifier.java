package dev.runlens.signing.trust;

import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.DsseVerifier;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.protocol.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a trust list (design B7 step 4, B8): signatures from at least {@code threshold} distinct
 * pinned root keys (and, when the list brings a new root block, from its threshold too — TUF-style
 * rotation), a JCS payload of the right type, root key ids that match their keys, no rollback below
 * the highest version seen, no second list with a seen version, and an expiry (expired = stale).
 */
public final class TrustListVerifier {
    private final List<VerificationKey> pinnedRoots;
    private final int pinnedThreshold;
    private final TrustState state;
    private final Instant now;

    private TrustListVerifier(List<VerificationKey> pinnedRoots, int pinnedThreshold, TrustState state, Instant now) {
        this.pinnedRoots = List.copyOf(pinnedRoots);
        this.pinnedThreshold = pinnedThreshold;
        this.state = state;
        this.now = now;
    }

    /**
     * @param pinnedRoots root keys pinned at install time (used when {@code state} has no root block yet)
     * @param threshold   how many of them must sign
     */
    public static TrustListVerifier pinned(List<VerificationKey> pinnedRoots, int threshold, TrustState state, Instant now) {
        return new TrustListVerifier(pinnedRoots, threshold, state, now);
    }

    /** Trusts whatever root the verifier state established (roots pinned by an earlier accepted list). */
    public static TrustListVerifier fromState(TrustState state, Instant now) throws KeyFormatException {
        TrustList.Root root = state.root().orElseThrow(() -> new KeyFormatException("no root keys are pinned yet"));
        return new TrustListVerifier(keys(root.keys()), root.threshold(), state, now);
    }

    public TrustListVerdict verify(Envelope envelope) {
        List<String> reasons = new ArrayList<>();
        String digest = envelope.payloadDigest();
        if (!envelope.payloadType().equals(TrustList.PAYLOAD_TYPE)) {
            reasons.add("payloadType \"" + envelope.payloadType() + "\" is not " + TrustList.PAYLOAD_TYPE);
            return rejected(reasons, Optional.empty(), digest);
        }
        TrustList list;
        try {
            JsonValue v = StrictJson.parse(envelope.payload());
            if (!StrictJson.isCanonical(envelope.payload(), v)) reasons.add("the payload is not in JCS canonical form");
            list = TrustListJson.read(v);
        } catch (StrictJsonException e) {
            reasons.add("the payload is not a trust list: " + e.getMessage());
            return rejected(reasons, Optional.empty(), digest);
        }
        List<VerificationKey> newRoot;
        try {
            newRoot = keys(list.root().keys());
        } catch (KeyFormatException e) {
            reasons.add("root key: " + e.getMessage());
            return rejected(reasons, Optional.of(list), digest);
        }
        countSignatures(envelope, pinnedRoots, pinnedThreshold, "pinned root", reasons);
        if (!newRoot.containsAll(pinnedRoots) || list.root().threshold() != pinnedThreshold) {
            countSignatures(envelope, newRoot, list.root().threshold(), "new root", reasons); // rotation: both thresholds
        }
        if (list.version() < state.highestVersion())
            reasons.add("rollback: version " + list.version() + " is older than version " + state.highestVersion() + " already seen");
        if (list.version() == state.highestVersion() && state.highestDigest().isPresent() && !state.highestDigest().get().equals(digest))
            reasons.add("version " + list.version() + " was already seen with different content (" + state.highestDigest().get() + ")");
        if (!reasons.isEmpty()) return rejected(reasons, Optional.of(list), digest);
        TrustState after = state.after(list, digest);
        if (!OffsetDateTime.parse(list.expires()).toInstant().isAfter(now)) {
            return new TrustListVerdict(TrustListVerdict.Status.STALE, List.of("stale trust list: version " + list.version()
                    + " expired at " + list.expires()), Optional.of(list), digest, after);
        }
        return new TrustListVerdict(TrustListVerdict.Status.TRUSTED, List.of(), Optional.of(list), digest, after);
    }

    private static void countSignatures(Envelope e, List<VerificationKey> keys, int threshold, String which, List<String> reasons) {
        if (keys.isEmpty()) {
            reasons.add("no " + which + " keys");
            return;
        }
        DsseVerifier.Result r = DsseVerifier.builder().trust(keys).threshold(Math.min(threshold, keys.size()))
                .policy(SignaturePolicy.DECISIONS).build().verify(e);
        if (threshold > keys.size() || r.verifiedKeys().size() < threshold) {
            reasons.add("signed by " + r.verifiedKeys().size() + " " + which + " key(s); the threshold is " + threshold);
        }
    }

    static List<VerificationKey> keys(List<TrustList.KeyEntry> entries) throws KeyFormatException {
        List<VerificationKey> out = new ArrayList<>();
        for (TrustList.KeyEntry k : entries) {
            VerificationKey v = VerificationKey.fromPem(k.publicKeyPem());
            if (!v.keyId().equals(k.keyid())) throw new KeyFormatException("keyid " + k.keyid() + " does not match its public key (" + v.keyId() + ")");
            if (!v.algorithm().id().equals(k.alg())) throw new KeyFormatException("keyid " + k.keyid() + " says alg " + k.alg() + " but is " + v.algorithm().id());
            out.add(v);
        }
        return out;
    }

    private TrustListVerdict rejected(List<String> reasons, Optional<TrustList> list, String digest) {
        return new TrustListVerdict(TrustListVerdict.Status.REJECTED, reasons, list, digest, state);
    }
}
