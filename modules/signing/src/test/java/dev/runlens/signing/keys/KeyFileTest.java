package dev.runlens.signing.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFileTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    private static final KdfParameters FAST = KdfParameters.testOnly(1_000);

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void anEncryptedKeyFileOpensWithItsPassphraseToTheSameKey(KeyAlgorithm alg) throws Exception {
        SigningKey k = SigningKey.generate(alg);
        String pem = k.toEncryptedPem(PASS, FAST);
        assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"), pem);
        SigningKey back = SigningKey.fromEncryptedPem(pem, PASS, "k.pem");
        assertEquals(k.publicKey(), back.publicKey());
        assertTrue(back.publicKey().verify("m".getBytes(), back.sign("m".getBytes()), SignaturePolicy.DECISIONS).valid());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void aWrongPassphraseIsAClearError(KeyAlgorithm alg) {
        String pem = SigningKey.generate(alg).toEncryptedPem(PASS, FAST);
        WrongPassphraseException e = assertThrows(WrongPassphraseException.class,
                () -> SigningKey.fromEncryptedPem(pem, "wrong".toCharArray(), "alice.key.pem"));
        assertEquals("alice.key.pem: wrong passphrase (the key could not be decrypted with it)", e.getMessage());
    }

    @Test
    void productionKeyFilesUseAtLeast600000Iterations() throws Exception {
        String pem = SigningKey.generate(KeyAlgorithm.ED25519).toEncryptedPem(PASS, KdfParameters.PRODUCTION);
        assertEquals(600_000, SigningKey.kdfIterations(pem));
        assertThrows(IllegalArgumentException.class, () -> new KdfParameters(100_000, 16, false), "never silently weaker");
    }

    @Test
    void aKeyThatDoesNotMatchTheStoredPublicKeyIsRefused() throws Exception {
        SigningKey k = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        VerificationKey other = SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey();
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> k.requireMatches(other, "alice.key.pem"));
        assertTrue(e.getMessage().contains("does not match the stored public key"), e.getMessage());
    }

    @Test
    void malformedPemIsRejectedWithTheReason() {
        KeyFormatException e = assertThrows(KeyFormatException.class,
                () -> VerificationKey.fromPem("-----BEGIN PUBLIC KEY-----\nnot*base64\n-----END PUBLIC KEY-----\n"));
        assertTrue(e.getMessage().startsWith("malformed PEM"), e.getMessage());
        KeyFormatException label = assertThrows(KeyFormatException.class,
                () -> VerificationKey.fromPem(SigningKey.generate(KeyAlgorithm.ED25519).toEncryptedPem(PASS, FAST)));
        assertTrue(label.getMessage().contains("found \"ENCRYPTED PRIVATE KEY\""), label.getMessage());
    }

    @Test
    void keyIdIsSha256OfTheSpkiDer() throws Exception {
        VerificationKey k = SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey();
        assertEquals("sha256:" + dev.runlens.signing.codec.Digests.sha256Hex(k.spkiDer()), k.keyId());
        assertEquals(k, VerificationKey.fromPem(k.toPem()));
        assertEquals(79, k.fingerprint().length(), "16 groups of 4 hex characters");
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void openSslReadsRunLensKeyFilesWrittenWithProductionSettings(KeyAlgorithm alg, @TempDir Path dir) throws Exception {
        OpenSsl openssl = OpenSsl.require();
        SigningKey k = SigningKey.generate(alg);
        Files.writeString(dir.resolve("k.pem"), k.toEncryptedPem(PASS, KdfParameters.PRODUCTION));
        OpenSsl.Run r = openssl.run(dir, "pkey", "-in", "k.pem", "-passin", "pass:" + new String(PASS), "-pubout");
        assertEquals(0, r.exit(), r.err());
        assertEquals(k.publicKey(), VerificationKey.fromPem(r.out()));
        OpenSsl.Run wrong = openssl.run(dir, "pkey", "-in", "k.pem", "-passin", "pass:wrong", "-noout");
        assertTrue(wrong.exit() != 0, "OpenSSL refuses the wrong passphrase too");
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void runLensReadsKeysOpenSslGeneratesAndEncrypts(KeyAlgorithm alg, @TempDir Path dir) throws Exception {
        OpenSsl openssl = OpenSsl.require();
        String[] gen = alg == KeyAlgorithm.ED25519 ? new String[]{"genpkey", "-algorithm", "ed25519", "-out", "plain.pem"}
                : new String[]{"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "plain.pem"};
        assertEquals(0, openssl.run(dir, gen).exit());
        OpenSsl.Run enc = openssl.run(dir, "pkcs8", "-topk8", "-in", "plain.pem", "-out", "enc.pem", "-v2", "aes-256-cbc",
                "-v2prf", "hmacWithSHA256", "-iter", "600000", "-passout", "pass:" + new String(PASS));
        assertEquals(0, enc.exit(), enc.err());
        assertEquals(0, openssl.run(dir, "pkey", "-in", "plain.pem", "-pubout", "-out", "pub.pem").exit());
        SigningKey k = SigningKey.fromEncryptedPem(Files.readString(dir.resolve("enc.pem"), StandardCharsets.US_ASCII), PASS, "enc.pem");
        k.requireMatches(VerificationKey.fromPem(Files.readString(dir.resolve("pub.pem"))), "enc.pem");
        assertEquals(alg, k.algorithm());
    }
}
