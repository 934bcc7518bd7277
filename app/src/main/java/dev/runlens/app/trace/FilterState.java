package dev.runlens.app.trace;

import dev.runlens.app.ui.PlainText;
import dev.runlens.replay.filter.FilterError;
import dev.runlens.replay.filter.FilterResult;

/**
 * How the filter text reads as typed: empty, valid, or invalid with the 1-based column of the
 * problem and its message (plain text: it quotes what was typed).
 */
public record FilterState(Validity validity, int column, String message) {
    public enum Validity { EMPTY, VALID, INVALID }

    public static final FilterState EMPTY = new FilterState(Validity.EMPTY, 0, "");

    static FilterState of(FilterResult r) {
        if (r.text() == null || r.text().isBlank()) return EMPTY;
        return r.problem().map(FilterState::invalid).orElse(new FilterState(Validity.VALID, 0, ""));
    }

    private static FilterState invalid(FilterError e) {
        return new FilterState(Validity.INVALID, e.column(), PlainText.of(e.message()));
    }

    /** What the bar shows beneath the field: {@code "Column 6: unknown field ..."}, or nothing. */
    public String explanation() {
        return validity == Validity.INVALID ? "Column " + column + ": " + message : "";
    }
}
