package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an artifact ({@code artifacts[]}, {@code artifact_written.artifact}). {@code data}
 * is the inline snapshot, exactly as written (JSON {@code null} is present, not absent).
 */
public record Artifact(String artifactKey, String typeId, long version, String createdAt,
                       Optional<ArtifactPointer> pointer, Optional<JsonValue> data, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("artifactKey", "typeId", "version", "createdAt", "pointer", "data");

    public Artifact {
        extras = Copy.map(extras);
    }

    static Artifact read(Node n) {
        return new Artifact(n.str("artifactKey"), n.str("typeId"), n.lng("version"), n.str("createdAt"),
                n.object("pointer").map(ArtifactPointer::read), n.json("data"), n.extras(KEYS));
    }
}
