package dev.runlens.workbench;

import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fingerprints as admins compare them: the key id in groups of four, and OpenSSH's SHA256 form. */
class KeyFingerprintsTest {

    /** Known answers from {@code ssh-keygen -lf} (OpenSSH 9): a P-256 key made by openssl, an Ed25519 key made by ssh-keygen. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEdsJuCfUKtZR48izgobo4Gy23NKFpU8s00m1ZNWrTXmSbhO7gZRESnevnwTk8KgXT+CrPcOufeyaStIOqW+H/zw==, SHA256:ARgJJ/q5zAcs3rYIc7h9hlU9Zj5gbg6bRABcNHDAiWE
            MCowBQYDK2VwAyEAyJ1Zv+0nUq4x+TTgZm+/ZBhmPjC+eYNuH+XDlRoSmwM=, SHA256:bqTwiRgDNdra66myRbuMU2Jz6oQIWuUGRLwWFP1VXow
            """)
    void theOpenSshFingerprintIsWhatSshKeygenPrints(String spkiBase64, String expected) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + spkiBase64 + "\n-----END PUBLIC KEY-----\n";
        assertEquals(Optional.of(expected), KeyFingerprints.openSsh(pem));
    }

    @Test
    void somethingThatIsNotAPublicKeyHasNoOpenSshFingerprint() {
        assertEquals(Optional.empty(), KeyFingerprints.openSsh("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
    }

    @Test
    void theKeyIdIsShownInFullInGroupsOfFourAsTheKeyItselfShowsIt() {
        var key = SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey();
        String grouped = KeyFingerprints.grouped(key.keyId());
        assertEquals(key.fingerprint(), grouped);
        assertEquals(key.keyId().substring(7), grouped.replace(" ", ""));
        assertEquals(16, grouped.split(" ").length);
    }
}
