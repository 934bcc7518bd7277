package dev.runlens.protocol.model;

/** Where artifact bytes live; {@code UNKNOWN} only in lenient models. */
public enum PointerKind implements WireEnum {
    INLINE("inline"),
    EXTERNAL("external"),
    UNKNOWN(null);

    private final String wire;

    PointerKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
