package dev.runlens.replay;

import java.util.Optional;

/**
 * How an artifact's latest version rebuilt from the trace compares with the bundle's
 * {@code artifacts[]} entry (the runtime's actual latest data). Data is compared as JavaScript
 * would after {@code JSON.parse} ({@link JsJson}).
 */
public record ArtifactCheck(String artifactKey, Optional<Long> storedVersion, Optional<Long> replayedVersion,
                            Verdict verdict) {

    public enum Verdict {
        /** Same version, same data (or neither has inline data). */
        MATCH,
        /** Same version, different data. */
        DATA_DIFFERS,
        VERSION_DIFFERS,
        /** A patch of this artifact could not be replayed; nothing to compare (the stored entry was used). */
        REPLAY_FAILED,
        /** In {@code artifacts[]} but never written in the trace. */
        NOT_IN_TRACE,
        /** Written in the trace but missing from {@code artifacts[]}. */
        NOT_STORED
    }
}
