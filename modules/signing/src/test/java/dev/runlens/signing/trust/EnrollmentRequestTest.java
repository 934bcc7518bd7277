package dev.runlens.signing.trust;

import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.keys.KeyFormatException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnrollmentRequestTest {
    @Test
    void anEnrollmentRequestProvesPossessionOfItsKey() throws Exception {
        Envelope e = EnrollmentRequest.create(TestKeys.ALICE, "alice@example.org", Instant.parse("2026-09-01T00:00:00Z"));
        EnrollmentRequest r = EnrollmentRequest.verify(e);
        assertEquals(TestKeys.ALICE.publicKey(), r.key());
        assertEquals("alice@example.org", r.principal());
    }

    @Test
    void aRequestSignedByAnotherKeyIsRefused() throws Exception {
        Envelope e = EnrollmentRequest.create(TestKeys.ALICE, "alice@example.org", Instant.parse("2026-09-01T00:00:00Z"));
        Envelope forged = e.withoutSignatures().withSignature(new Envelope.Signature(TestKeys.ALICE.publicKey().keyId(), TestKeys.MALLORY.sign(e.pae())));
        KeyFormatException ex = assertThrows(KeyFormatException.class, () -> EnrollmentRequest.verify(forged));
        assertEquals(true, ex.getMessage().startsWith("no proof of possession"), ex.getMessage());
    }
}
