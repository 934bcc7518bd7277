package dev.runlens.signing.ledger;

import dev.runlens.signing.decision.DecisionRequest;
import dev.runlens.signing.decision.DecisionSigner;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SignedDecision;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.LogFixtures;
import dev.runlens.signing.fixtures.SampleFacts;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.handback.RuntimeCall;
import dev.runlens.signing.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Design (c) case 51 and B11: importing verified decisions into a live copy of the real pending sample run. */
class DecisionImportTest {
    static final Instant NOW = Instant.parse("2026-09-17T11:00:00Z");
    static final SampleFacts PENDING = Decisions.pending();

    static ImportLedger.Update<List<ImportResult>> plan(SampleFacts live, int required, List<ImportLedger.Entry> ledger, SignedDecision... ds) {
        DecisionImport imp = new DecisionImport(LogFixtures.verifier(live).build(), live, live.gates(), required, NOW);
        return imp.plan(ledger, java.util.Arrays.stream(ds).map(d -> new DecisionImport.Input(d.fileName(), d.bundle().toBytes())).toList());
    }

    static ImportResult one(ImportLedger.Update<List<ImportResult>> u) {
        assertEquals(1, u.result().size());
        return u.result().get(0);
    }

    static List<String> methods(ImportResult r) {
        return r.calls().stream().map(RuntimeCall::method).toList();
    }

    @Test
    void aVerifiedApprovalOnAPendingGateIsImportedWithItsRuntimeCalls() {
        ImportLedger.Update<List<ImportResult>> u = plan(PENDING, 1, List.of(), LogFixtures.D2);
        ImportResult r = one(u);
        assertEquals(ImportResult.Outcome.IMPORTED, r.outcome(), r.reason());
        assertEquals("session.resolveGate({\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\",\"note\":\"Handler confirmed by phone.\"});",
                r.calls().get(0).javascript());
        assertEquals(List.of("resolveGate", "annotate"), methods(r));
        ImportLedger.Entry e = u.append().get(0);
        assertEquals(List.of(LogFixtures.D2.statement().predicate().decisionId(), LogFixtures.D2.entryDigest(), "imported", "2026-09-17T11:00:00Z"),
                List.of(e.decisionId(), e.entryDigest(), e.outcome(), e.importedAt()));
        assertEquals(PENDING.computedSha256().orElseThrow(), e.liveBundleSha256());
    }

    @Test
    void importingTheSameDecisionTwiceIsANoOpEvenAfterTheRunMovedOn() {
        List<ImportLedger.Entry> ledger = plan(PENDING, 1, List.of(), LogFixtures.D2).append();
        ImportLedger.Update<List<ImportResult>> again = plan(PENDING, 1, ledger, LogFixtures.D2);
        assertEquals(ImportResult.Outcome.ALREADY_IMPORTED, one(again).outcome());
        assertTrue(one(again).reason().startsWith("already imported at 2026-09-17T11:00:00Z (imported): a no-op"), one(again).reason());
        assertTrue(again.append().isEmpty() && one(again).calls().isEmpty());
        ImportResult afterHandBack = one(plan(LogFixtures.facts("final-bundle-d1-d2-handed-back.json"), 1, ledger, LogFixtures.D2));
        assertEquals(ImportResult.Outcome.ALREADY_IMPORTED, afterHandBack.outcome(), afterHandBack.reason());
    }

    @Test
    void aRunThatMovedPastTheGateRejectsTheImport() {
        ImportResult r = one(plan(LogFixtures.facts("live-moved-past-the-gate.json"), 1, List.of(), LogFixtures.D2));
        assertEquals(ImportResult.Outcome.REJECTED, r.outcome());
        assertEquals("run has moved past the gate: human_gate_resolved #55 (evt_00000000-0000-4000-8000-000000000901) resolved notify_handler "
                + "PAUSE_BEFORE as approved", r.reason());
        assertTrue(r.report().accepted(), "the decision itself verifies against the grown run: " + r.report().failures());
    }

    @Test
    void aLiveRunThatGrewButStillStartsWithTheReviewedHistoryAcceptsTheImport() {
        SampleFacts grown = LogFixtures.facts("live-grown.json");
        ImportResult r = one(plan(grown, 1, List.of(), LogFixtures.D2));
        assertEquals(ImportResult.Outcome.IMPORTED, r.outcome(), r.reason());
        assertTrue(r.report().warnings().stream().anyMatch(c -> c.name().equals("subject-digest") && c.reason().contains("55 → 56 events")),
                r.report().warnings().toString());
    }

    @Test
    void theSameDecisionIdWithAnotherPayloadIsAConflict() {
        List<ImportLedger.Entry> ledger = plan(PENDING, 1, List.of(), LogFixtures.D2).append();
        ImportLedger.Update<List<ImportResult>> u = plan(PENDING, 1, ledger, LogFixtures.D2_CONFLICTING);
        assertEquals(ImportResult.Outcome.CONFLICT, one(u).outcome());
        assertTrue(one(u).reason().contains("was imported at 2026-09-17T11:00:00Z with payload " + LogFixtures.D2.entryDigest()), one(u).reason());
        assertTrue(u.append().isEmpty());
        ImportLedger.Update<List<ImportResult>> both = plan(PENDING, 1, List.of(), LogFixtures.D2, LogFixtures.D2_CONFLICTING);
        assertEquals(List.of(ImportResult.Outcome.CONFLICT, ImportResult.Outcome.CONFLICT), both.result().stream().map(ImportResult::outcome).toList(),
                "neither is known to be the genuine one");
        ImportLedger.Update<List<ImportResult>> withLedger = plan(PENDING, 1, ledger, LogFixtures.D2, LogFixtures.D2_CONFLICTING);
        assertEquals(List.of(ImportResult.Outcome.ALREADY_IMPORTED, ImportResult.Outcome.CONFLICT),
                withLedger.result().stream().map(ImportResult::outcome).toList(), "the ledger says which payload was imported");
    }

