package dev.runlens.replay.filter;

import java.util.Optional;

/** The comparison operators of the display filter language. */
public enum Op {
    /** Equals ignoring case, or glob with {@code *}; for numbers, equals. */
    MATCHES(":"),
    /** Equals exactly (case-sensitive); {@code ==} is the same. */
    EQUALS("="),
    /** Not {@link #EQUALS}: also true when the event lacks the field. */
    NOT_EQUALS("!="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    /** Contains, ignoring case (text fields only). */
    CONTAINS("~");

    /** The operator characters: a field name stops at the first of these. */
    static final String CHARS = ":=!<>~";

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders values, so it needs a number or duration field. */
    boolean orders() {
        return this == GREATER || this == GREATER_OR_EQUAL || this == LESS || this == LESS_OR_EQUAL;
    }

    /** The operator spelled {@code s} ({@code ==} is {@link #EQUALS}). */
    static Optional<Op> of(String s) {
        if (s.equals("==")) return Optional.of(EQUALS);
        for (Op op : values()) if (op.symbol.equals(s)) return Optional.of(op);
        return Optional.empty();
    }

    static boolean isOpChar(char c) {
        return CHARS.indexOf(c) >= 0;
    }
}
