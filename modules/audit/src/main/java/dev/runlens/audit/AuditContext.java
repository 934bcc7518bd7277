package dev.runlens.audit;

import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.Replay;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the checks read: the reader's report, the typed model (null when the file gave none), the
 * options, facts several checks need, and the model's replay (built at most once, only if asked for).
 */
record AuditContext(VerificationReport report, RunBundle bundle, AuditOptions options, Set<String> stepIds,
                    boolean userExport, Supplier<Replay> replay) {

    /** {@code replay} is the caller's replay of {@code bundle}, or null to build one when a check first asks. */
    static AuditContext of(VerificationReport report, RunBundle bundle, AuditOptions options, Replay replay) {
        Set<String> ids = new LinkedHashSet<>();
        if (bundle != null) {
            for (WorkflowStep s : bundle.run().workflowSnapshot().steps()) ids.add(s.id());
        }
        return new AuditContext(report, bundle, options, Set.copyOf(ids), bundle != null && UserExport.looksLike(bundle),
                replay != null ? () -> replay : memo(() -> Replay.of(bundle)));
    }

    private static Supplier<Replay> memo(Supplier<Replay> build) {
        Replay[] built = new Replay[1];
        return () -> {
            if (built[0] == null) built[0] = build.get();
            return built[0];
        };
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
