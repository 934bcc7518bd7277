package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.PatchOp;

import java.util.List;
import java.util.Optional;

/** Applies RFC 6902 operations to an artifact's data exactly as the runtime's {@code patchArtifact} does (see {@link PatchReplay}). */
public final class ArtifactPatches {
    private ArtifactPatches() {}

    /** The patched data, or the reason the patch does not apply. */
    public record Outcome(Optional<JsonValue> data, String error) {}

    public static Outcome apply(JsonValue base, List<PatchOp> ops) {
        PatchReplay.Result r = PatchReplay.apply(base, ops);
        return r.applied() ? new Outcome(Optional.of(r.data()), null) : new Outcome(Optional.empty(), r.error());
    }
}
