package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed gate decision: an in-toto Statement v1 whose subject is the run bundle's integrity
 * digest and whose predicate is {@value #PREDICATE_TYPE} (design B3, field by field).
 */
public record DecisionStatement(String subjectName, String subjectSha256, String predicateType, Predicate predicate) {
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    public static final String PREDICATE_TYPE = "https://runlens.dev/attestation/gate-decision/v1";
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";
    public static final String SUBJECT_PREFIX = "lwb-run-bundle/";
    public static final Set<String> DECISIONS = Set.of("approved", "rejected", "edited");
    public static final Set<String> GATES = Set.of("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT");

    public record Predicate(String decisionId, String audience, String decision, Optional<String> note, Gate gate,
                            Optional<Edit> edit, Run run, Reviewer reviewer, TrustListRef trustList, String decidedAt,
                            String decidedAtSource, LogLink log, Producer producer) {}

    /** The gate answered: {@code resolveGate}/{@code resolveCheckpoint} arguments plus the request event answered. */
    public record Gate(String stepId, String gate, Optional<String> checkpointId, String requestEventId, String requestedAt,
                       List<ReviewedArtifact> reviewedArtifacts) {
        public Gate {
            reviewedArtifacts = List.copyOf(reviewedArtifacts);
        }
    }

    /** What the reviewer was shown; {@code payloadHash} in the runtime's artifact canonical form. */
    public record ReviewedArtifact(String artifactKey, long version, String payloadHash) {}

    /** The signed edit (required iff {@code decision = edited}): RFC 6902 operations on {@code baseVersion}. */
    public record Edit(String artifactKey, long baseVersion, JsonValue.Arr patch, String resultPayloadHash) {}

    /** Binds the decision to the run; {@code tracePrefixSha256} is the JCS SHA-256 of the first {@code traceLength} events. */
    public record Run(String runId, String workflowId, long workflowVersion, String protocolVersion, String status,
                      String integritySource, String bundleFileSha256, long traceLength, String traceHeadEventId,
                      String tracePrefixSha256) {}

    public record Reviewer(String principal, String keyid) {}

    public record TrustListRef(long version, String digest) {}

    /** Hash chain: {@code prev} lists {@code sha256:} digests of earlier payloads (design B9). */
    public record LogLink(long seq, List<String> prev) {
        public LogLink {
            prev = List.copyOf(prev);
        }

        public static LogLink first() {
            return new LogLink(1, List.of());
        }
    }

    public record Producer(String name, String version) {}

    public String runId() {
        return predicate.run().runId();
    }
}
