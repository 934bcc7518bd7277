package dev.runlens.app.decisions;

import dev.runlens.signing.log.DecisionLog;
import dev.runlens.workbench.Inspection;

import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/**
 * Finds and verifies the signed decisions kept for a run. Blocking (files, hashing, signatures):
 * call it on the executor.
 */
@FunctionalInterface
public interface DecisionsLookup {
    /** None: a run view without signing (tests of other tabs). */
    DecisionsLookup NONE = run -> List.of();

    List<DecisionMark> lookup(Inspection run) throws Exception;

    /**
     * Through the workbench, with the context's folders, trust list and audience. A run with no
     * decision log costs one file check (the bundle is not read again).
     */
    static DecisionsLookup of(SigningContext context) {
        return run -> {
            if (run.model().isEmpty() || !run.bundle().report().accepted()) return List.of();
            String runId = run.model().get().run().id();
            if (runId == null || !Files.isRegularFile(context.decisionsFolder().resolve(DecisionLog.fileName(runId)))) return List.of();
            return context.decisions().checkDecisions(run.bundle().file(), context.checkSettings()).stream()
                    .map(DecisionMark::of).filter(Objects::nonNull).toList();
        };
    }
}
