package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a reviewer decides, before it is bound to a bundle: the gate, the decision, the note, and
 * for {@code edited} the patch. {@link DecisionSigner#draft} turns it into the exact Statement shown
 * before signing.
 */
public record DecisionRequest(String stepId, String gate, Optional<String> checkpointId, String decision,
                              Optional<String> note, Optional<EditRequest> edit, String audience, String principal,
                              DecisionStatement.TrustListRef trustList, DecisionStatement.LogLink log, String decisionId,
                              Instant decidedAt, DecisionStatement.Producer producer) {

    /** The edit an {@code edited} decision signs: RFC 6902 operations on the artifact's reviewed version. */
    public record EditRequest(String artifactKey, JsonValue.Arr patch) {}

    /** A fresh UUIDv4 decision id. */
    public static String newDecisionId() {
        return UUID.randomUUID().toString();
    }
}
