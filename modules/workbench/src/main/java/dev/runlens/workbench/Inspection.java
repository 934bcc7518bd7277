package dev.runlens.workbench;

import dev.runlens.audit.AuditReport;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.analysis.FailureAnalysis;

import java.util.Optional;

/**
 * A bundle opened, audited and replayable: what {@code inspect} shows and what the run view is
 * built from. {@code replay} is empty when the file is not JSON at all.
 */
public record Inspection(Workbench.OpenedBundle bundle, AuditReport audit, Optional<Replay> replay) {

    public Optional<RunBundle> model() {
        return Optional.ofNullable(bundle.model());
    }

    /** The state after the whole trace. */
    public Optional<RunState> finalState() {
        return replay.map(Replay::finalState);
    }

    /** For a failed or cancelled run: where it went wrong and what was pending. */
    public Optional<FailureAnalysis> failure() {
        return replay.flatMap(FailureAnalysis::of);
    }
}
