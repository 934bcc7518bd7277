package dev.runlens.costs;

import java.util.Locale;
import java.util.Optional;

/**
 * Capability tier of a model, in increasing capability (and usually price): a routing policy says
 * which tier a step needs; a model runs above it (over-spend) or below it (a quality risk).
 */
public enum Tier {
    SMALL, STANDARD, FRONTIER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> parse(String text) {
        for (Tier t : values()) if (t.wire().equals(text)) return Optional.of(t);
        return Optional.empty();
    }
}
