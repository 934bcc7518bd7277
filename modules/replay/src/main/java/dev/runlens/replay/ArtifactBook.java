package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Artifact versions rebuilt from the trace: {@code artifact_written} data as written,
 * {@code artifact_patch} replayed on the current version (as the runtime's {@code patchArtifact}
 * does). A patch that cannot be replayed (surprise #21) is recorded as failed and the version
 * falls back to the bundle's {@code artifacts[]} entry when it holds that version.
 */
final class ArtifactBook {
    final Table<ArtifactState> artifacts;
    final Table<PatchOutcome> patches;
    private final Map<String, Artifact> stored = new HashMap<>();

    ArtifactBook(List<Artifact> bundleArtifacts, boolean keep) {
        artifacts = new Table<>(keep);
        patches = new Table<>(keep);
        for (Artifact a : bundleArtifacts) stored.putIfAbsent(a.artifactKey() + '@' + a.version(), a);
    }

    void written(int index, ArtifactWritten e) {
        Artifact a = e.artifact();
        artifacts.put(a.artifactKey(), index, new ArtifactState(a.artifactKey(), a.typeId(), a.version(),
                a.createdAt(), a.pointer(), a.data(), ArtifactState.Origin.WRITTEN, e.id()));
    }

    void patched(int index, ArtifactPatch e) {
        ArtifactState base = artifacts.get(e.artifactKey());
        PatchReplay.Result r;
        if (base == null) {
            r = new PatchReplay.Result(null, "unknown artifact " + e.artifactKey());
        } else if (base.origin() == ArtifactState.Origin.UNRESOLVED) {
            r = new PatchReplay.Result(null, "version " + base.version() + " could not be rebuilt");
        } else {
            r = PatchReplay.apply(base.data().orElse(null), e.patch());
        }
        patches.put(Integer.toString(index), index, new PatchOutcome(e.id(), index, e.artifactKey(), e.fromVersion(),
                e.toVersion(), base == null ? -1 : base.version(), r.applied(), Optional.ofNullable(r.error())));
        artifacts.put(e.artifactKey(), index, next(base, e, r));
    }

    private ArtifactState next(ArtifactState base, ArtifactPatch e, PatchReplay.Result r) {
        String typeId = base != null ? base.typeId() : "";
        if (r.applied()) {
            return new ArtifactState(e.artifactKey(), typeId, e.toVersion(), e.ts(), base.pointer(),
                    Optional.of(r.data()), ArtifactState.Origin.PATCHED, e.id());
        }
        Artifact kept = stored.get(e.artifactKey() + '@' + e.toVersion());
        if (kept != null) {
            return new ArtifactState(e.artifactKey(), kept.typeId(), kept.version(), kept.createdAt(), kept.pointer(),
                    kept.data(), ArtifactState.Origin.STORED, e.id());
        }
        return new ArtifactState(e.artifactKey(), typeId, e.toVersion(), e.ts(),
                base == null ? Optional.empty() : base.pointer(), Optional.<JsonValue>empty(),
                ArtifactState.Origin.UNRESOLVED, e.id());
    }
}
