package dev.runlens.app.ui;

/**
 * Untrusted text (keys, values and messages that quote a bundle) made safe to show in a label:
 * control and bidirectional-formatting characters become visible {@code \\uXXXX} escapes, so a
 * bundle cannot break lines or reorder what the user reads, and very long text is clipped.
 */
public final class PlainText {
    public static final int MAX_CHARS = 2_000;
    /** The most characters of a prompt, response or payload shown in a text area. */
    public static final int MAX_BLOCK_CHARS = 200_000;

    private PlainText() {}

    /** One line: every control character, line breaks included, becomes an escape. */
    public static String of(String untrusted) {
        return escape(untrusted, MAX_CHARS, false);
    }

    /**
     * A block for a read-only text area (prompts, responses, raw JSON): line feeds and tabs stay,
     * every other control and bidi character becomes an escape; clipped at {@link #MAX_BLOCK_CHARS}.
     */
    public static String block(String untrusted) {
        return escape(untrusted, MAX_BLOCK_CHARS, true);
    }

    private static String escape(String untrusted, int max, boolean keepLines) {
        if (untrusted == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(untrusted.length(), max + 1));
        for (int i = 0; i < untrusted.length() && sb.length() < max; i++) {
            char c = untrusted.charAt(i);
            if (keepLines && (c == '\n' || c == '\t')) {
                sb.append(c);
            } else if (Character.isISOControl(c) || isBidiControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= max && untrusted.length() > max) sb.append('…');
        return sb.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
