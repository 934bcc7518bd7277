package dev.runlens.replay;

import java.util.Optional;

/**
 * What replaying one {@code artifact_patch} gave. {@code baseVersion} is the version the patch
 * was applied to (the artifact's current version, as the runtime does; -1 when there was none).
 * {@code error} is the patch library's message when it could not be applied.
 */
public record PatchOutcome(String eventId, int index, String artifactKey, long fromVersion, long toVersion,
                           long baseVersion, boolean applied, Optional<String> error) {}
