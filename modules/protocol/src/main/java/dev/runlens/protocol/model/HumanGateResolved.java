package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/**
 * {@code human_gate_resolved}: a human resolved a gate; for {@code CHECKPOINT} the runtime writes
 * the checkpoint id as {@code note}.
 */
public record HumanGateResolved(EventHeader header, Gate gate, GateDecision decision,
                                Optional<String> note) implements TraceEvent {
    public static final String TYPE = "human_gate_resolved";
    static final Set<String> KEYS = EventHeader.keys("gate", "decision", "note");

    @Override
    public String type() {
        return TYPE;
    }

    static HumanGateResolved read(int index, Node n) {
        return new HumanGateResolved(EventHeader.read(index, n, KEYS),
                n.need("gate", Gate.class), n.need("decision", GateDecision.class), n.optStr("note"));
    }
}