    @Test
    void twoRequiredApprovalsWaitForASecondPrincipalThenHandBackWithBothAnnotated() {
        ImportLedger.Update<List<ImportResult>> first = plan(PENDING, 2, List.of(), LogFixtures.D2);
        assertEquals(ImportResult.Outcome.AWAITING_APPROVALS, one(first).outcome());
        assertTrue(one(first).calls().isEmpty());
        ImportResult second = one(plan(PENDING, 2, first.append(), LogFixtures.D3));
        assertEquals(ImportResult.Outcome.IMPORTED, second.outcome(), second.reason());
        assertEquals(List.of("resolveGate", "annotate", "annotate"), methods(second));
        assertTrue(second.calls().get(2).javascript().contains(LogFixtures.D2.entryDigest()), second.calls().toString());
    }

    @Test
    void twoKeysOfOnePrincipalCountOnce() {
        SignedDecision aliceAgain = decide(TestKeys.ALICE_ED25519, "alice@example.org", "approved", 3, LogFixtures.D2.entryDigest(), "a3");
        ImportLedger.Update<List<ImportResult>> u = plan(PENDING, 2, List.of(), LogFixtures.D2, aliceAgain);
        assertEquals(List.of(ImportResult.Outcome.AWAITING_APPROVALS, ImportResult.Outcome.AWAITING_APPROVALS),
                u.result().stream().map(ImportResult::outcome).toList());
    }

    @Test
    void aRejectionIsHandedBackAndBlocksApprovalsEarlierInTheChain() {
        SignedDecision rejection = decide(TestKeys.BOB, "bob@example.org", "rejected", 3, LogFixtures.D2.entryDigest(), "c3");
        ImportLedger.Update<List<ImportResult>> u = plan(PENDING, 2, List.of(), LogFixtures.D2, rejection);
        assertEquals(List.of(ImportResult.Outcome.AWAITING_APPROVALS, ImportResult.Outcome.IMPORTED), u.result().stream().map(ImportResult::outcome).toList());
        assertEquals(List.of("resolveGate", "annotate"), methods(u.result().get(1)));
        assertEquals(List.of("in the runtime a rejection leaves the gate pending"), u.result().get(1).notes());
        SignedDecision lateApproval = decide(TestKeys.BOB, "bob@example.org", "approved", 2, LogFixtures.D1.entryDigest(), "b2");
        ImportResult blocked = one(plan(PENDING, 2, u.append(), lateApproval));
        assertEquals(ImportResult.Outcome.BLOCKED, blocked.outcome(), blocked.reason());
    }

    @Test
    void aDecisionAboutAnotherRunIsRejectedWithTheVerifiersReason() {
        SampleFacts other = new SampleFacts("other.json", Decisions.bytes(Decisions.sample("2026-09-08-invoice-extraction-failed.json")));
        ImportResult r = one(plan(other, 1, List.of(), LogFixtures.D2));
        assertEquals(ImportResult.Outcome.REJECTED, r.outcome());
        assertTrue(r.reason().startsWith("does not verify: subject-digest: wrong bundle"), r.reason());
    }

    @Test
    void theLedgerIsAppendOnlyJsonLinesAndRoundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger/import-ledger.jsonl");
        List<ImportLedger.Entry> first = plan(PENDING, 2, List.of(), LogFixtures.D2).append();
        ImportLedger.append(file, first);
        byte[] before = Files.readAllBytes(file);
        List<ImportResult> second = ImportLedger.update(file, existing -> plan(PENDING, 2, existing, LogFixtures.D3));
        assertEquals(ImportResult.Outcome.IMPORTED, second.get(0).outcome());
        byte[] after = Files.readAllBytes(file);
        assertEquals(new String(before), new String(after, 0, before.length), "old lines are never rewritten");
        List<ImportLedger.Entry> read = ImportLedger.read(file);
        assertEquals(List.of("awaiting-approvals", "imported"), read.stream().map(ImportLedger.Entry::outcome).toList());
        assertEquals(first.get(0), read.get(0));
        assertTrue(Files.readString(file).endsWith("\n") && Files.readString(file).lines().count() == 2);
        Files.writeString(file, "{\"not\":\"an entry\"}\n", java.nio.file.StandardOpenOption.APPEND);
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> ImportLedger.read(file));
        assertTrue(e.getMessage().contains("import-ledger.jsonl line 3: not an import-ledger entry"), e.getMessage());
    }

    static SignedDecision decide(SigningKey key, String principal, String decision, long seq, String prev, String id) {
        DecisionRequest r = Decisions.request(principal, decision, Optional.empty());
        DecisionRequest req = new DecisionRequest(r.stepId(), r.gate(), r.checkpointId(), decision, r.note(), r.edit(), r.audience(), principal,
                r.trustList(), new DecisionStatement.LogLink(seq, List.of(prev)), "00000000-0000-4000-8000-0000000000" + id, r.decidedAt(), r.producer());
        try {
            return DecisionSigner.sign(DecisionSigner.draft(PENDING, req, key.publicKey()), key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
