package dev.runlens.protocol.json;

/** The input is not JSON as {@code JSON.parse} reads it, or it exceeds a {@link ReadLimits} limit. */
public final class JsonReadException extends Exception {
    /** {@code INVALID_JSON} (the runtime's code) or {@code LIMIT_EXCEEDED} (RunLens' own limit). */
    private final String code;
    private final long line;
    private final long column;
    private final long charOffset;

    public JsonReadException(String code, String message, long line, long column, long charOffset) {
        super(message);
        this.code = code;
        this.line = line;
        this.column = column;
        this.charOffset = charOffset;
    }

    public String code() { return code; }
    public long line() { return line; }
    public long column() { return column; }
    public long charOffset() { return charOffset; }

    /** "line 3, column 17" or "" when unknown. */
    public String where() {
        return line > 0 ? "line " + line + ", column " + column : "";
    }
}
