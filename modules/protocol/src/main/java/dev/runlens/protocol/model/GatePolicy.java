package dev.runlens.protocol.model;

/** A workflow step's gate policy ({@code StepGatePolicySchema}); {@code UNKNOWN} only in lenient models. */
public enum GatePolicy implements WireEnum {
    AUTO("AUTO"),
    PAUSE_BEFORE("PAUSE_BEFORE"),
    PAUSE_AFTER("PAUSE_AFTER"),
    CHECKPOINT("CHECKPOINT"),
    UNKNOWN(null);

    private final String wire;

    GatePolicy(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
