package dev.runlens.protocol.json;

import java.util.ArrayDeque;

/**
 * An immutable location inside a JSON document, shared structurally (a child points at its
 * parent). Rendered JavaScript style ({@code trace[52].type}), as zod paths ({@code trace.52.type})
 * or as an RFC 6901 JSON Pointer.
 */
public final class JsonPath {
    public static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public JsonPath key(String k) {
        return new JsonPath(this, k, -1);
    }

    public JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    public boolean isRoot() {
        return parent == null;
    }

    public JsonPath parent() {
        return parent;
    }

    /** Last segment's key, or null when it is an index or the root. */
    public String lastKey() {
        return key;
    }

    public int lastIndex() {
        return index;
    }

    public int depth() {
        int d = 0;
        for (JsonPath p = this; p.parent != null; p = p.parent) d++;
        return d;
    }

    private ArrayDeque<JsonPath> segments() {
        ArrayDeque<JsonPath> segs = new ArrayDeque<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) segs.push(p);
        return segs;
    }

    /** JavaScript style: {@code run.workflowSnapshot.steps[0].id}; the root is {@code $}. */
    @Override
    public String toString() {
        if (isRoot()) return "$";
        StringBuilder sb = new StringBuilder();
        for (JsonPath s : segments()) {
            if (s.key == null) {
                sb.append('[').append(s.index).append(']');
            } else if (isIdentifier(s.key)) {
                if (sb.length() > 0) sb.append('.');
                sb.append(s.key);
            } else {
                sb.append('[').append(CanonicalJson.toString(new JsonValue.Str(s.key), CanonicalJson.Form.INTEGRITY)).append(']');
            }
        }
        return sb.toString();
    }

    /** zod's {@code issue.path.join(".")}; the root is {@code (root)}. */
    public String zod() {
        if (isRoot()) return "(root)";
        StringBuilder sb = new StringBuilder();
        for (JsonPath s : segments()) {
            if (sb.length() > 0) sb.append('.');
            sb.append(s.key == null ? Integer.toString(s.index) : s.key);
        }
        return sb.toString();
    }

    /** RFC 6901 JSON Pointer; the root is the empty string. */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (JsonPath s : segments()) {
            sb.append('/');
            sb.append(s.key == null ? Integer.toString(s.index) : s.key.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static boolean isIdentifier(String k) {
        if (k.isEmpty()) return false;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
