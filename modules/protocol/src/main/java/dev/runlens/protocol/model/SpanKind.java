package dev.runlens.protocol.model;

/** OpenTelemetry-style span kind of {@code span_started}. */
public enum SpanKind implements WireEnum {
    INTERNAL("internal"),
    CLIENT("client"),
    SERVER("server"),
    PRODUCER("producer"),
    CONSUMER("consumer");

    private final String wire;

    SpanKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
