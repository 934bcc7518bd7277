package dev.runlens.replay;

import dev.runlens.graph.Dag;
import dev.runlens.graph.Edge;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WorkflowEdge;
import dev.runlens.protocol.model.WorkflowSnapshot;
import dev.runlens.protocol.model.WorkflowStep;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A run bundle's trace as an ordered cursor: {@link #stateAt(int)} gives the run's state after
 * any number of events. Loading folds the trace once (patches are replayed then) and keeps each
 * entity's history of immutable states, shared by all positions; a jump binary-searches those
 * histories, so its cost depends on the number of entities, not on the distance jumped.
 */
public final class Replay {
    private final RunBundle bundle;
    private final Fold fold;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<ArtifactCheck> checks;
    private final List<PatchOutcome> patches;

    private Replay(RunBundle bundle) {
        this.bundle = bundle;
        this.fold = new Fold(bundle, true);
        for (TraceEvent e : bundle.trace()) {
            fold.apply(e);
            positions.putIfAbsent(e.id(), fold.position());
        }
        RunState end = fold.state();
        this.checks = ArtifactChecks.of(bundle.artifacts(), end.artifacts());
        this.patches = end.patches();
    }

    public static Replay of(RunBundle bundle) {
        return new Replay(bundle);
    }

    public RunBundle bundle() {
        return bundle;
    }

    /** Number of trace events; positions run from 0 to this. */
    public int size() {
        return bundle.trace().size();
    }

    public TraceEvent event(int index) {
        return bundle.trace().get(index);
    }

    /** The state after the first {@code position} events ({@code 0..size()}). */
    public RunState stateAt(int position) {
        if (position < 0 || position > size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + size());
        }
        return fold.stateAt(position);
    }

    /**
     * The ids of the steps running after the first {@code position} events, in the order
     * {@link RunState#steps()} lists them: {@code stateAt(position).stepsWith(RUNNING)} without
     * assembling the whole state (for per-event questions over a long trace).
     */
    public List<String> runningStepsAt(int position) {
        if (position < 0 || position > size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + size());
        }
        return fold.runningAt(position);
    }

    public RunState finalState() {
        return stateAt(size());
    }

    public Cursor cursor() {
        return new Cursor(this, 0);
    }

    /** The position right after the first event with this id. */
    public OptionalInt positionAfter(String eventId) {
        Integer p = positions.get(eventId);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /**
     * Every version {@code artifactKey} took in the first {@code position} events, oldest first:
     * what {@code stateAt(p).artifact(key)} gives for each position where it changed. Empty for a
     * key not written by then.
     */
    public List<ArtifactVersion> artifactVersions(String artifactKey, int position) {
        if (position < 0 || position > size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + size());
        }
        return fold.artifactVersions(artifactKey, position);
    }

    /**
     * The last of {@link #artifactVersions(String, int) artifactVersions(artifactKey, position)}
     * (the version the artifact has at {@code position}, and the event that made it), found by a
     * binary search instead of listing every version; empty for a key not written by then.
     */
    public Optional<ArtifactVersion> latestArtifactVersion(String artifactKey, int position) {
        if (position < 0 || position > size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + size());
        }
        return fold.latestArtifactVersion(artifactKey, position);
    }

    /** Every {@code artifact_patch} and what replaying it gave. */
    public List<PatchOutcome> patchOutcomes() {
        return patches;
    }

    /** Each artifact's replayed latest version against {@code artifacts[]}. */
    public List<ArtifactCheck> artifactChecks() {
        return checks;
    }

    /** The workflow snapshot as a DAG (steps in snapshot order, edges as written). */
    public Dag dag() {
        WorkflowSnapshot w = bundle.run().workflowSnapshot();
        return Dag.of(w.steps().stream().map(WorkflowStep::id).toList(),
                w.edges().stream().map((WorkflowEdge e) -> new Edge(e.from(), e.to())).toList());
    }

    /**
     * The states at positions {@code 0..size()} in order, computed by an independent forward fold
     * (no histories): what stepping through the trace one event at a time gives.
     */
    public Iterator<RunState> forward() {
        Fold f = new Fold(bundle, false);
        return new Iterator<>() {
            private boolean started;

            @Override
            public boolean hasNext() {
                return !started || f.position() < size();
            }

            @Override
            public RunState next() {
                if (!hasNext()) throw new NoSuchElementException();
                if (started) f.apply(event(f.position()));
                started = true;
                return f.state();
            }
        };
    }
}
