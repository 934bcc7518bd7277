package dev.runlens.protocol.bench;

import dev.runlens.protocol.json.ByteSink;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.util.Map;

/**
 * Writes JSON as {@code JSON.stringify(value)} (compact) or {@code JSON.stringify(value, null, 2)}
 * (pretty) would: members in their own order, strings and numbers rendered with JavaScript rules.
 */
final class JsonOut {
    private final CanonicalJson.Writer w;
    private final boolean pretty;

    JsonOut(ByteSink sink, SyntheticBundles.Layout layout) {
        this.w = CanonicalJson.writer(sink, CanonicalJson.Form.AS_WRITTEN);
        this.pretty = layout == SyntheticBundles.Layout.PRETTY;
    }

    /** A value whose container starts at nesting {@code level} (0 for the root). */
    void value(JsonValue v, int level) {
        if (!pretty) {
            w.value(v);
        } else if (v instanceof JsonValue.Obj o && !o.members().isEmpty()) {
            w.raw('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                if (!first) w.raw(',');
                first = false;
                newline(level + 1);
                key(e.getKey());
                value(e.getValue(), level + 1);
            }
            newline(level);
            w.raw('}');
        } else if (v instanceof JsonValue.Arr a && a.size() > 0) {
            w.raw('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) w.raw(',');
                newline(level + 1);
                value(a.get(i), level + 1);
            }
            newline(level);
            w.raw(']');
        } else {
            w.value(v);
        }
    }

    /** {@code "key":} or, pretty, {@code "key": }. */
    void key(String k) {
        w.key(k);
        if (pretty) w.raw(' ');
    }

    void raw(char c) {
        w.raw(c);
    }

    /** A line break and indentation (pretty only). */
    void newline(int level) {
        if (!pretty) return;
        w.raw('\n');
        for (int i = 0; i < level; i++) w.rawAscii("  ");
    }

    void flush() {
        w.flush();
    }
}
