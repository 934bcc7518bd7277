package dev.runlens.replay;

import dev.runlens.protocol.model.Artifact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compares the replayed latest versions with {@code artifacts[]}. */
final class ArtifactChecks {
    private ArtifactChecks() {}

    static List<ArtifactCheck> of(List<Artifact> stored, Map<String, ArtifactState> replayed) {
        List<ArtifactCheck> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Artifact a : stored) {
            if (!seen.add(a.artifactKey())) continue;
            ArtifactState r = replayed.get(a.artifactKey());
            Optional<Long> rv = Optional.ofNullable(r).map(ArtifactState::version);
            out.add(new ArtifactCheck(a.artifactKey(), Optional.of(a.version()), rv, verdict(a, r)));
        }
        for (ArtifactState r : replayed.values()) {
            if (seen.add(r.artifactKey())) {
                out.add(new ArtifactCheck(r.artifactKey(), Optional.empty(), Optional.of(r.version()),
                        ArtifactCheck.Verdict.NOT_STORED));
            }
        }
        return List.copyOf(out);
    }

    private static ArtifactCheck.Verdict verdict(Artifact a, ArtifactState r) {
        if (r == null) return ArtifactCheck.Verdict.NOT_IN_TRACE;
        if (r.version() != a.version()) return ArtifactCheck.Verdict.VERSION_DIFFERS;
        if (r.origin() == ArtifactState.Origin.STORED || r.origin() == ArtifactState.Origin.UNRESOLVED) {
            return ArtifactCheck.Verdict.REPLAY_FAILED;
        }
        boolean same = a.data().isEmpty() ? r.data().isEmpty()
                : r.data().isPresent() && JsJson.same(a.data().get(), r.data().get());
        return same ? ArtifactCheck.Verdict.MATCH : ArtifactCheck.Verdict.DATA_DIFFERS;
    }
}
