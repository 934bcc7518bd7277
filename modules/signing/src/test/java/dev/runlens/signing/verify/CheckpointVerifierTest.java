package dev.runlens.signing.verify;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.LogFixtures;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.log.Checkpoint;
import dev.runlens.signing.log.CheckpointJson;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListJson;
import dev.runlens.signing.trust.TrustLists;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A checkpoint on its own (design B7 step 12, B8 checkpointers, B9): who may sign it and whether its numbers add up. */
class CheckpointVerifierTest {
    static final Checkpoint THREE = Checkpoint.of(LogFixtures.D1.statement().runId(),
            List.of(LogFixtures.entry(LogFixtures.D1), LogFixtures.entry(LogFixtures.D2), LogFixtures.entry(LogFixtures.D3)), LogFixtures.CHECKPOINTED);

    static CheckpointReport verify(TrustList list, Envelope e) {
        return CheckpointVerifier.of(Decisions.trusted(list)).verify(EnvelopeJson.write(e));
    }

    static void failsWith(CheckpointReport r, String check, String reasonPart) {
        assertFalse(r.accepted(), r.checks().toString());
        assertTrue(r.failures().stream().anyMatch(c -> c.name().equals(check) && c.reason().contains(reasonPart)), check + " / " + reasonPart + " in " + r.failures());
    }

    @Test
    void aCheckpointByTheListedCheckpointerIsAccepted() {
        CheckpointReport r = verify(LogFixtures.trustList(), CheckpointJson.sign(THREE, TestKeys.INGEST));
        assertTrue(r.accepted(), r.failures().toString());
        assertEquals(THREE, r.checkpoint().orElseThrow());
        assertEquals(Optional.of(LogFixtures.INGEST), r.principal());
    }

    @Test
    void aListWithoutCheckpointersAcceptsNoCheckpoint() {
        failsWith(verify(Decisions.trustList(), CheckpointJson.sign(THREE, TestKeys.INGEST)), "signature", "the trust list names no checkpointers");
    }

    @Test
    void aRootThatIsNotTheRootOfTheEntriesIsRejectedEvenWhenSigned() {
        Checkpoint forged = new Checkpoint(THREE.runId(), THREE.size(), THREE.heads(), "0".repeat(64), THREE.entries(), THREE.checkpointedAt());
        failsWith(verify(LogFixtures.trustList(), CheckpointJson.sign(forged, TestKeys.INGEST)), "merkle-root", "is not the RFC 6962 root of the listed entries");
    }

    @Test
    void aSizeThatDoesNotCountTheEntriesIsRejected() {
        Checkpoint wrong = new Checkpoint(THREE.runId(), 2, THREE.heads(), THREE.merkleRoot(), THREE.entries(), THREE.checkpointedAt());
        failsWith(verify(LogFixtures.trustList(), CheckpointJson.sign(wrong, TestKeys.INGEST)), "size", "size 2 but 3 entries listed");
    }

    @Test
    void aSubjectWithoutTheMerkleRootIsRejected() {
        JsonValue.Obj st = CheckpointJson.toJson(THREE);
        JsonValue.Obj subject = new JsonValue.Obj(java.util.Map.of("name", new JsonValue.Str(THREE.subjectName()),
                "digest", new JsonValue.Obj(java.util.Map.of("sha256", new JsonValue.Str("1".repeat(64))))));
        java.util.LinkedHashMap<String, JsonValue> m = new java.util.LinkedHashMap<>(st.members());
        m.put("subject", new JsonValue.Arr(List.of(subject)));
        Envelope e = new Envelope(DecisionStatement.PAYLOAD_TYPE, StrictJson.canonical(new JsonValue.Obj(m)), List.of());
        e = e.withSignature(new Envelope.Signature(TestKeys.INGEST.publicKey().keyId(), TestKeys.INGEST.sign(e.pae())));
        failsWith(verify(LogFixtures.trustList(), e), "subject", "is not " + THREE.subjectName() + " with the predicate's merkleRoot");
    }

    @Test
    void aCheckpointerKeyOutsideItsWindowOrCompromisedDoesNotCount() {
        TrustList expired = TrustLists.withCheckpointerKey(Decisions.trustList(), LogFixtures.INGEST, TestKeys.INGEST.publicKey(),
                Instant.parse("2026-01-01T00:00:00Z"), Optional.of(Instant.parse("2026-09-01T00:00:00Z")));
        failsWith(verify(expired, CheckpointJson.sign(THREE, TestKeys.INGEST)), "key-validity", "expired at 2026-09-17T09:30:00Z");
        TrustList compromised = TrustLists.withRevocation(LogFixtures.trustList(), TestKeys.INGEST.publicKey().keyId(), "keyCompromise",
                Instant.parse("2026-10-01T00:00:00Z"));
        failsWith(verify(compromised, CheckpointJson.sign(THREE, TestKeys.INGEST)), "revocation", "keyCompromise");
    }

    @Test
    void aDecisionEnvelopeIsNotACheckpoint() {
        Envelope e = new Envelope(DecisionStatement.PAYLOAD_TYPE, LogFixtures.D2.payload(), List.of());
        e = e.withSignature(new Envelope.Signature(TestKeys.INGEST.publicKey().keyId(), TestKeys.INGEST.sign(e.pae())));
        failsWith(verify(LogFixtures.trustList(), e), "predicate-type", "is not " + Checkpoint.PREDICATE_TYPE);
    }

    @Test
    void checkpointersRoundTripThroughTheTrustListAndAListWithoutThemKeepsItsBytes() throws Exception {
        TrustList with = LogFixtures.trustList();
        assertEquals(with, TrustListJson.read(StrictJson.parse(StrictJson.canonical(TrustListJson.toJson(with)))));
        assertEquals(List.of(Checkpoint.PREDICATE_TYPE), with.checkpointers().get(0).keys().get(0).purposes());
        TrustList without = Decisions.trustList();
        assertFalse(new String(StrictJson.canonical(TrustListJson.toJson(without))).contains("checkpointers"));
        assertArrayEquals(StrictJson.canonical(TrustListJson.toJson(without)),
                StrictJson.canonical(TrustListJson.toJson(TrustListJson.read(StrictJson.parse(StrictJson.canonical(TrustListJson.toJson(without)))))));
    }
}
