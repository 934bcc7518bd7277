package dev.runlens.signing.decision;

import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.SampleFacts;
import dev.runlens.signing.fixtures.TestKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing refuses content that is not sealed and intact, and gates that are not pending (design B6). */
class DecisionSignerTest {
    @Test
    void theStatementFollowsTheFieldTable() {
        DecisionStatement s = Decisions.statement(TestKeys.ALICE, "alice@example.org");
        SampleFacts f = Decisions.pending();
        assertEquals("lwb-run-bundle/" + f.runId(), s.subjectName());
        assertEquals(f.declaredSha256().orElseThrow(), s.subjectSha256());
        assertEquals("https://runlens.dev/attestation/gate-decision/v1", s.predicateType());
        assertEquals("evt_c689b896-5639-4f3c-9ca7-ca7b48fa8051", s.predicate().gate().requestEventId());
        assertEquals("2026-09-17T07:11:27.367Z", s.predicate().gate().requestedAt());
        assertEquals("claim.routing", s.predicate().gate().reviewedArtifacts().get(0).artifactKey());
        assertEquals(55, s.predicate().run().traceLength());
        assertEquals(TestKeys.ALICE.publicKey().keyId(), s.predicate().reviewer().keyid());
        assertEquals("2026-09-17T08:00:00Z", s.predicate().decidedAt());
        String json = new String(Decisions.alice().payload(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicate\":{\"audience\":"), "JCS: keys sorted, no whitespace");
    }

    @Test
    void aGateThatIsNotPendingIsRefused() {
        var req = Decisions.request("alice@example.org", "approved", Optional.empty());
        var resolved = new DecisionRequest("route_claim", "PAUSE_AFTER", Optional.empty(), "approved", Optional.empty(), Optional.empty(),
                req.audience(), req.principal(), req.trustList(), req.log(), req.decisionId(), req.decidedAt(), req.producer());
        SigningRefusedException e = assertThrows(SigningRefusedException.class,
                () -> DecisionSigner.draft(Decisions.pending(), resolved, TestKeys.ALICE.publicKey()));
        assertEquals("gate PAUSE_AFTER of step route_claim is not pending in this bundle (pending: notify_handler PAUSE_BEFORE)", e.getMessage());
    }

    @Test
    void aBundleWhoseIntegrityIsNotValidIsRefused() {
        String text = new String(Decisions.bytes(Decisions.sample(Decisions.PENDING_FILE)), StandardCharsets.UTF_8)
                .replace("Confirm handler assignment", "Skip handler assignment");
        SampleFacts tampered = new SampleFacts("t.json", text.getBytes(StandardCharsets.UTF_8));
        SigningRefusedException e = assertThrows(SigningRefusedException.class, () -> DecisionSigner.draft(tampered,
                Decisions.request("alice@example.org", "approved", Optional.empty()), TestKeys.ALICE.publicKey()));
        assertTrue(e.getMessage().startsWith("the bundle's integrity is mismatch"), e.getMessage());
    }

    @Test
    void editedWithoutAPatchIsRefused() {
        SigningRefusedException e = assertThrows(SigningRefusedException.class, () -> DecisionSigner.draft(Decisions.pending(),
                Decisions.request("alice@example.org", "edited", Optional.empty()), TestKeys.ALICE.publicKey()));
        assertTrue(e.getMessage().contains("needs the edit"), e.getMessage());
    }

    @Test
    void signingWithAKeyOtherThanTheStatementsIsRefused() {
        DecisionStatement s = Decisions.statement(TestKeys.ALICE, "alice@example.org");
        assertThrows(SigningRefusedException.class, () -> DecisionSigner.sign(s, TestKeys.BOB));
    }

    @Test
    void theNoteIsNfcNormalizedAndBidiControlsAreShownEscaped() throws Exception {
        DecisionStatement s = DecisionSigner.draft(Decisions.pending(),
                Decisions.request("alice@example.org", "approved", Optional.of("cafe\u0301 \u202Eexe")), TestKeys.ALICE.publicKey());
        assertEquals("caf\u00e9 \u202Eexe", s.predicate().note().orElseThrow());
        assertEquals("caf\u00e9 \\u{202E}exe", StatementJson.visible(s.predicate().note().orElseThrow()));
    }
}
