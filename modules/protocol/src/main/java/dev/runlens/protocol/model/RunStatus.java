package dev.runlens.protocol.model;

/** Run status ({@code run.status}, {@code run_status_changed.status}); {@code UNKNOWN} only in lenient models. */
public enum RunStatus implements WireEnum {
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    UNKNOWN(null);

    private final String wire;

    RunStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
