package dev.runlens.replay;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepError;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WorkflowStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Applies trace events one at a time to the run's state. With {@code keep} every entity keeps
 * its whole history, so the fold over the full trace answers {@link #stateAt} for any position;
 * without it only the current state is held ({@link Replay#forward()}).
 */
final class Fold {
    private static final String RUN = "run";
    private static final String TOTAL = "total";
    private static final String UNATTRIBUTED = "unattributed";

    private final RunBundle bundle;
    private final Table<StepState> steps;
    private final Table<RunStatus> run;
    private final Table<SpanView> spans;
    private final Table<Totals> spend;
    private final Table<Totals> sums;
    private final GateBook gates;
    private final ArtifactBook artifacts;
    private int position;

    Fold(RunBundle bundle, boolean keep) {
        this.bundle = bundle;
        steps = new Table<>(keep);
        run = new Table<>(keep);
        spans = new Table<>(keep);
        spend = new Table<>(keep);
        sums = new Table<>(keep);
        gates = new GateBook(new CheckpointNotes(bundle.trace()), keep);
        artifacts = new ArtifactBook(bundle.artifacts(), keep);
        for (WorkflowStep s : bundle.run().workflowSnapshot().steps()) {
            if (steps.has(s.id())) continue;
            steps.put(s.id(), -1, StepState.initial(s.id(), true, s.gatePolicy()));
            spend.put(s.id(), -1, Totals.ZERO);
        }
        run.put(RUN, -1, RunStatus.RUNNING);
        sums.put(UNATTRIBUTED, -1, Totals.ZERO);
        sums.put(TOTAL, -1, Totals.ZERO);
    }

    int position() {
        return position;
    }

    void apply(TraceEvent e) {
        int i = position++;
        if (e instanceof StepStarted s) s.stepId().ifPresent(id -> steps.put(id, i, step(id).started(s.ts())));
        else if (e instanceof StepCompleted c) c.stepId().ifPresent(id -> completed(i, id, c));
        else if (e instanceof ErrorEvent err) err.stepId().ifPresent(id -> stepError(i, id, err));
        else if (e instanceof HumanGateRequested r) gates.requested(i, r);
        else if (e instanceof HumanGateResolved r) resolved(i, r);
        else if (e instanceof ArtifactWritten w) artifacts.written(i, w);
        else if (e instanceof ArtifactPatch p) artifacts.patched(i, p);
        else if (e instanceof ModelIo m && m.direction() == ModelDirection.RESPONSE) spent(i, m);
        else if (e instanceof SpanStarted s) spanStarted(i, s);
        else if (e instanceof SpanEnded s) spanEnded(i, s);
        else if (e instanceof RunStatusChanged c) run.put(RUN, i, c.status());
    }

    private StepState step(String id) {
        StepState s = steps.get(id);
        return s != null ? s : StepState.initial(id, false, GatePolicy.UNKNOWN);
    }

    private void completed(int i, String id, StepCompleted c) {
        StepState s = step(id).ended(c.ok(), c.ts(), c.error());
        GatePolicy p = s.policy();
        if (c.ok() && (p == GatePolicy.PAUSE_AFTER || p == GatePolicy.CHECKPOINT)) {
            s = s.withGates(s.before(), GateStatus.PENDING, s.checkpoints()); // the runtime's completeStep
        }
        steps.put(id, i, s);
    }

    private void stepError(int i, String id, ErrorEvent err) {
        StepState s = steps.get(id);
        if (s != null && s.status() == StepStatus.FAILED && s.error().isEmpty()) {
            steps.put(id, i, s.withError(new StepError(err.message(), err.code(), Map.of())));
        }
    }

    private void resolved(int i, HumanGateResolved r) {
        String id = r.stepId().orElse(null);
        StepState after = gates.resolved(i, r, id == null ? null : step(id));
        if (after != null) steps.put(id, i, after);
    }

    private void spent(int i, ModelIo m) {
        Optional<String> step = m.stepId();
        if (step.isPresent()) {
            Totals t = spend.get(step.get());
            spend.put(step.get(), i, (t == null ? Totals.ZERO : t).plus(m));
        } else {
            sums.put(UNATTRIBUTED, i, sums.get(UNATTRIBUTED).plus(m));
        }
        sums.put(TOTAL, i, sums.get(TOTAL).plus(m));
    }

    private void spanStarted(int i, SpanStarted s) {
        if (spans.has(s.spanId())) return; // a repeated id keeps its first start
        spans.put(s.spanId(), i, new SpanView(s.spanId(), s.parentSpanId(), s.name(), s.stepId(), s.kind(), i, s.ts(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), java.util.OptionalDouble.empty(),
                Optional.empty()));
    }

    private void spanEnded(int i, SpanEnded s) {
        SpanView v = spans.get(s.spanId());
        if (v == null || !v.open()) return;
        spans.put(s.spanId(), i, v.ended(i, s.ts(), s.status(), s.durationMs(), s.error()));
    }

    /** The current state (events {@code 0..position-1} applied). */
    RunState state() {
        return RunState.assemble(position, last(position), run.get(RUN), steps.current(), gates.gates.current(),
                artifacts.artifacts.current(), artifacts.patches.current(), spans.currentValues(), spend.current(),
                sums.get(UNATTRIBUTED), sums.get(TOTAL));
    }

    /** The state at {@code p}, from the histories (only for a fold that keeps them). */
    RunState stateAt(int p) {
        return RunState.assemble(p, last(p), run.at(p).get(RUN), steps.at(p), gates.gates.at(p),
                artifacts.artifacts.at(p), artifacts.patches.at(p), spans.valuesAt(p), spend.at(p),
                sums.at(p).get(UNATTRIBUTED), sums.at(p).get(TOTAL));
    }

    /** The ids of the steps whose status at {@code p} is running, in step order (for a fold that keeps histories). */
    List<String> runningAt(int p) {
        List<String> out = new ArrayList<>(2);
        steps.forEachAt(p, (id, s) -> {
            if (s.status() == StepStatus.RUNNING) out.add(id);
        });
        return out;
    }

    /** Every version of {@code artifactKey} set before position {@code p}, oldest first (for a fold that keeps histories). */
    List<ArtifactVersion> artifactVersions(String artifactKey, int p) {
        History<ArtifactState> h = artifacts.artifacts.history(artifactKey);
        List<ArtifactVersion> out = new ArrayList<>();
        for (int i = 0; h != null && i < h.size() && h.indexOf(i) < p; i++) {
            out.add(new ArtifactVersion(h.indexOf(i), h.value(i)));
        }
        return out;
    }

    /** The last of {@link #artifactVersions}, by binary search. */
    Optional<ArtifactVersion> latestArtifactVersion(String artifactKey, int p) {
        History<ArtifactState> h = artifacts.artifacts.history(artifactKey);
        int i = h == null ? -1 : h.lastBefore(p);
        return i < 0 ? Optional.empty() : Optional.of(new ArtifactVersion(h.indexOf(i), h.value(i)));
    }

    private Optional<TraceEvent> last(int p) {
        return p == 0 ? Optional.empty() : Optional.of(bundle.trace().get(p - 1));
    }
}
