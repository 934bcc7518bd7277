package dev.runlens.audit;

import java.util.OptionalInt;

/**
 * One place where two copies of a run differ ({@link Auditor#compare}).
 *
 * @param kind       changed value, or an event / element only one copy has, or an event at another position
 * @param path       JSON path in the first copy ({@code trace[69].decision}); for {@link Kind#ADDED}, in the second
 * @param before     the first copy's value, rendered as JSON (shortened), or {@code (absent)}
 * @param after      the second copy's value, likewise
 * @param eventIndex the trace position concerned (first copy's, second copy's for additions)
 */
public record Difference(Kind kind, String path, String before, String after, OptionalInt eventIndex) {

    public enum Kind { CHANGED, ADDED, REMOVED, MOVED }

    /** {@code trace[69].decision: "rejected" → "approved"}. */
    @Override
    public String toString() {
        return path + ": " + before + " → " + after;
    }
}
