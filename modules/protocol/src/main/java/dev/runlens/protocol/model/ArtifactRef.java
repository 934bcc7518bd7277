package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Set;

/** One version of an artifact by key: {@code run.context.pinnedArtifacts[]}, engine idempotency targets. */
public record ArtifactRef(String artifactKey, long version, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("artifactKey", "version");

    public ArtifactRef {
        extras = Copy.map(extras);
    }

    static ArtifactRef read(Node n) {
        return new ArtifactRef(n.str("artifactKey"), n.lng("version"), n.extras(KEYS));
    }
}
