package dev.runlens.app;

/**
 * Untrusted text (keys, values and messages that quote a bundle) made safe to show in a label:
 * control and bidirectional-formatting characters become visible {@code \\uXXXX} escapes, so a
 * bundle cannot break lines or reorder what the user reads, and very long text is clipped.
 */
final class PlainText {
    static final int MAX_CHARS = 2_000;

    private PlainText() {}

    static String of(String untrusted) {
        if (untrusted == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(untrusted.length(), MAX_CHARS + 1));
        for (int i = 0; i < untrusted.length() && sb.length() < MAX_CHARS; i++) {
            char c = untrusted.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX_CHARS && untrusted.length() > MAX_CHARS) sb.append('…');
        return sb.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
