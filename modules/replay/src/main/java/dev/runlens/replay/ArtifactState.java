package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ArtifactPointer;

import java.util.Optional;

/**
 * The current version of one artifact at one trace position. {@code data} is empty for an
 * external artifact (no inline data) and when the version could not be rebuilt.
 */
public record ArtifactState(String artifactKey, String typeId, long version, String createdAt,
                            Optional<ArtifactPointer> pointer, Optional<JsonValue> data, Origin origin,
                            String eventId) {

    /** Where {@code data} comes from. */
    public enum Origin {
        /** An {@code artifact_written} event. */
        WRITTEN,
        /** An {@code artifact_patch} replayed on the previous version. */
        PATCHED,
        /** The patch could not be replayed; {@code data} is the bundle's {@code artifacts[]} entry of this version. */
        STORED,
        /** The patch could not be replayed and {@code artifacts[]} does not hold this version: data unknown. */
        UNRESOLVED
    }
}
