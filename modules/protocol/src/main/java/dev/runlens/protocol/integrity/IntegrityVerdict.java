package dev.runlens.protocol.integrity;

/** The reference verdict: {@code verifyRunBundleIntegrity} on the parsed (normalised) bundle. */
public enum IntegrityVerdict {
    /** The declared hash equals the runtime's hash of the parsed bundle. */
    VALID,
    /** A hash is declared and differs. */
    MISMATCH,
    /** No {@code integrity.sha256}: the runtime's verify returns false, import says MISSING_INTEGRITY. */
    MISSING,
    /** No verdict: the file was rejected, or the runtime cannot hash it. */
    ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
