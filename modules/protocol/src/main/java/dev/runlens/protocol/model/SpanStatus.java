package dev.runlens.protocol.model;

/** Outcome of {@code span_ended}. */
public enum SpanStatus implements WireEnum {
    OK("ok"),
    ERROR("error");

    private final String wire;

    SpanStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
