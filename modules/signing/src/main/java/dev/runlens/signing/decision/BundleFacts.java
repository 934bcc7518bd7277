package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * What signing and verification need to know about a run bundle, recomputed from the bundle itself
 * (never taken from a decision). The workbench builds it from the hardened reader and the replay
 * (gate episodes, artifact versions, the runtime's patch semantics); signing depends on nothing above
 * protocol, so it asks through this interface.
 */
public interface BundleFacts {

    /** The runtime's integrity verdict on the bundle. */
    enum Integrity { VALID, MISMATCH, MISSING, ERROR }

    /** SHA-256 of the exact bytes read (forensic, advisory). */
    String fileSha256();

    Integrity integrity();

    Optional<String> declaredSha256();

    /** The integrity digest recomputed (design B13); empty when it cannot be computed. */
    Optional<String> computedSha256();

    /** Why the content cannot be canonicalized unambiguously (duplicate keys, lone surrogates, ...); empty when it can. */
    List<String> canonicalProblems();

    String runId();

    String workflowId();

    long workflowVersion();

    String protocolVersion();

    String runStatus();

    int traceLength();

    /** The id of the trace event at {@code index}. */
    Optional<String> traceEventId(int index);

    /** JCS SHA-256 (hex) of the array of the first {@code length} trace events. */
    String tracePrefixSha256(int length);

    /** The {@code human_gate_requested} event with this id, with whether it is still open after {@code position} events. */
    Optional<GateRequest> gateRequest(String requestEventId, int position);

    /** Gate requests still open at the end of the trace. */
    List<GateRequest> pendingGates();

    /** The runtime's artifact-form SHA-256 of a version's data, recomputed; empty when the version or its data is absent. */
    Optional<String> artifactPayloadHash(String artifactKey, long version);

    Optional<JsonValue> artifactData(String artifactKey, long version);

    /** Applies RFC 6902 operations as the runtime's {@code patchArtifact} does. */
    PatchResult applyPatch(JsonValue base, JsonValue.Arr patch);

    record PatchResult(Optional<JsonValue> result, String error) {
        public static PatchResult ok(JsonValue v) {
            return new PatchResult(Optional.of(v), null);
        }

        public static PatchResult failed(String why) {
            return new PatchResult(Optional.empty(), why);
        }
    }

    /**
     * A gate request: where it is, what it asks, whether it is open, and the artifact versions a
     * reviewer is shown for it (the step's inputs before it runs, its outputs after).
     */
    record GateRequest(String eventId, int index, String stepId, String gate, String ts, boolean open,
                       List<DecisionStatement.ReviewedArtifact> shown) {
        public GateRequest {
            shown = List.copyOf(shown);
        }
    }
}
