package dev.runlens.replay.filter;

/**
 * Why a display filter does not parse: {@code column} counts characters from 1 (where the
 * problem starts; one past the end when something is missing at the end), {@code length} how
 * many characters are at fault (at least 1), and a message that names what was expected.
 */
public record FilterError(int column, int length, String message) {
    public FilterError {
        if (column < 1) throw new IllegalArgumentException("column " + column);
        length = Math.max(1, length);
    }

    /** {@code "column 6: unknown field 'tpye'; did you mean 'type'?"}. */
    public String describe() {
        return "column " + column + ": " + message;
    }
}
