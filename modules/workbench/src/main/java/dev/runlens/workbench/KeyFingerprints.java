package dev.runlens.workbench;

import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.VerificationKey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * How a key is shown to people who compare it out of band (design B8): the key id in full in groups
 * of four hex characters, and the OpenSSH form admins know ({@code SHA256:} + unpadded base64 of the
 * SHA-256 of the key's SSH wire blob), which equals {@code ssh-keygen -lf} on the same key.
 */
public final class KeyFingerprints {
    private KeyFingerprints() {}

    /**
     * {@code a370 6bdf …}: a {@code sha256:} key id's hex in full, in groups of four (as the Keys screen
     * and {@code VerificationKey.fingerprint()} show it); anything else is returned as it is.
     */
    public static String grouped(String keyid) {
        if (!keyid.startsWith("sha256:")) return keyid;
        String hex = keyid.substring("sha256:".length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) sb.append(' ');
            sb.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return sb.toString();
    }

    /** {@code SHA256:…} as {@code ssh-keygen -lf} prints it; empty when the PEM is not a P-256 or Ed25519 public key. */
    public static Optional<String> openSsh(String publicKeyPem) {
        try {
            VerificationKey k = VerificationKey.fromPem(publicKeyPem);
            byte[] spki = k.spkiDer();
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            if (k.algorithm() == KeyAlgorithm.ED25519) {
                string(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
                string(blob, Arrays.copyOfRange(spki, spki.length - 32, spki.length));
            } else {
                string(blob, "ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII));
                string(blob, "nistp256".getBytes(StandardCharsets.US_ASCII));
                string(blob, Arrays.copyOfRange(spki, spki.length - 65, spki.length)); // the uncompressed point ends the SPKI
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob.toByteArray());
            return Optional.of("SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (KeyFormatException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** An SSH {@code string}: a 32-bit big-endian length, then the bytes. */
    private static void string(ByteArrayOutputStream out, byte[] bytes) {
        int n = bytes.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.writeBytes(bytes);
    }
}
