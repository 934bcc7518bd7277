package dev.runlens.replay;

import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a run after the first {@code position} trace events: {@code lastEvent} is the
 * event at index {@code position - 1} (empty at 0). Steps come in workflow order, then step ids
 * the workflow does not define in order of appearance; gates, artifacts, patches and spans in
 * order of appearance. Immutable.
 */
public record RunState(int position, Optional<TraceEvent> lastEvent, RunStatus runStatus,
                       Map<String, StepState> steps, List<GateState> gates, Map<String, ArtifactState> artifacts,
                       List<PatchOutcome> patches, SpanForest spans, Spend spend) {
    public RunState {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        gates = List.copyOf(gates);
        artifacts = Collections.unmodifiableMap(new LinkedHashMap<>(artifacts));
        patches = List.copyOf(patches);
    }

    static RunState assemble(int position, Optional<TraceEvent> last, RunStatus run, Map<String, StepState> steps,
                             Map<String, GateState> gates, Map<String, ArtifactState> artifacts,
                             Map<String, PatchOutcome> patches, List<SpanView> spans,
                             Map<String, Totals> spend, Totals unattributed, Totals total) {
        Map<String, StepState> s = steps;
        if (ended(run)) {
            s = new LinkedHashMap<>(steps);
            s.replaceAll((id, st) -> st.status() == StepStatus.PENDING ? st.withStatus(StepStatus.NEVER_REACHED) : st);
        }
        return new RunState(position, last, run, s, new ArrayList<>(gates.values()), artifacts,
                new ArrayList<>(patches.values()), SpanForest.owning(spans), new Spend(spend, unattributed, total));
    }

    private static boolean ended(RunStatus s) {
        return s == RunStatus.COMPLETED || s == RunStatus.FAILED || s == RunStatus.CANCELLED;
    }

    /** True once the run has completed, failed or been cancelled. */
    public boolean ended() {
        return ended(runStatus);
    }

    public Optional<StepState> step(String stepId) {
        return Optional.ofNullable(steps.get(stepId));
    }

    public Optional<ArtifactState> artifact(String key) {
        return Optional.ofNullable(artifacts.get(key));
    }

    public List<String> stepsWith(StepStatus status) {
        return steps.values().stream().filter(s -> s.status() == status).map(StepState::stepId).toList();
    }

    public List<GateState> pendingGates() {
        return gates.stream().filter(GateState::pending).toList();
    }
}
