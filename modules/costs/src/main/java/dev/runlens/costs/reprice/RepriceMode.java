package dev.runlens.costs.reprice;

import java.util.Locale;
import java.util.Optional;

/** Which cost a figure uses. */
public enum RepriceMode {
    /** The cost each receipt records (the host's figure); nothing recomputed. */
    RECORDED("recorded"),
    /** The catalog price in force when the call was made. */
    AS_OF("as-of"),
    /** The catalog price in force today, at the call's time of day. */
    TODAY("today"),
    /** The contract rate in force when the call was made; catalog as-of price where no contract covers the model. */
    CONTRACT("contract");

    private final String wire;

    RepriceMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<RepriceMode> parse(String text) {
        for (RepriceMode m : values()) if (m.wire.equals(text.toLowerCase(Locale.ROOT))) return Optional.of(m);
        return Optional.empty();
    }
}
