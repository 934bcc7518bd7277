package dev.runlens.app;

import dev.runlens.app.ui.Styles;

import dev.runlens.protocol.integrity.VerificationReport;

/** The one-word state of the integrity banner. */
public enum Verdict {
    /** Nothing opened yet. */
    NONE,
    /** A file is being verified. */
    VERIFYING,
    /** Accepted, and the declared hash matches the runtime's hash. */
    VALID,
    /** Accepted, and the declared hash differs: changed after it was sealed. */
    MISMATCH,
    /** Accepted, but no hash is declared. */
    MISSING,
    /** Not an acceptable run bundle (invalid JSON, schema, protocol version). */
    REJECTED,
    /** No verdict: the runtime cannot hash it, or the file could not be read at all. */
    ERROR;

    static Verdict of(VerificationReport r) {
        if (!r.accepted()) return REJECTED;
        return switch (r.integrity()) {
            case VALID -> VALID;
            case MISMATCH -> MISMATCH;
            case MISSING -> MISSING;
            case ERROR -> ERROR;
        };
    }

    /** Its style class on the banner. */
    String styleClass() {
        return switch (this) {
            case NONE -> Styles.VERDICT_NONE;
            case VERIFYING -> Styles.VERDICT_VERIFYING;
            case VALID -> Styles.VERDICT_VALID;
            case MISMATCH -> Styles.VERDICT_MISMATCH;
            case MISSING -> Styles.VERDICT_MISSING;
            case REJECTED -> Styles.VERDICT_REJECTED;
            case ERROR -> Styles.VERDICT_ERROR;
        };
    }
}
