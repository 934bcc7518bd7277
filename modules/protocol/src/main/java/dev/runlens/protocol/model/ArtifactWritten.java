package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/**
 * {@code artifact_written}: an artifact version was written (the runtime never sets a
 * {@code stepId} on it).
 */
public record ArtifactWritten(EventHeader header, Artifact artifact,
                              Optional<String> idempotencyKey) implements TraceEvent {
    public static final String TYPE = "artifact_written";
    static final Set<String> KEYS = EventHeader.keys("artifact", "idempotencyKey");

    @Override
    public String type() {
        return TYPE;
    }

    static ArtifactWritten read(int index, Node n) {
        return new ArtifactWritten(EventHeader.read(index, n, KEYS),
                Artifact.read(n.field("artifact")), n.optStr("idempotencyKey"));
    }
}
