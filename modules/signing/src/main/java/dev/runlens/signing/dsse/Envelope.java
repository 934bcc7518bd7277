package dev.runlens.signing.dsse;

import dev.runlens.signing.codec.Digests;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A DSSE envelope after decoding: the payload type, the payload bytes exactly as transmitted, and
 * the signatures. Immutable: byte arrays are copied in and out.
 */
public final class Envelope {
    private final String payloadType;
    private final byte[] payload;
    private final List<Signature> signatures;

    /** One signature; {@code keyId} is an unsigned hint ({@code ""} when absent). */
    public record Signature(String keyId, byte[] sig) {
        public Signature {
            Objects.requireNonNull(keyId);
            sig = sig.clone();
        }

        @Override
        public byte[] sig() {
            return sig.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && keyId.equals(s.keyId) && Arrays.equals(sig, s.sig);
        }

        @Override
        public int hashCode() {
            return keyId.hashCode() * 31 + Arrays.hashCode(sig);
        }

        @Override
        public String toString() {
            return "Signature[" + (keyId.isEmpty() ? "no keyid" : keyId) + ", " + sig.length + " bytes]";
        }
    }

    public Envelope(String payloadType, byte[] payload, List<Signature> signatures) {
        this.payloadType = Objects.requireNonNull(payloadType);
        this.payload = payload.clone();
        this.signatures = List.copyOf(signatures);
    }

    public String payloadType() {
        return payloadType;
    }

    public byte[] payload() {
        return payload.clone();
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** The bytes every signature covers. */
    public byte[] pae() {
        return Pae.encode(payloadType, payload);
    }

    /** {@code sha256:} of the payload bytes: stable across base64 variants, key ids and signature malleability (design B9). */
    public String payloadDigest() {
        return Digests.prefixed(payload);
    }

    public Envelope withSignature(Signature s) {
        List<Signature> all = new java.util.ArrayList<>(signatures);
        all.add(s);
        return new Envelope(payloadType, payload, all);
    }

    public Envelope withoutSignatures() {
        return new Envelope(payloadType, payload, List.of());
    }
}
