package dev.runlens.protocol.model;

/** How a human resolved a gate. */
public enum GateDecision implements WireEnum {
    APPROVED("approved"),
    REJECTED("rejected"),
    EDITED("edited");

    private final String wire;

    GateDecision(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
