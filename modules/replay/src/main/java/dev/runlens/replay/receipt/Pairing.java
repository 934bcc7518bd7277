package dev.runlens.replay.receipt;

/** How a receipt's request and response were put together. */
public enum Pairing {
    /** Same {@code correlationId}. */
    CORRELATION_ID,
    /** Neither had a {@code correlationId}: the oldest unanswered request of the same step. */
    STEP_ORDER,
    /** A request no response answered. */
    UNANSWERED,
    /** A response no request matches. */
    ORPHAN_RESPONSE
}
