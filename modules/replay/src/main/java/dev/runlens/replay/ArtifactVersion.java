package dev.runlens.replay;

/**
 * One version an artifact took in the trace: its state just after event {@code index} (an
 * {@code artifact_written} or {@code artifact_patch}) was applied, i.e. from position
 * {@code index + 1} on.
 */
public record ArtifactVersion(int index, ArtifactState state) {
    public long version() {
        return state.version();
    }
}
