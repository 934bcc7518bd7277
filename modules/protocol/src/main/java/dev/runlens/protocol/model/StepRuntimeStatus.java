package dev.runlens.protocol.model;

/** A step's status in the engine snapshot; {@code UNKNOWN} only in lenient models. */
public enum StepRuntimeStatus implements WireEnum {
    PENDING("pending"),
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    UNKNOWN(null);

    private final String wire;

    StepRuntimeStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
