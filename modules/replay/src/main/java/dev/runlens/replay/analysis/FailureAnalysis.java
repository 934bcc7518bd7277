package dev.runlens.replay.analysis;

import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;

import java.util.List;
import java.util.Optional;

/**
 * Why a run failed or was cancelled. {@code stepId} is the first failing step, else the step
 * whose gate a reviewer rejected, else the step that was running (or, when none was, the last one
 * that did something) when the run ended. {@code message}/{@code code} are the step's error, the
 * rejection's note, or the run's reason. {@code leadUp} are the step's events up to the failure;
 * {@code pendingGates}, {@code runningSteps} and {@code notStarted} describe the run just before
 * its final status change (or at the end of the trace when it has none).
 */
public record FailureAnalysis(RunStatus runStatus, Cause cause, Optional<String> stepId, Optional<String> message,
                              Optional<String> code, Optional<TraceEvent> failingEvent, List<TraceEvent> leadUp,
                              List<GateState> pendingGates, List<String> runningSteps, List<String> notStarted,
                              Optional<String> runReason) {
    public FailureAnalysis {
        leadUp = List.copyOf(leadUp);
        pendingGates = List.copyOf(pendingGates);
        runningSteps = List.copyOf(runningSteps);
        notStarted = List.copyOf(notStarted);
    }

    public enum Cause {
        /** A {@code step_completed} with {@code ok: false}. */
        STEP_FAILED,
        /** A reviewer rejected a gate and the run ended without approving it again. */
        GATE_REJECTED,
        /** Cancelled without a failed step or rejected gate (e.g. by the user). */
        CANCELLED,
        /** Failed without a failed step or rejected gate. */
        RUN_FAILED
    }

    /** The analysis of a run that failed, was cancelled or has a failed step; empty otherwise. */
    public static Optional<FailureAnalysis> of(Replay replay) {
        return Failures.analyse(replay);
    }
}
