package dev.runlens.audit;

import dev.runlens.protocol.model.Engine;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepRuntimeStatus;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WorkflowStep;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Step statuses and gate states as the trace leads to them, replaying what the runtime's session
 * does for each event (not {@code inferEngineFromTrace}, which misreads checkpoint notes: design
 * note, surprise #10). A {@code CHECKPOINT} resolution with a note is a named checkpoint when the
 * engine knows that checkpoint id, else a plain gate resolution — the trace alone cannot tell.
 * {@code policy_changed} does not change the engine (the runtime keeps the snapshot's policy).
 */
final class TraceState {
    /** A step's gates: before / after and named checkpoints. */
    static final class Gates {
        GateStatus before;
        GateStatus after;
        final Map<String, GateStatus> checkpoints = new LinkedHashMap<>();

        private final GateStatus initialBefore;

        Gates(GatePolicy policy) {
            before = policy == GatePolicy.PAUSE_BEFORE || policy == GatePolicy.CHECKPOINT ? GateStatus.PENDING : GateStatus.APPROVED;
            after = GateStatus.APPROVED;
            initialBefore = before;
        }

        /** Whether the trace changed anything since the run started ({@code initialGateState}). */
        boolean moved() {
            return before != initialBefore || after != GateStatus.APPROVED || !checkpoints.isEmpty();
        }
    }

    final Map<String, StepRuntimeStatus> status = new HashMap<>();
    final Map<String, Gates> gates = new HashMap<>();

    static TraceState replay(RunBundle b, Engine engine) {
        TraceState s = new TraceState();
        Map<String, GatePolicy> policy = new HashMap<>();
        for (WorkflowStep step : b.run().workflowSnapshot().steps()) {
            policy.putIfAbsent(step.id(), step.gatePolicy());
            s.status.putIfAbsent(step.id(), StepRuntimeStatus.PENDING);
            s.gates.putIfAbsent(step.id(), new Gates(step.gatePolicy()));
        }
        Map<String, Set<String>> namedCheckpoints = new HashMap<>();
        for (Engine.GateState g : engine.gateState()) namedCheckpoints.putIfAbsent(g.stepId(), g.checkpoints().keySet());
        for (TraceEvent e : b.trace()) {
            String step = e.stepId().orElse("");
            Gates g = s.gates.get(step);
            if (g == null) continue;
            if (e instanceof StepStarted) {
                s.status.put(step, StepRuntimeStatus.RUNNING);
            } else if (e instanceof StepCompleted c) {
                s.status.put(step, c.ok() ? StepRuntimeStatus.COMPLETED : StepRuntimeStatus.FAILED);
                GatePolicy p = policy.get(step);
                if (c.ok() && (p == GatePolicy.PAUSE_AFTER || p == GatePolicy.CHECKPOINT)) g.after = GateStatus.PENDING;
            } else if (e instanceof HumanGateResolved r) {
                resolve(g, r, namedCheckpoints.getOrDefault(step, Set.of()));
            }
        }
        return s;
    }

    private static void resolve(Gates g, HumanGateResolved r, Set<String> named) {
        boolean approved = r.decision() != GateDecision.REJECTED;
        GateStatus result = approved ? GateStatus.APPROVED : GateStatus.PENDING;
        switch (r.gate()) {
            case PAUSE_BEFORE -> g.before = result;
            case PAUSE_AFTER -> g.after = result;
            case CHECKPOINT -> {
                String note = r.note().orElse("");
                if (!note.isEmpty() && named.contains(note)) g.checkpoints.put(note, result);
                else if (approved) g.before = GateStatus.APPROVED;
            }
        }
    }
}
