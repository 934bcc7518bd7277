package dev.runlens.signing.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing an encrypted PKCS#8 key into a key folder. */
class KeyRingImportTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    private static final KdfParameters FAST = KdfParameters.testOnly(1_000);
    private static final Instant NOW = Instant.parse("2026-09-17T08:00:00Z");

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void anImportedKeyKeepsItsKeyIdAndOpensWithTheSamePassphrase(KeyAlgorithm alg, @TempDir Path dir) throws Exception {
        SigningKey original = SigningKey.generate(alg);
        KeyRing ring = new KeyRing(dir);
        KeyRing.KeyInfo info = ring.importKey("bob", original.toEncryptedPem(PASS, FAST), "bob.pem", Optional.of("bob@example.org"),
                PASS, FAST, NOW);
        assertEquals(original.publicKey().keyId(), info.keyId());
        assertEquals(alg, info.algorithm());
        assertEquals(Optional.of("bob@example.org"), info.principal());
        assertEquals(Optional.of("2026-09-17T08:00:00Z"), info.createdAt());
        assertEquals(original.publicKey(), ring.open("bob", PASS).publicKey());
        assertEquals(original.publicKey().toPem(), Files.readString(ring.publicKeyFile("bob")));
    }

    @Test
    void aWrongPassphraseImportsNothing(@TempDir Path dir) {
        String pem = SigningKey.generate(KeyAlgorithm.ECDSA_P256).toEncryptedPem(PASS, FAST);
        KeyRing ring = new KeyRing(dir.resolve("keys"));
        WrongPassphraseException e = assertThrows(WrongPassphraseException.class,
                () -> ring.importKey("bob", pem, "bob.pem", Optional.empty(), "nope".toCharArray(), FAST, NOW));
        assertTrue(e.getMessage().startsWith("bob.pem: wrong passphrase"), e.getMessage());
        assertFalse(Files.exists(ring.privateKeyFile("bob")));
        assertFalse(Files.exists(ring.publicKeyFile("bob")));
    }

    @Test
    void anImportNeverOverwritesAKey(@TempDir Path dir) throws Exception {
        KeyRing ring = new KeyRing(dir);
        ring.generate("bob", KeyAlgorithm.ED25519, Optional.empty(), PASS, FAST, NOW);
        String before = Files.readString(ring.publicKeyFile("bob"));
        String pem = SigningKey.generate(KeyAlgorithm.ED25519).toEncryptedPem(PASS, FAST);
        assertThrows(FileAlreadyExistsException.class, () -> ring.importKey("bob", pem, "x.pem", Optional.empty(), PASS, FAST, NOW));
        assertEquals(before, Files.readString(ring.publicKeyFile("bob")));
    }

    @Test
    void aPublicKeyIsNotAPrivateKeyToImport(@TempDir Path dir) {
        String pub = SigningKey.generate(KeyAlgorithm.ED25519).publicKey().toPem();
        assertThrows(KeyFormatException.class,
                () -> new KeyRing(dir).importKey("bob", pub, "bob.pub.pem", Optional.empty(), PASS, FAST, NOW));
        assertFalse(Files.exists(dir.resolve("bob.key.pem")));
    }
}
