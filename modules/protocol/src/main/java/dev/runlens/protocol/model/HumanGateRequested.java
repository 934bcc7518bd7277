package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/** {@code human_gate_requested}: a step is waiting at a gate for a human. */
public record HumanGateRequested(EventHeader header, Gate gate, Optional<String> reason) implements TraceEvent {
    public static final String TYPE = "human_gate_requested";
    static final Set<String> KEYS = EventHeader.keys("gate", "reason");

    @Override
    public String type() {
        return TYPE;
    }

    static HumanGateRequested read(int index, Node n) {
        return new HumanGateRequested(EventHeader.read(index, n, KEYS), n.need("gate", Gate.class), n.optStr("reason"));
    }
}
