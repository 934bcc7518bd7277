package dev.runlens.app.library;

import dev.runlens.store.RunRow;

/** The integrity verdict of a library run, as its column shows it. */
public enum IntegrityMark {
    VALID("valid"),
    MISMATCH("MISMATCH"),
    MISSING("no hash"),
    REJECTED("rejected"),
    ERROR("no verdict");

    private final String label;

    IntegrityMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static IntegrityMark of(RunRow r) {
        if (!r.accepted()) return REJECTED;
        return switch (r.integrity()) {
            case "VALID" -> VALID;
            case "MISMATCH" -> MISMATCH;
            case "MISSING" -> MISSING;
            default -> ERROR;
        };
    }
}
