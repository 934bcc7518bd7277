package dev.runlens.replay;

import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from the whole trace, which {@code CHECKPOINT} resolutions with a note that precede
 * their step's first start are checkpoint ids ({@code resolveCheckpoint}) and which one is the
 * reviewer's approval of the gate ({@code resolveGate}): the runtime starts a step only once its
 * {@code before} slot is approved, and only {@code resolveGate} approves it. So when nothing else
 * approved it (a PAUSE_BEFORE approval, a CHECKPOINT approval without note or marked
 * {@code edited}), the last approving resolution with a note before the start is the gate's; the
 * others before the start are checkpoints. Resolutions after the start, or of a step that never
 * starts, are left to {@link GateBook}.
 */
final class CheckpointNotes {
    /** Indexes of resolutions decided here, mapped to true for a checkpoint id, false for a gate note. */
    private final Map<Integer, Boolean> decided = new HashMap<>();

    CheckpointNotes(List<TraceEvent> trace) {
        Map<String, List<HumanGateResolved>> candidates = new HashMap<>();
        Set<String> approvedOtherwise = new HashSet<>();
        Set<String> started = new HashSet<>();
        for (TraceEvent e : trace) {
            String step = e.stepId().orElse(null);
            if (step == null || started.contains(step)) continue;
            if (e instanceof HumanGateResolved r && r.decision() != GateDecision.REJECTED) {
                if (candidate(r)) candidates.computeIfAbsent(step, k -> new ArrayList<>()).add(r);
                else if (r.gate() != Gate.PAUSE_AFTER) approvedOtherwise.add(step);
            } else if (e instanceof HumanGateResolved r && candidate(r)) {
                candidates.computeIfAbsent(step, k -> new ArrayList<>()).add(r);
            } else if (e instanceof StepStarted) {
                started.add(step);
                decide(candidates.getOrDefault(step, List.of()), approvedOtherwise.contains(step));
            }
        }
    }

    /** A CHECKPOINT resolution whose note might be a checkpoint id. */
    static boolean candidate(HumanGateResolved r) {
        return r.gate() == Gate.CHECKPOINT && !r.note().orElse("").isEmpty() && r.decision() != GateDecision.EDITED;
    }

    private void decide(List<HumanGateResolved> before, boolean approvedOtherwise) {
        HumanGateResolved opener = null;
        if (!approvedOtherwise) {
            for (HumanGateResolved r : before) if (r.decision() != GateDecision.REJECTED) opener = r;
        }
        for (HumanGateResolved r : before) decided.put(r.index(), r != opener);
    }

    /** True: a checkpoint id; false: a gate note; null: not decided here. */
    Boolean named(HumanGateResolved r) {
        return decided.get(r.index());
    }
}
