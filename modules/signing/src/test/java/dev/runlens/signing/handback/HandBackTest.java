package dev.runlens.signing.handback;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SignedDecision;
import dev.runlens.signing.fixtures.Decisions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The runtime calls a verified decision turns into (runtime 0.3.3 {@code session.d.ts}, {@code gateController.js}). */
class HandBackTest {
    @Test
    void aPauseGateApprovalBecomesResolveGateAndAnAnnotation() {
        SignedDecision d = Decisions.alice();
        HandBack h = HandBack.of(d.statement(), d.entryDigest());
        assertEquals(List.of("resolveGate", "annotate"), h.calls().stream().map(RuntimeCall::method).toList());
        assertEquals("session.resolveGate({\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\",\"note\":\"Handler assignment OK.\"});",
                h.calls().get(0).javascript());
        assertEquals("{\"type\":\"human_gate_resolved\",\"runId\":\"run_5839b3d0-97fe-4131-9d98-141824363ec9\",\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\",\"note\":\"Handler assignment OK.\"}",
                new String(dev.runlens.signing.codec.StrictJson.asWritten(h.expectedEvent())));
        assertEquals(new JsonValue.Str("gate-decision " + d.entryDigest() + " keyid:" + d.statement().predicate().reviewer().keyid()),
                h.calls().get(1).input().get("text"));
    }

    @Test
    void aCheckpointWithAnIdBecomesResolveCheckpointAndEditedBecomesApprovedAfterThePatch() {
        DecisionStatement s = Decisions.alice().statement();
        DecisionStatement.Predicate p = s.predicate();
        JsonValue.Arr patch = new JsonValue.Arr(List.of());
        DecisionStatement.Predicate edited = new DecisionStatement.Predicate(p.decisionId(), p.audience(), "edited", Optional.empty(),
                new DecisionStatement.Gate(p.gate().stepId(), "CHECKPOINT", Optional.of("cp-1"), p.gate().requestEventId(), p.gate().requestedAt(),
                        p.gate().reviewedArtifacts()),
                Optional.of(new DecisionStatement.Edit("claim.routing", 2, patch, "0".repeat(64))), p.run(), p.reviewer(), p.trustList(),
                p.decidedAt(), p.decidedAtSource(), p.log(), p.producer());
        HandBack h = HandBack.of(new DecisionStatement(s.subjectName(), s.subjectSha256(), s.predicateType(), edited), "sha256:" + "0".repeat(64));
        assertEquals(List.of("patchArtifact", "resolveCheckpoint", "annotate"), h.calls().stream().map(RuntimeCall::method).toList());
        assertEquals("session.resolveCheckpoint({\"stepId\":\"notify_handler\",\"checkpointId\":\"cp-1\",\"decision\":\"approved\"});",
                h.calls().get(1).javascript());
        assertEquals(new JsonValue.Str("cp-1"), h.expectedEvent().get("note"), "resolveCheckpoint writes the checkpoint id as note");
    }

    @Test
    void aRejectionSaysTheGateStaysPending() {
        DecisionStatement s = Decisions.statement(dev.runlens.signing.fixtures.TestKeys.ALICE, "alice@example.org");
        DecisionStatement.Predicate p = s.predicate();
        DecisionStatement.Predicate rej = new DecisionStatement.Predicate(p.decisionId(), p.audience(), "rejected", Optional.empty(), p.gate(),
                Optional.empty(), p.run(), p.reviewer(), p.trustList(), p.decidedAt(), p.decidedAtSource(), p.log(), p.producer());
        HandBack h = HandBack.of(new DecisionStatement(s.subjectName(), s.subjectSha256(), s.predicateType(), rej), "sha256:" + "0".repeat(64));
        assertEquals("session.resolveGate({\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"rejected\"});", h.calls().get(0).javascript());
        assertEquals(List.of("in the runtime a rejection leaves the gate pending"), h.notes());
    }
}
