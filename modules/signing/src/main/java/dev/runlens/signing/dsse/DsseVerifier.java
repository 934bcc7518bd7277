package dev.runlens.signing.dsse;

import dev.runlens.signing.keys.SignatureCheck;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.VerificationKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies any DSSE envelope against a set of trusted keys, in the spec's order: decode (done by
 * {@link EnvelopeJson}), verify each signature over the PAE with every trusted key (the {@code keyid}
 * never decides trust), require {@code threshold} distinct keys, then check the payload type.
 * Configured once with {@link #builder()}; {@link #verify} is the one entry point.
 */
public final class DsseVerifier {
    private final List<VerificationKey> keys;
    private final int threshold;
    private final SignaturePolicy policy;
    private final Set<String> payloadTypes;

    private DsseVerifier(Builder b) {
        this.keys = List.copyOf(b.keys);
        this.threshold = b.threshold;
        this.policy = b.policy;
        this.payloadTypes = Set.copyOf(b.payloadTypes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<VerificationKey> keys = new ArrayList<>();
        private int threshold = 1;
        private SignaturePolicy policy = SignaturePolicy.PLAIN_DER;
        private final Set<String> payloadTypes = new LinkedHashSet<>();

        public Builder trust(VerificationKey key) {
            if (!keys.contains(key)) keys.add(key);
            return this;
        }

        public Builder trust(List<VerificationKey> ks) {
            ks.forEach(this::trust);
            return this;
        }

        public Builder threshold(int t) {
            if (t < 1) throw new IllegalArgumentException("threshold must be at least 1");
            this.threshold = t;
            return this;
        }

        public Builder policy(SignaturePolicy p) {
            this.policy = p;
            return this;
        }

        /** Accept only these payload types (exact, case-sensitive); none given means any. */
        public Builder payloadType(String type) {
            payloadTypes.add(type);
            return this;
        }

        public DsseVerifier build() {
            if (keys.isEmpty()) throw new IllegalStateException("no trusted keys");
            if (threshold > keys.size())
                throw new IllegalStateException("threshold " + threshold + " exceeds the " + keys.size() + " trusted keys");
            return new DsseVerifier(this);
        }
    }

    /**
     * One signature's outcome: the trusted key it verified with, or why it verified with none.
     *
     * @param keyIdHint the envelope's unsigned {@code keyid} ({@code ""} when absent)
     */
    public record SignatureOutcome(int index, String keyIdHint, Optional<VerificationKey> verifiedBy, String reason) {}

    /**
     * The verdict. {@code payload} is present only when valid: exactly the verified bytes, to be used
     * instead of re-reading the envelope.
     */
    public record Result(boolean valid, String reason, String payloadType, Optional<byte[]> payload,
                         List<SignatureOutcome> signatures, List<VerificationKey> verifiedKeys, int threshold) {
        public Result {
            signatures = List.copyOf(signatures);
            verifiedKeys = List.copyOf(verifiedKeys);
        }
    }

    public Result verify(Envelope envelope) {
        byte[] pae = envelope.pae();
        List<SignatureOutcome> outcomes = new ArrayList<>();
        List<VerificationKey> verified = new ArrayList<>();
        List<Envelope.Signature> sigs = envelope.signatures();
        for (int i = 0; i < sigs.size(); i++) {
            Envelope.Signature s = sigs.get(i);
            Optional<VerificationKey> by = Optional.empty();
            List<String> reasons = new ArrayList<>();
            for (VerificationKey k : ordered(s.keyId())) {
                SignatureCheck c = k.verify(pae, s.sig(), policy);
                if (c.valid()) {
                    by = Optional.of(k);
                    break;
                }
                reasons.add(k.keyId() + ": " + c.reason());
            }
            by.ifPresent(k -> {
                if (!verified.contains(k)) verified.add(k);
            });
            outcomes.add(new SignatureOutcome(i, s.keyId(), by,
                    by.map(k -> "verifies with " + k.keyId()).orElse("verifies with no trusted key (" + String.join("; ", reasons) + ")")));
        }
        String reason;
        boolean valid = false;
        if (sigs.isEmpty()) {
            reason = "the envelope has no signatures";
        } else if (verified.size() < threshold) {
            reason = verified.isEmpty() ? "no signature verifies with a trusted key"
                    : "only " + verified.size() + " distinct trusted key(s) signed; the threshold is " + threshold;
        } else if (!payloadTypes.isEmpty() && !payloadTypes.contains(envelope.payloadType())) {
            reason = "payloadType \"" + envelope.payloadType() + "\" is not accepted (expected " + String.join(" or ", payloadTypes) + ")";
        } else {
            valid = true;
            reason = verified.size() + " of " + threshold + " required trusted key(s) signed";
        }
        return new Result(valid, reason, envelope.payloadType(), valid ? Optional.of(envelope.payload()) : Optional.empty(),
                outcomes, verified, threshold);
    }

    /** Trusted keys, the one the hint names first: the hint only orders the work. */
    private List<VerificationKey> ordered(String hint) {
        List<VerificationKey> out = new ArrayList<>(keys.size());
        for (VerificationKey k : keys) if (k.keyId().equals(hint)) out.add(k);
        for (VerificationKey k : keys) if (!k.keyId().equals(hint)) out.add(k);
        return out;
    }
}
