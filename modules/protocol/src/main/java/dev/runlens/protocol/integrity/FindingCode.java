package dev.runlens.protocol.integrity;

/** The strict integrity report's finding codes. Codes are stable: scripts and fixtures rely on them. */
public enum FindingCode {
    /** A top-level member other than the protocol's: not covered by the hash. */
    CONTENT_OUTSIDE_HASH(Severity.WARNING),
    /** A field the schema strips: verification of the parsed bundle cannot see it. */
    STRIPPED_FIELD(Severity.WARNING),
    /** The raw object hashes differently from the normalised one although the declared hash matches the latter. */
    RAW_HASH_DIFFERS(Severity.ERROR),
    /** The declared hash matches the raw object only: the producer hashed without the schema's defaults. */
    RAW_HASH_ONLY(Severity.WARNING),
    /** An object repeats a key: readers that keep the first value see other content than the hash covers. */
    DUPLICATE_KEY(Severity.ERROR),
    /** An integer literal beyond 2^53-1: the hash covers the nearest double, not the digits written. */
    UNSAFE_INTEGER(Severity.WARNING),
    /** An unpaired UTF-16 surrogate: RFC 8785 forbids it; the runtime hashes it as an escape. */
    LONE_SURROGATE(Severity.WARNING),
    /** A number that overflows to Infinity: hashed as {@code null}, indistinguishable from a real null. */
    NON_FINITE_NUMBER(Severity.ERROR),
    /** Bytes that are not UTF-8: Node hashes U+FFFD in their place. */
    INVALID_UTF8(Severity.ERROR),
    /** An artifact's {@code pointer.payloadHash} does not match its data (the runtime never checks). */
    PAYLOAD_HASH_MISMATCH(Severity.ERROR),
    /**
     * A patched artifact version kept the previous version's pointer (runtime 0.3.3's
     * {@code patchArtifact} does this), so its payloadHash describes the old data.
     */
    PAYLOAD_HASH_CARRIED_OVER(Severity.WARNING),
    /** An artifact's {@code pointer.byteLength} does not match its data. */
    BYTE_LENGTH_MISMATCH(Severity.ERROR),
    /** Content nested deeper than the runtime can hash: its verdict would be a stack overflow. */
    REFERENCE_CANNOT_HASH(Severity.ERROR),
    /** The declared hash differs from the computed one only by letter case or surrounding space. */
    DECLARED_HASH_NOT_CANONICAL(Severity.NOTE);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
