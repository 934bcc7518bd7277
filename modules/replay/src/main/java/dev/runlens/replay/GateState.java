package dev.runlens.replay;

import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One gate episode at one trace position: a {@code human_gate_requested} and the
 * {@code human_gate_resolved} that answered it (absent while pending). A resolution without a
 * request is an episode of its own ({@code request} empty). {@code id} is the id of the episode's
 * first event.
 */
public record GateState(String id, String stepId, Gate gate, Optional<HumanGateRequested> request,
                        Optional<Resolution> resolution) {

    /**
     * How the gate was resolved. {@code note} is always as written: on a {@code CHECKPOINT} it is
     * either a reviewer's note ({@code resolveGate}) or a checkpoint id ({@code resolveCheckpoint},
     * surprise #10). {@code checkpointId} is set when the trace says it is one: the decision is not
     * {@code edited} ({@code resolveCheckpoint} never writes that) and the resolution answers no
     * open request, or the request it answers names it ({@code Checkpoint "id" ...}), or the step
     * was running. A note that answers an open generic CHECKPOINT request is a reviewer's note.
     */
    public record Resolution(GateDecision decision, Optional<String> note, Optional<String> checkpointId,
                             HumanGateResolved event) {}

    public boolean pending() {
        return resolution.isEmpty();
    }

    public boolean rejected() {
        return resolution.map(r -> r.decision() == GateDecision.REJECTED).orElse(false);
    }

    /** Milliseconds from request to resolution; empty while pending, without a request, or when a timestamp does not parse. */
    public OptionalDouble waitedMs() {
        if (request.isEmpty() || resolution.isEmpty()) return OptionalDouble.empty();
        return Timestamps.millisBetween(request.get().ts(), resolution.get().event().ts());
    }

    GateState resolvedBy(Resolution r) {
        return new GateState(id, stepId, gate, request, Optional.of(r));
    }
}
