package dev.runlens.audit;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.TraceEvent;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a finding points at, so the app can jump there: a trace event (position and id), a workflow
 * step, an artifact version — any that apply.
 */
public record Target(OptionalInt eventIndex, Optional<String> eventId, Optional<String> stepId,
                     Optional<String> artifactKey, OptionalLong artifactVersion) {

    public static final Target NONE = new Target(OptionalInt.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalLong.empty());

    /** The event, its step and (for artifact events) its artifact version. */
    public static Target event(TraceEvent e) {
        Target t = new Target(OptionalInt.of(e.index()), Optional.of(e.id()), e.stepId().filter(s -> !s.isEmpty()),
                Optional.empty(), OptionalLong.empty());
        if (e instanceof ArtifactWritten w) return t.withArtifact(w.artifact().artifactKey(), w.artifact().version());
        if (e instanceof ArtifactPatch p) return t.withArtifact(p.artifactKey(), p.toVersion());
        return t;
    }

    public static Target step(String stepId) {
        return NONE.withStep(stepId);
    }

    public static Target artifact(String key, long version) {
        return NONE.withArtifact(key, version);
    }

    public Target withStep(String id) {
        return new Target(eventIndex, eventId, Optional.ofNullable(id).filter(s -> !s.isEmpty()), artifactKey, artifactVersion);
    }

    public Target withArtifact(String key, long version) {
        return new Target(eventIndex, eventId, stepId, Optional.of(key), OptionalLong.of(version));
    }
}
