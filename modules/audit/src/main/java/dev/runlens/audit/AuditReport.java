package dev.runlens.audit;

import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.integrity.VerificationReport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audit of one file: the reader's report (acceptance, hashes, verdict) and the findings, most
 * severe first, in trace order within a severity.
 */
public record AuditReport(VerificationReport verification, List<AuditFinding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public IntegrityVerdict integrity() {
        return verification.integrity();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    /** No error-severity finding. */
    public boolean ok() {
        return errorCount() == 0;
    }

    /** The most severe grade present (Wireshark's status bullet), empty when there is no finding. */
    public Optional<Severity> worst() {
        return findings.stream().map(AuditFinding::severity).min(Enum::compareTo);
    }

    public List<AuditFinding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    public List<AuditFinding> findings(Group group) {
        return findings.stream().filter(f -> f.group() == group).toList();
    }

    /** The distinct codes, in report order. */
    public Set<String> codes() {
        Set<String> out = new LinkedHashSet<>();
        findings.forEach(f -> out.add(f.code()));
        return out;
    }
}
