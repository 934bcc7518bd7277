package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;

/**
 * Reads back a JSON path as {@link JsonPath#toString()} renders it ({@code trace[3].args["a b"]},
 * {@code $} for the root), so findings that carry only the text can be located.
 */
final class PathText {
    private PathText() {}

    /** The path, or null for an empty, elided ({@code …(n levels)…}) or malformed text. */
    static JsonPath parse(String text) {
        if (text == null || text.isEmpty() || text.contains("…")) return null;
        if (text.equals("$")) return JsonPath.ROOT;
        JsonPath p = JsonPath.ROOT;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close;
                if (i + 1 < n && text.charAt(i + 1) == '"') {
                    StringBuilder key = new StringBuilder();
                    close = quoted(text, i + 2, key);
                    if (close < 0) return null;
                    p = p.key(key.toString());
                } else {
                    close = text.indexOf(']', i);
                    if (close < 0) return null;
                    try {
                        p = p.index(Integer.parseInt(text.substring(i + 1, close)));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                if (close >= n || text.charAt(close) != ']') return null;
                i = close + 1;
            } else {
                if (c == '.') i++;
                int start = i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') i++;
                if (i == start) return null;
                p = p.key(text.substring(start, i));
            }
        }
        return p;
    }

    /** Decodes a JSON string body starting at {@code from}; returns the index after its closing quote, or -1. */
    private static int quoted(String s, int from, StringBuilder out) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') return i + 1;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) return -1;
            char e = s.charAt(i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 >= s.length()) return -1;
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException x) {
                        return -1;
                    }
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return -1;
    }
}
