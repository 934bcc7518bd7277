package dev.runlens.replay.analysis;

import java.util.Optional;

/**
 * One artifact version as the trace made it ({@code artifact_written} or {@code artifact_patch}
 * at {@code eventIndex}), and the step it is credited to, with the reason ({@link StepArtifacts}).
 */
public record ArtifactWrite(int eventIndex, String artifactKey, long version, Kind kind, Optional<String> stepId,
                            Basis basis) {

    public enum Kind {
        WRITTEN,
        PATCHED
    }

    /** Why the write is credited to its step. */
    public enum Basis {
        /** The event names the step ({@code stepId}). */
        EVENT_STEP,
        /** Of the steps running then, exactly one declares the key among its {@code outputs}. */
        DECLARED_OUTPUT,
        /** Exactly one step was running then. */
        ONLY_RUNNING,
        /** A patch while no step ran, right before a reviewer resolved this step's gate as {@code edited}. */
        REVIEWER_EDIT,
        /** None of the above: no step is credited. */
        NONE
    }
}
