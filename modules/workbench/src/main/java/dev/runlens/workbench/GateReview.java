package dev.runlens.workbench;

import dev.runlens.signing.decision.DecisionStatement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle's pending gates as a reviewer meets them before deciding: each gate's request and the
 * artifact versions a decision on it would sign as reviewed, whether a decision can be signed on
 * the bundle at all ({@code refusal} says why not), and what the run has cost so far.
 *
 * @param integrity the runtime's verdict, lower case: {@code valid}, {@code mismatch}, {@code missing} or {@code error}
 * @param refusal   why no decision can be signed on this bundle (integrity not valid, content not canonicalizable); empty when it can
 * @param costSoFar the run's model spend per currency (exact decimals, currencies never added together)
 */
public record GateReview(String runId, String workflowId, long workflowVersion, String runStatus, String integrity,
                         Optional<String> refusal, Map<String, BigDecimal> costSoFar, List<PendingGate> gates) {

    public GateReview {
        costSoFar = Map.copyOf(costSoFar);
        gates = List.copyOf(gates);
    }

    /**
     * A gate waiting for a decision.
     *
     * @param index    the request event's trace index
     * @param reviewed the artifact versions shown for it (the step's inputs before it runs, its outputs after), as a decision signs them
     */
    public record PendingGate(String requestEventId, int index, String stepId, String gate, String requestedAt,
                              Optional<String> reason, List<DecisionStatement.ReviewedArtifact> reviewed) {
        public PendingGate {
            reviewed = List.copyOf(reviewed);
        }
    }

    public boolean signable() {
        return refusal.isEmpty();
    }
}
