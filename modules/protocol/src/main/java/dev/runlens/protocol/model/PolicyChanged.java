package dev.runlens.protocol.model;

import java.util.Set;

/** {@code policy_changed}: a step's gate policy changed. */
public record PolicyChanged(EventHeader header, GatePolicy policy) implements TraceEvent {
    public static final String TYPE = "policy_changed";
    static final Set<String> KEYS = EventHeader.keys("policy");

    @Override
    public String type() {
        return TYPE;
    }

    static PolicyChanged read(int index, Node n) {
        return new PolicyChanged(EventHeader.read(index, n, KEYS), n.need("policy", GatePolicy.class));
    }
}
