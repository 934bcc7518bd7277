package dev.runlens.app.trace;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON from a bundle as text for display: compact (one line, for summaries) or pretty-printed
 * (for the raw view), members in their written order, strings escaped as {@code JSON.stringify}
 * does. Both stop after a number of characters, so a huge or deeply nested value costs no more
 * than what is shown; neither recurses.
 */
final class JsonText {
    static final String CLIPPED = "…";

    private JsonText() {}

    /** The compact form, at most about {@code max} characters (then ending with {@link #CLIPPED}). */
    static String compact(JsonValue v, int max) {
        Bounded out = new Bounded(max);
        try {
            CanonicalJson.write(v, CanonicalJson.Form.AS_WRITTEN, out::write);
        } catch (Bounded.Full full) {
            return out.text(true) + CLIPPED;
        }
        return out.text(false);
    }

    /** Two-space indented, at most about {@code max} characters (then a last line {@link #CLIPPED}). */
    static String pretty(JsonValue v, int max) {
        String compact = compact(v, max);
        StringBuilder sb = new StringBuilder(Math.min(max, compact.length() * 2) + 16);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            if (sb.length() > max) return sb.append('\n').append(CLIPPED).toString();
            char c = compact.charAt(i);
            if (inString) {
                sb.append(c);
                if (c == '\\' && i + 1 < compact.length()) sb.append(compact.charAt(++i));
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    sb.append(c);
                }
                case '{', '[' -> {
                    char next = i + 1 < compact.length() ? compact.charAt(i + 1) : ' ';
                    if (next == '}' || next == ']') {
                        sb.append(c).append(next);
                        i++;
                    } else {
                        sb.append(c);
                        newline(sb, ++depth);
                    }
                }
                case '}', ']' -> {
                    newline(sb, --depth);
                    sb.append(c);
                }
                case ',' -> {
                    sb.append(c);
                    newline(sb, depth);
                }
                case ':' -> sb.append(": ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void newline(StringBuilder sb, int depth) {
        sb.append('\n');
        for (int d = 0; d < depth; d++) sb.append("  ");
    }

    /** Collects UTF-8 bytes up to a limit, then stops the writer. */
    private static final class Bounded {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int max;

        Bounded(int max) {
            this.max = max;
        }

        void write(byte[] b, int off, int len) {
            int room = max - bytes.size();
            bytes.write(b, off, Math.min(room, len));
            if (len > room) throw new Full();
        }

        String text(boolean clipped) {
            String s = bytes.toString(StandardCharsets.UTF_8);
            if (clipped && s.endsWith("\uFFFD")) return s.substring(0, s.length() - 1); // a character cut in half
            return s;
        }

        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }
    }
}
