package dev.runlens.replay.analysis;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.Replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which step wrote each artifact version. The runtime never puts a {@code stepId} on
 * {@code artifact_written}, so a write is credited, in this order, to the step the event names;
 * else to the one step running then whose workflow {@code outputs} declare the key; else to the
 * only step running then; else, for a patch made while no step ran, to the step whose gate a
 * reviewer resolves as {@code edited} next (before any step starts); else to none.
 */
public final class StepArtifacts {
    private final List<ArtifactWrite> writes;

    private StepArtifacts(List<ArtifactWrite> writes) {
        this.writes = List.copyOf(writes);
    }

    public static StepArtifacts of(Replay replay) {
        List<ArtifactWrite> out = new ArrayList<>();
        List<TraceEvent> trace = replay.bundle().trace();
        for (TraceEvent e : trace) {
            if (e instanceof ArtifactWritten w) {
                out.add(credit(replay, e, w.artifact().artifactKey(), w.artifact().version(), ArtifactWrite.Kind.WRITTEN));
            } else if (e instanceof ArtifactPatch p) {
                out.add(credit(replay, e, p.artifactKey(), p.toVersion(), ArtifactWrite.Kind.PATCHED));
            }
        }
        return new StepArtifacts(out);
    }

    /** Every write in trace order. */
    public List<ArtifactWrite> all() {
        return writes;
    }

    /** The writes credited to {@code stepId}, in trace order. */
    public List<ArtifactWrite> forStep(String stepId) {
        return writes.stream().filter(w -> w.stepId().filter(stepId::equals).isPresent()).toList();
    }

    private static ArtifactWrite credit(Replay replay, TraceEvent e, String key, long version, ArtifactWrite.Kind kind) {
        if (e.stepId().isPresent()) return write(e, key, version, kind, e.stepId(), ArtifactWrite.Basis.EVENT_STEP);
        List<String> running = replay.runningStepsAt(e.index());
        List<String> declaring = running.stream().filter(s -> declares(replay, s, key)).toList();
        if (declaring.size() == 1) {
            return write(e, key, version, kind, Optional.of(declaring.get(0)), ArtifactWrite.Basis.DECLARED_OUTPUT);
        }
        if (running.size() == 1) {
            return write(e, key, version, kind, Optional.of(running.get(0)), ArtifactWrite.Basis.ONLY_RUNNING);
        }
        if (running.isEmpty() && kind == ArtifactWrite.Kind.PATCHED) {
            Optional<String> editor = nextEdit(replay.bundle().trace(), e.index());
            if (editor.isPresent()) return write(e, key, version, kind, editor, ArtifactWrite.Basis.REVIEWER_EDIT);
        }
        return write(e, key, version, kind, Optional.empty(), ArtifactWrite.Basis.NONE);
    }

    private static boolean declares(Replay replay, String stepId, String key) {
        return replay.bundle().run().workflowSnapshot().step(stepId).map(WorkflowStep::outputs)
                .filter(o -> o.contains(key)).isPresent();
    }

    /** The step of the first gate resolution after {@code index}, when it is an edit and no step starts before it. */
    private static Optional<String> nextEdit(List<TraceEvent> trace, int index) {
        for (int i = index + 1; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (e instanceof StepStarted) return Optional.empty();
            if (e instanceof HumanGateResolved g) {
                return g.decision() == GateDecision.EDITED ? g.stepId() : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ArtifactWrite write(TraceEvent e, String key, long version, ArtifactWrite.Kind kind,
                                       Optional<String> step, ArtifactWrite.Basis basis) {
        return new ArtifactWrite(e.index(), key, version, kind, step, basis);
    }
}
