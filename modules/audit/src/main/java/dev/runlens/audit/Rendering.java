package dev.runlens.audit;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WireEnum;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Values of the typed model rendered as short JSON-like text for {@link Difference}s. */
final class Rendering {
    static final int MAX = 120;
    /** Stands for a missing value (absent Optional, missing key, past the end of a list). */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private Rendering() {}

    static String of(Object v) {
        String s = full(v);
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }

    private static String full(Object v) {
        if (v == ABSENT) return "(absent)";
        if (v == null) return "null";
        if (v instanceof JsonValue j) return CanonicalJson.toString(j, CanonicalJson.Form.INTEGRITY);
        if (v instanceof String s) return CanonicalJson.toString(new JsonValue.Str(s), CanonicalJson.Form.INTEGRITY);
        if (v instanceof Double d) return JsNumber.format(d);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof WireEnum w) return w.wire() == null ? "(unknown)" : full(w.wire());
        if (v instanceof TraceEvent e) return e.type() + " " + e.id();
        if (v instanceof Collection<?> c) return "[" + c.size() + " items]";
        if (v instanceof Map<?, ?> m) return "{" + m.size() + " members}";
        if (v instanceof Record r) return record(r);
        return String.valueOf(v);
    }

    private static String record(Record r) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value = Diffing.component(r, c);
            if (value == ABSENT || "extras".equals(c.getName())) continue;
            j.add(c.getName() + ": " + full(value));
            if (j.length() > MAX) break;
        }
        return j.toString();
    }
}
