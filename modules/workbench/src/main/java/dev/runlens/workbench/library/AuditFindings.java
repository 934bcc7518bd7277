package dev.runlens.workbench.library;

import dev.runlens.audit.AuditFinding;
import dev.runlens.audit.Auditor;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Finding;
import dev.runlens.store.FindingsSource;

import java.util.List;

/** The store's findings hook answered by the auditor: the library indexes every audit finding, located in the file. */
public final class AuditFindings implements FindingsSource {
    private final Auditor auditor;

    public AuditFindings(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public List<Finding> findings(BundleReader.Loaded loaded, byte[] bytes) {
        return auditor.audit(loaded, bytes).findings().stream().map(AuditFindings::finding).toList();
    }

    private static Finding finding(AuditFinding f) {
        return new Finding(f.code(), f.severity(), f.message(), f.path(), f.location());
    }
}
