package dev.runlens.replay;

import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.StepError;

import java.util.Map;
import java.util.Optional;

/**
 * One step at one trace position. {@code startedAt}/{@code endedAt} are the timestamps (as
 * written) of the latest attempt; {@code attempts} counts {@code step_started} events.
 * {@code before}, {@code after} and {@code checkpoints} are the gate slots as the runtime keeps
 * them (its {@code engine.gateState}), driven by the trace as the live session drives them.
 * {@code inWorkflow} is false for a step id the workflow snapshot does not define.
 */
public record StepState(String stepId, boolean inWorkflow, GatePolicy policy, StepStatus status, int attempts,
                        Optional<String> startedAt, Optional<String> endedAt, Optional<StepError> error,
                        GateStatus before, GateStatus after, Map<String, GateStatus> checkpoints) {
    public StepState {
        checkpoints = Map.copyOf(checkpoints);
    }

    /** A step that has not started, with the gate slots its policy starts with (runtime {@code initialGateState}). */
    static StepState initial(String stepId, boolean inWorkflow, GatePolicy policy) {
        GateStatus before = policy == GatePolicy.PAUSE_BEFORE || policy == GatePolicy.CHECKPOINT
                ? GateStatus.PENDING : GateStatus.APPROVED;
        return new StepState(stepId, inWorkflow, policy, StepStatus.PENDING, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), before, GateStatus.APPROVED, Map.of());
    }

    StepState withStatus(StepStatus s) {
        return new StepState(stepId, inWorkflow, policy, s, attempts, startedAt, endedAt, error, before, after,
                checkpoints);
    }

    StepState started(String ts) {
        return new StepState(stepId, inWorkflow, policy, StepStatus.RUNNING, attempts + 1, Optional.of(ts),
                Optional.empty(), Optional.empty(), before, after, checkpoints);
    }

    StepState ended(boolean ok, String ts, Optional<StepError> err) {
        return new StepState(stepId, inWorkflow, policy, ok ? StepStatus.COMPLETED : StepStatus.FAILED, attempts,
                startedAt, Optional.of(ts), ok ? Optional.empty() : err, before, after, checkpoints);
    }

    StepState withError(StepError err) {
        return new StepState(stepId, inWorkflow, policy, status, attempts, startedAt, endedAt, Optional.of(err),
                before, after, checkpoints);
    }

    StepState withGates(GateStatus b, GateStatus a, Map<String, GateStatus> cps) {
        return new StepState(stepId, inWorkflow, policy, status, attempts, startedAt, endedAt, error, b, a, cps);
    }
}
