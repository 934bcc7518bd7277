package dev.runlens.signing.log;

/** Something wrong with a decision log's chain, at a line, with what it means. */
public record LogProblem(Kind kind, int line, String message) {
    public enum Kind {
        /** A line that is not a readable decision, or whose decision does not verify. */
        UNREADABLE_ENTRY,
        /** An entry names another run: replayed from another run's log. */
        OTHER_RUN,
        /** A {@code prev} digest that no entry has: an entry was removed (or {@code prev} points into another run's log). */
        DANGLING_PREV,
        /** {@code seq} is not {@code 1 + max(seq of prev)}: entries re-linked. */
        SEQ_INCONSISTENT,
        /** A cycle through {@code prev}. */
        CYCLE,
        /** The same {@code decisionId} with different payloads. */
        DECISION_ID_CONFLICT
    }

    @Override
    public String toString() {
        return "line " + line + ": " + kind + ": " + message;
    }
}
