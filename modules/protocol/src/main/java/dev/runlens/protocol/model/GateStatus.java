package dev.runlens.protocol.model;

/** A gate's state in the engine snapshot; {@code UNKNOWN} only in lenient models. */
public enum GateStatus implements WireEnum {
    APPROVED("approved"),
    PENDING("pending"),
    UNKNOWN(null);

    private final String wire;

    GateStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
