package dev.runlens.protocol.model;

/** The gate a human gate event is about. */
public enum Gate implements WireEnum {
    PAUSE_BEFORE("PAUSE_BEFORE"),
    PAUSE_AFTER("PAUSE_AFTER"),
    CHECKPOINT("CHECKPOINT");

    private final String wire;

    Gate(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
