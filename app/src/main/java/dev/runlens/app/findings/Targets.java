package dev.runlens.app.findings;

import dev.runlens.app.ui.PlainText;
import dev.runlens.audit.Target;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** What a finding's {@link Target} says, as plain text, and the event that made an artifact version. */
final class Targets {
    private Targets() {}

    /** {@code event #12 evt_…, step fetch, artifact report@2}; empty when the finding points at nothing. */
    static String describe(Target t) {
        List<String> parts = new ArrayList<>();
        if (t.eventIndex().isPresent()) {
            parts.add("event #" + t.eventIndex().getAsInt() + t.eventId().map(id -> " " + PlainText.of(id)).orElse(""));
        }
        t.stepId().ifPresent(s -> parts.add("step " + PlainText.of(s)));
        if (t.artifactKey().isPresent()) parts.add("artifact " + artifact(t));
        return String.join(", ", parts);
    }

    /** {@code key@version}, plain text. */
    static String artifact(Target t) {
        return PlainText.of(t.artifactKey().orElse("")) + (t.artifactVersion().isPresent() ? "@" + t.artifactVersion().getAsLong() : "");
    }

    /**
     * The trace index of the first event that made version {@code version} of {@code key}: its
     * {@code artifact_written}, or the {@code artifact_patch} that led to it.
     */
    static OptionalInt writer(RunBundle bundle, String key, long version) {
        for (TraceEvent e : bundle.trace()) {
            if (e instanceof ArtifactWritten w && w.artifact().artifactKey().equals(key) && w.artifact().version() == version
                    || e instanceof ArtifactPatch p && p.artifactKey().equals(key) && p.toVersion() == version) {
                return OptionalInt.of(e.index());
            }
        }
        return OptionalInt.empty();
    }
}
