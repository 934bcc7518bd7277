package dev.runlens.protocol.model;

/** An RFC 6902 operation name. */
public enum PatchOpKind implements WireEnum {
    ADD("add"),
    REMOVE("remove"),
    REPLACE("replace"),
    MOVE("move"),
    COPY("copy"),
    TEST("test");

    private final String wire;

    PatchOpKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
