package dev.runlens.app.keys;

import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.keys.KeyRing;

/** One reviewer key as the keys screen lists it (plain texts: the metadata file is the user's, but still a file). */
public record KeyRow(String name, String algorithm, String keyId, String fingerprint, String principal, String created, KeyRing.KeyInfo info) {

    static KeyRow of(KeyRing.KeyInfo k) {
        return new KeyRow(PlainText.of(k.name()), switch (k.algorithm()) {
            case ECDSA_P256 -> "P-256 (ECDSA, SHA-256)";
            case ED25519 -> "Ed25519";
        }, k.keyId(), k.fingerprint(), PlainText.of(k.principal().orElse("—")), PlainText.of(k.createdAt().orElse("—")), k);
    }
}
