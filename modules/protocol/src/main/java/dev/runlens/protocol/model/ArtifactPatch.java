package dev.runlens.protocol.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code artifact_patch}: an artifact went from {@code fromVersion} to {@code toVersion} by a JSON Patch. */
public record ArtifactPatch(EventHeader header, String artifactKey, long fromVersion, long toVersion,
                            List<PatchOp> patch, Optional<String> idempotencyKey) implements TraceEvent {
    public static final String TYPE = "artifact_patch";
    static final Set<String> KEYS = EventHeader.keys("artifactKey", "fromVersion", "toVersion", "patch",
            "idempotencyKey");

    public ArtifactPatch {
        patch = Copy.list(patch);
    }

    @Override
    public String type() {
        return TYPE;
    }

    static ArtifactPatch read(int index, Node n) {
        return new ArtifactPatch(EventHeader.read(index, n, KEYS),
                n.str("artifactKey"), n.lng("fromVersion"), n.lng("toVersion"), n.objects("patch", PatchOp::read),
                n.optStr("idempotencyKey"));
    }
}
