package dev.runlens.replay;

import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs gate requests with resolutions (per step and gate kind, oldest open request first, or
 * the open request that named the resolution's checkpoint) and moves the step's gate slots the
 * way the runtime's {@code resolveGate} / {@code resolveCheckpoint} do. Whether a CHECKPOINT
 * note is a checkpoint id comes from {@link CheckpointNotes} when the whole trace decides it;
 * otherwise it is one when it answers no open request, or a request that names it, or arrives
 * while the step runs (a note answering an open generic request is the reviewer's).
 */
final class GateBook {
    final Table<GateState> gates;
    private final Map<String, Deque<String>> open = new HashMap<>();

    private final CheckpointNotes notes;

    GateBook(CheckpointNotes notes, boolean keep) {
        this.notes = notes;
        gates = new Table<>(keep);
    }

    void requested(int index, HumanGateRequested e) {
        String step = e.stepId().orElse("");
        String key = Integer.toString(index);
        gates.put(key, index, new GateState(e.id(), step, e.gate(), Optional.of(e), Optional.empty()));
        open.computeIfAbsent(step + '\u0000' + e.gate(), k -> new ArrayDeque<>()).add(key);
    }

    /** Records the resolution; returns the step's new gate slots (or null when {@code step} is null). */
    StepState resolved(int index, HumanGateResolved e, StepState step) {
        String stepId = e.stepId().orElse("");
        Optional<String> note = e.note();
        Boolean decided = CheckpointNotes.candidate(e) ? notes.named(e) : Boolean.FALSE;
        String key = pick(stepId, e.gate(), note, decided);
        GateState episode = key == null ? null : gates.get(key);
        boolean named = decided != null ? decided
                : episode == null || names(episode, note.get())
                    || (step != null && step.status() == StepStatus.RUNNING);
        GateState.Resolution r = new GateState.Resolution(e.decision(), note, named ? note : Optional.empty(), e);
        if (episode != null) {
            gates.put(key, index, episode.resolvedBy(r));
        } else {
            gates.put(Integer.toString(index), index,
                    new GateState(e.id(), stepId, e.gate(), Optional.empty(), Optional.of(r)));
        }
        return step == null ? null : slots(step, e.gate(), e.decision(), r.checkpointId());
    }

    /**
     * The open request this resolution answers: one that names its checkpoint; else, unless it
     * is known to be a checkpoint id, the oldest.
     */
    private String pick(String stepId, Gate gate, Optional<String> note, Boolean named) {
        Deque<String> q = open.get(stepId + '\u0000' + gate);
        if (q == null || q.isEmpty()) return null;
        if (note.isPresent()) {
            for (Iterator<String> it = q.iterator(); it.hasNext(); ) {
                String k = it.next();
                if (names(gates.get(k), note.get())) {
                    it.remove();
                    return k;
                }
            }
        }
        return Boolean.TRUE.equals(named) ? null : q.poll();
    }

    /** The request says {@code Checkpoint "id" ...}. */
    private static boolean names(GateState episode, String note) {
        return episode != null && episode.request().flatMap(r -> r.reason())
                .filter(reason -> reason.contains('"' + note + '"')).isPresent();
    }

    private static StepState slots(StepState s, Gate gate, GateDecision decision, Optional<String> checkpoint) {
        GateStatus status = decision == GateDecision.REJECTED ? GateStatus.PENDING : GateStatus.APPROVED;
        GateStatus before = s.before();
        GateStatus after = s.after();
        Map<String, GateStatus> cps = s.checkpoints();
        switch (gate) {
            case PAUSE_BEFORE -> before = status;
            case PAUSE_AFTER -> after = status;
            case CHECKPOINT -> {
                if (checkpoint.isPresent()) {
                    cps = new java.util.LinkedHashMap<>(cps);
                    cps.put(checkpoint.get(), status);
                } else if (status == GateStatus.APPROVED) {
                    before = GateStatus.APPROVED;
                }
            }
        }
        return s.withGates(before, after, cps);
    }
}
