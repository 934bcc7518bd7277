package dev.runlens.store;

/**
 * A gate episode: the request and the resolution that answered it (per step and gate kind, the
 * open request that names the resolution's checkpoint, else the oldest). A resolution without a
 * request is an episode of its own; a request without a resolution is pending. Absent values are null.
 *
 * @param gate     {@code PAUSE_BEFORE}, {@code PAUSE_AFTER} or {@code CHECKPOINT}
 * @param decision {@code approved}, {@code rejected} or {@code edited}; null while pending
 */
public record GateRow(String stepId, String gate, Integer requestedIndex, String requestedAt, String reason,
                      Integer resolvedIndex, String resolvedAt, String decision, String note) {

    public boolean pending() {
        return requestedIndex != null && resolvedIndex == null;
    }
}
