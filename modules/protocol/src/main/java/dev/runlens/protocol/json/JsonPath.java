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

    /** Paths deeper than this are shown with their middle elided (a 10,000-level path is no help to anyone). */
    private static final int SHOWN_HEAD = 12;
    private static final int SHOWN_TAIL = 6;

    /** The segments from the root, at most head + tail of them, and how many were elided between. */
    private record Shown(java.util.List<JsonPath> head, int elided, java.util.List<JsonPath> tail) {}

    private Shown shown() {
        java.util.ArrayList<JsonPath> all = new java.util.ArrayList<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) all.add(p);
        java.util.Collections.reverse(all);
        if (all.size() <= SHOWN_HEAD + SHOWN_TAIL + 1) return new Shown(all, 0, java.util.List.of());
        return new Shown(all.subList(0, SHOWN_HEAD), all.size() - SHOWN_HEAD - SHOWN_TAIL,
                all.subList(all.size() - SHOWN_TAIL, all.size()));
    }

    /** JavaScript style: {@code run.workflowSnapshot.steps[0].id}; the root is {@code $}; very deep paths elide their middle. */
    @Override
    public String toString() {
        if (isRoot()) return "$";
        Shown sh = shown();
        StringBuilder sb = new StringBuilder();
        for (JsonPath s : sh.head()) appendJs(sb, s);
        if (sh.elided() > 0) sb.append("…(").append(sh.elided()).append(" levels)…");
        for (JsonPath s : sh.tail()) appendJs(sb, s);
        return sb.toString();
    }

    private static void appendJs(StringBuilder sb, JsonPath s) {
        if (s.key == null) {
            sb.append('[').append(s.index).append(']');
        } else if (isIdentifier(s.key)) {
            if (sb.length() > 0) sb.append('.');
            sb.append(s.key);
        } else {
            sb.append('[').append(CanonicalJson.toString(new JsonValue.Str(s.key), CanonicalJson.Form.INTEGRITY)).append(']');
        }
    }

    /** zod's {@code issue.path.join(".")}; the root is {@code (root)}; very deep paths elide their middle. */
    public String zod() {
        if (isRoot()) return "(root)";
        Shown sh = shown();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (JsonPath s : sh.head()) parts.add(s.key == null ? Integer.toString(s.index) : s.key);
        if (sh.elided() > 0) parts.add("…(" + sh.elided() + " levels)…");
        for (JsonPath s : sh.tail()) parts.add(s.key == null ? Integer.toString(s.index) : s.key);
        return String.join(".", parts);
    }

    /** RFC 6901 JSON Pointer; the root is the empty string. */
    public String pointer() {
        ArrayDeque<JsonPath> all = new ArrayDeque<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) all.push(p);
        StringBuilder sb = new StringBuilder();
        for (JsonPath s : all) {
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
        return o instanceof JsonPath p && pointer().equals(p.pointer());
    }

    @Override
    public int hashCode() {
        return pointer().hashCode();
    }
}
