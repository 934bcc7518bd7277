package dev.runlens.signing.keys;

import java.util.Optional;

/** The two signature algorithms RunLens signs and verifies with (design B5); everything else is refused. */
public enum KeyAlgorithm {
    /** ECDSA over NIST P-256 with SHA-256: the default, the one PIV cards and cosign support. */
    ECDSA_P256("ecdsa-p256-sha256"),
    /** Pure Ed25519 (RFC 8032), for software keys. */
    ED25519("ed25519");

    private final String id;

    KeyAlgorithm(String id) {
        this.id = id;
    }

    /** The name the trust list writes ({@code alg}). */
    public String id() {
        return id;
    }

    public static Optional<KeyAlgorithm> fromId(String id) {
        for (KeyAlgorithm a : values()) if (a.id.equals(id)) return Optional.of(a);
        return Optional.empty();
    }
}
