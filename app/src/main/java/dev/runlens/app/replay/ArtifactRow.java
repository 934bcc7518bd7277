package dev.runlens.app.replay;

import dev.runlens.app.ui.PlainText;

/**
 * One artifact at the cursor: key, current version, type, where its data comes from, whether the
 * last applied event set it, and a warning when replay and the bundle disagree about it (else
 * empty). {@code key} is as written (it identifies the artifact); the other texts are plain.
 */
public record ArtifactRow(String key, long version, String type, String origin, boolean changedHere, String warning) {

    /** How the artifact list shows the row. */
    public String label() {
        return PlainText.of(key) + "  v" + version + "  " + origin + (warning.isEmpty() ? "" : "  ⚠");
    }
}
