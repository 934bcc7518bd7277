package dev.runlens.app.replay;

import java.util.List;
import java.util.Optional;

/**
 * The artifact shown at the cursor: its data as pretty JSON, the versions it can be compared
 * against (every other version up to the cursor), the one chosen, the RFC 6902 changes and the
 * line diff from that version to the current one, and a note (replay disagreements, no data,
 * first version). {@code key} is as written; every text is plain.
 */
public record ArtifactDetail(Optional<String> key, String title, String data, List<VersionChoice> versions,
                             Optional<VersionChoice> comparedWith, List<String> changes, List<DiffLine> lines,
                             String note) {
    static final ArtifactDetail NONE = new ArtifactDetail(Optional.empty(), "No artifact at this point.", "", List.of(),
            Optional.empty(), List.of(), List.of(), "");

    public ArtifactDetail {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
        lines = List.copyOf(lines);
    }
}
