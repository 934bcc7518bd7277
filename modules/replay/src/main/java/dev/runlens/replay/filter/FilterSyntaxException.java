package dev.runlens.replay.filter;

/** A parse error on its way out of the lexer or parser; {@link DisplayFilter#parse} turns it into a {@link FilterError}. */
final class FilterSyntaxException extends RuntimeException {
    private final transient FilterError error;

    FilterSyntaxException(int column, int length, String message) {
        super(message, null, false, false);
        this.error = new FilterError(column, length, message);
    }

    FilterError error() {
        return error;
    }
}
