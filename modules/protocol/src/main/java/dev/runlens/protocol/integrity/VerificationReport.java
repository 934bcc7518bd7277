package dev.runlens.protocol.integrity;

import java.util.List;

/**
 * Everything RunLens says about one file: the reference runtime's answers (acceptance, error code,
 * integrity verdict, hashes) and the strict findings the runtime is silent about.
 *
 * @param accepted        equals {@code parseRunBundleJson} acceptance
 * @param error           null when accepted
 * @param integrity       {@link IntegrityVerdict}
 * @param declaredSha256  {@code integrity.sha256} as written (raw object), or null
 * @param computedSha256  the runtime's hash of the parsed bundle, or null when rejected
 * @param rawSha256       the runtime's hash of the raw {@code JSON.parse} object, or null when the root is not an object
 * @param findings        strict findings
 */
public record VerificationReport(
        String file,
        long bytes,
        String fileSha256,
        boolean accepted,
        BundleError error,
        IntegrityVerdict integrity,
        String declaredSha256,
        String computedSha256,
        String rawSha256,
        List<Finding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** Strict verification passed: accepted, valid by the reference, and no error-severity finding. */
    public boolean strictOk() {
        return valid() && errorCount() == 0;
    }

    public long errorCount() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public boolean valid() {
        return accepted && integrity == IntegrityVerdict.VALID;
    }
}
