package dev.runlens.cli;

/**
 * Untrusted text for a terminal: control characters (C0, DEL, C1) and bidirectional overrides,
 * which could move the cursor, recolour or reorder what the reader sees, are shown as
 * {@code \\u} escapes with four hex digits.
 */
final class Terminal {
    private Terminal() {}

    static String safe(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (bad && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (bad) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
