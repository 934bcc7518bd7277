package dev.runlens.costs.rollup;

import java.util.Locale;
import java.util.Optional;

/** What a cost table is grouped by. Step, model and provider group receipts; the others group runs. */
public enum Dimension {
    WORKFLOW, STEP, MODEL, PROVIDER, USER, TENANT, PLAN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean byReceipt() {
        return this == STEP || this == MODEL || this == PROVIDER;
    }

    public static Optional<Dimension> parse(String text) {
        for (Dimension d : values()) if (d.wire().equals(text.toLowerCase(Locale.ROOT))) return Optional.of(d);
        return Optional.empty();
    }
}
