package dev.runlens.protocol.model;

/** Direction of a {@code model_io} event. */
public enum ModelDirection implements WireEnum {
    REQUEST("request"),
    RESPONSE("response"),
    STREAM_CHUNK("stream_chunk");

    private final String wire;

    ModelDirection(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
