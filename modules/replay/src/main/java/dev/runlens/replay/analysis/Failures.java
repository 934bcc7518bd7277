package dev.runlens.replay.analysis;

import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the cause of a failure (see {@link FailureAnalysis}). */
final class Failures {
    private Failures() {}

    static Optional<FailureAnalysis> analyse(Replay r) {
        List<TraceEvent> trace = r.bundle().trace();
        int end = terminal(trace);
        RunStatus status = end < trace.size() ? ((RunStatusChanged) trace.get(end)).status() : RunStatus.RUNNING;
        Optional<StepCompleted> failed = trace.stream().filter(e -> e instanceof StepCompleted c && !c.ok())
                .map(StepCompleted.class::cast).findFirst();
        if (failed.isEmpty() && status != RunStatus.FAILED && status != RunStatus.CANCELLED) return Optional.empty();
        RunState before = r.stateAt(Math.min(end, trace.size()));
        Optional<String> reason = end < trace.size() ? ((RunStatusChanged) trace.get(end)).reason() : Optional.empty();
        if (failed.isPresent()) return Optional.of(stepFailed(r, failed.get(), status, before, reason));
        Optional<HumanGateResolved> rejected = rejection(trace, end);
        if (rejected.isPresent()) {
            HumanGateResolved g = rejected.get();
            return Optional.of(result(status, FailureAnalysis.Cause.GATE_REJECTED, g.stepId(), g.note(),
                    Optional.empty(), Optional.of(g), trace, before, reason, g.index()));
        }
        Optional<String> step = before.stepsWith(StepStatus.RUNNING).stream().findFirst()
                .or(() -> lastActive(trace, end));
        FailureAnalysis.Cause cause = status == RunStatus.CANCELLED ? FailureAnalysis.Cause.CANCELLED
                : FailureAnalysis.Cause.RUN_FAILED;
        Optional<String> message = reason.or(() -> fatalMessage(trace, end));
        return Optional.of(result(status, cause, step, message, Optional.empty(),
                end < trace.size() ? Optional.of(trace.get(end)) : Optional.empty(), trace, before, reason, end));
    }

    private static FailureAnalysis stepFailed(Replay r, StepCompleted c, RunStatus status, RunState before,
                                              Optional<String> reason) {
        List<TraceEvent> trace = r.bundle().trace();
        Optional<ErrorEvent> err = trace.stream().skip(c.index() + 1L).filter(ErrorEvent.class::isInstance)
                .map(ErrorEvent.class::cast).filter(e -> e.stepId().equals(c.stepId())).findFirst();
        Optional<String> message = c.error().map(e -> e.message()).or(() -> err.map(ErrorEvent::message));
        Optional<String> code = c.error().flatMap(e -> e.code()).or(() -> err.flatMap(ErrorEvent::code));
        int last = err.filter(e -> e.index() == c.index() + 1).map(TraceEvent::index).orElse(c.index());
        return result(status, FailureAnalysis.Cause.STEP_FAILED, c.stepId(), message, code, Optional.of(c), trace,
                before, reason, last);
    }

    private static FailureAnalysis result(RunStatus status, FailureAnalysis.Cause cause, Optional<String> step,
                                          Optional<String> message, Optional<String> code,
                                          Optional<TraceEvent> failing, List<TraceEvent> trace, RunState before,
                                          Optional<String> reason, int upTo) {
        List<TraceEvent> leadUp = new ArrayList<>();
        for (int i = 0; i <= Math.min(upTo, trace.size() - 1); i++) {
            TraceEvent e = trace.get(i);
            if (step.isPresent() && e.stepId().equals(step)) leadUp.add(e);
        }
        List<String> notStarted = new ArrayList<>(before.stepsWith(StepStatus.PENDING));
        notStarted.addAll(before.stepsWith(StepStatus.NEVER_REACHED));
        return new FailureAnalysis(status, cause, step, message, code, failing, leadUp, before.pendingGates(),
                before.stepsWith(StepStatus.RUNNING), notStarted, reason);
    }

    /** Index of the last status change to failed/cancelled, or the trace size when there is none. */
    private static int terminal(List<TraceEvent> trace) {
        for (int i = trace.size() - 1; i >= 0; i--) {
            if (trace.get(i) instanceof RunStatusChanged c
                    && (c.status() == RunStatus.FAILED || c.status() == RunStatus.CANCELLED)) return i;
        }
        return trace.size();
    }

    /** The last gate resolution before the end, when it was a rejection nobody overturned. */
    private static Optional<HumanGateResolved> rejection(List<TraceEvent> trace, int end) {
        for (int i = Math.min(end, trace.size()) - 1; i >= 0; i--) {
            if (trace.get(i) instanceof HumanGateResolved g) {
                return g.decision() == GateDecision.REJECTED ? Optional.of(g) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastActive(List<TraceEvent> trace, int end) {
        for (int i = Math.min(end, trace.size()) - 1; i >= 0; i--) {
            if (trace.get(i).stepId().isPresent()) return trace.get(i).stepId();
        }
        return Optional.empty();
    }

    private static Optional<String> fatalMessage(List<TraceEvent> trace, int end) {
        return trace.stream().skip(end).filter(ErrorEvent.class::isInstance).map(ErrorEvent.class::cast)
                .filter(e -> e.fatal().orElse(false)).map(ErrorEvent::message).findFirst();
    }
}
