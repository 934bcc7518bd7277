package dev.runlens.signing.trust;

import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.keys.VerificationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust-list verification and tamper cases (design (c) 43, 45). */
class TrustListTest {
    private static final List<VerificationKey> ROOTS = List.of(TestKeys.ROOT_1.publicKey(), TestKeys.ROOT_2.publicKey());

    private static TrustListVerdict verify(Envelope e, TrustState state, Instant now) {
        return TrustListVerifier.pinned(ROOTS, 2, state, now).verify(EnvelopeJsonRoundTrip.of(e));
    }

    /** Through the wire form, as a file would be read. */
    static final class EnvelopeJsonRoundTrip {
        static Envelope of(Envelope e) {
            try {
                return EnvelopeJson.read(EnvelopeJson.write(e));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    @Test
    void aListSignedByBothRootsIsTrusted() {
        TrustListVerdict v = verify(Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ROOT_2), TrustState.EMPTY, Decisions.NOW);
        assertEquals(TrustListVerdict.Status.TRUSTED, v.status(), v.reasons().toString());
        assertEquals(1, v.state().highestVersion());
    }

    @Test
    void belowTheRootThresholdIsRejected() {
        TrustListVerdict v = verify(Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1), TrustState.EMPTY, Decisions.NOW);
        assertEquals(TrustListVerdict.Status.REJECTED, v.status());
        assertTrue(v.reasons().get(0).contains("signed by 1 pinned root key(s); the threshold is 2"), v.reasons().toString());
    }

    @Test
    void signaturesByNonRootKeysDoNotCount() {
        TrustListVerdict v = verify(Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ALICE), TrustState.EMPTY, Decisions.NOW);
        assertEquals(TrustListVerdict.Status.REJECTED, v.status());
    }

    @Test
    void anEditedPayloadNoLongerVerifies() {
        Envelope signed = Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ROOT_2);
        String text = new String(signed.payload(), StandardCharsets.UTF_8).replace("\"bob@example.org\"", "\"mallory@example.org\"");
        Envelope tampered = new Envelope(signed.payloadType(), text.getBytes(StandardCharsets.UTF_8), signed.signatures());
        assertEquals(TrustListVerdict.Status.REJECTED, verify(tampered, TrustState.EMPTY, Decisions.NOW).status());
    }

    @Test
    void rollbackToAnOlderVersionIsRejected() throws Exception {
        Envelope v1 = Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ROOT_2);
        TrustList t2 = TrustLists.editable(v1, Decisions.NOW, Duration.ofDays(365));
        Envelope v2 = Decisions.signed(t2, TestKeys.ROOT_1, TestKeys.ROOT_2);
        TrustState afterV2 = verify(v2, TrustState.EMPTY, Decisions.NOW).state();
        assertEquals(2, afterV2.highestVersion());
        assertEquals(Optional.of(v1.payloadDigest()), TrustLists.read(v2).previous(), "v2 links to v1");
        TrustListVerdict back = verify(v1, afterV2, Decisions.NOW);
        assertEquals(TrustListVerdict.Status.REJECTED, back.status());
        assertTrue(back.reasons().get(0).startsWith("rollback"), back.reasons().toString());
    }

    @Test
    void anExpiredListIsStale() {
        TrustListVerdict v = verify(Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ROOT_2), TrustState.EMPTY,
                Instant.parse("2100-01-01T00:00:00Z"));
        assertEquals(TrustListVerdict.Status.STALE, v.status());
        assertTrue(v.usable() && v.reasons().get(0).startsWith("stale trust list"), v.reasons().toString());
    }

    @Test
    void aFastForwardSignedByOneCompromisedRootIsRejected() {
        TrustList t = Decisions.trustList();
        TrustList jump = new TrustList(1_000_000_001L, t.issuedAt(), t.expires(), t.previous(), t.root(), t.reviewers(), t.revocations(), t.policy());
        assertEquals(TrustListVerdict.Status.REJECTED, verify(Decisions.signed(jump, TestKeys.ROOT_1), TrustState.EMPTY, Decisions.NOW).status());
    }

    @Test
    void aNewRootBlockNeedsTheOldAndTheNewThreshold() {
        TrustList t = Decisions.trustList();
        TrustList rotated = new TrustList(2, t.issuedAt(), t.expires(), t.previous(),
                new TrustList.Root(1, List.of(TrustLists.entry(TestKeys.ROOT_3.publicKey()))), t.reviewers(), t.revocations(), t.policy());
        assertEquals(TrustListVerdict.Status.REJECTED, verify(Decisions.signed(rotated, TestKeys.ROOT_3), TrustState.EMPTY, Decisions.NOW).status(),
                "the new root alone cannot take over");
        assertEquals(TrustListVerdict.Status.TRUSTED,
                verify(Decisions.signed(rotated, TestKeys.ROOT_1, TestKeys.ROOT_2, TestKeys.ROOT_3), TrustState.EMPTY, Decisions.NOW).status());
    }

    @Test
    void aRevocationSeenOnceIsEnforcedAfterAnOlderListIsLoaded(@TempDir Path dir) throws Exception {
        Envelope v1 = Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1, TestKeys.ROOT_2);
        TrustList t2 = TrustLists.withRevocation(TrustLists.editable(v1, Decisions.NOW, Duration.ofDays(365)),
                TestKeys.ALICE.publicKey().keyId(), "keyCompromise", Instant.parse("2026-09-01T00:00:00Z"));
        TrustState state = verify(Decisions.signed(t2, TestKeys.ROOT_1, TestKeys.ROOT_2), TrustState.EMPTY, Decisions.NOW).state();
        state.save(dir.resolve("state.json"));
        TrustState loaded = TrustState.load(dir.resolve("state.json"));
        assertEquals(state, loaded);
        TrustListVerdict old = verify(v1, new TrustState(0, Optional.empty(), Optional.empty(), loaded.revocationsSeen()), Decisions.NOW);
        assertTrue(old.usable());
        var report = dev.runlens.signing.verify.DecisionVerifier.builder().trustList(old).audience(Decisions.AUDIENCE)
                .bundle(Decisions.pending()).build().verify(Decisions.alice().bundle().toBytes());
        assertTrue(report.failures().stream().anyMatch(c -> c.name().equals("revocation")), report.failures().toString());
    }

    @Test
    void rootKeyIdsMustMatchTheirKeys() {
        TrustList t = Decisions.trustList();
        TrustList.KeyEntry lie = new TrustList.KeyEntry(TestKeys.ROOT_2.publicKey().keyId(), "ecdsa-p256-sha256", TestKeys.ROOT_1.publicKey().toPem());
        TrustList bad = new TrustList(1, t.issuedAt(), t.expires(), t.previous(), new TrustList.Root(1, List.of(lie)), t.reviewers(), t.revocations(), t.policy());
        TrustListVerdict v = verify(Decisions.signed(bad, TestKeys.ROOT_1, TestKeys.ROOT_2), TrustState.EMPTY, Decisions.NOW);
        assertEquals(TrustListVerdict.Status.REJECTED, v.status());
        assertTrue(v.reasons().get(0).contains("does not match its public key"), v.reasons().toString());
    }
}
