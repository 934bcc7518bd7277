package dev.runlens.protocol.json;

/**
 * Something the reader accepted, as {@code JSON.parse} does, that changes or hides content: the
 * strict report and the findings are built from these.
 *
 * @param kind   what was seen
 * @param path   where in the document (null for byte-level notes)
 * @param line   1-based line in the file (0 when unknown)
 * @param column 1-based column, in characters (0 when unknown)
 * @param detail the key, the number literal, or the byte offset
 */
public record ReadNote(Kind kind, JsonPath path, long line, long column, String detail) {

    public enum Kind {
        /** An object repeats a key; the last value wins, as in {@code JSON.parse}. */
        DUPLICATE_KEY,
        /** A string holds an unpaired UTF-16 surrogate (only possible through an escape). */
        LONE_SURROGATE,
        /** An integer literal beyond 2^53-1: only the nearest double survives. */
        UNSAFE_INTEGER,
        /** A number literal that overflows a double: JavaScript reads Infinity and hashes {@code null}. */
        NON_FINITE_NUMBER,
        /** Bytes that are not UTF-8: Node decodes them to U+FFFD before parsing. */
        INVALID_UTF8
    }

    public String location() {
        return line > 0 ? line + ":" + column : "";
    }
}
