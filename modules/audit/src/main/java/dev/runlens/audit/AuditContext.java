package dev.runlens.audit;

import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowStep;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the checks read: the reader's report, the typed model (null when the file gave none), the
 * options, and facts several checks need.
 */
record AuditContext(VerificationReport report, RunBundle bundle, AuditOptions options, Set<String> stepIds,
                    boolean userExport) {

    static AuditContext of(VerificationReport report, RunBundle bundle, AuditOptions options) {
        Set<String> ids = new LinkedHashSet<>();
        if (bundle != null) {
            for (WorkflowStep s : bundle.run().workflowSnapshot().steps()) ids.add(s.id());
        }
        return new AuditContext(report, bundle, options, Set.copyOf(ids), bundle != null && UserExport.looksLike(bundle));
    }

    boolean knownStep(String id) {
        return stepIds.contains(id);
    }

    /**
     * Whether step references can be checked: false for a rejected file whose workflow snapshot
     * gave no steps (every reference would be "unknown", which says nothing new).
     */
    boolean stepsKnown() {
        return report.accepted() || !stepIds.isEmpty();
    }
}
