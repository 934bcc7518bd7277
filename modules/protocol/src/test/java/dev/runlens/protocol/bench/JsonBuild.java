package dev.runlens.protocol.bench;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Builds {@link JsonValue} trees from Java values, keeping member order as written. */
final class JsonBuild {
    private JsonBuild() {}

    /** An object from alternating keys and values; a null value leaves the member out (JavaScript {@code undefined}). */
    static JsonValue.Obj obj(Object... keysAndValues) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) m.put((String) keysAndValues[i], of(v));
        }
        return new JsonValue.Obj(m);
    }

    static JsonValue.Arr arr(Object... items) {
        List<JsonValue> l = new ArrayList<>(items.length);
        for (Object o : items) l.add(of(o));
        return new JsonValue.Arr(l);
    }

    static JsonValue.Arr list(List<? extends JsonValue> items) {
        return new JsonValue.Arr(new ArrayList<>(items));
    }

    /** A JSON value for a Java one: strings, numbers, booleans, {@link JsonValue}s, or {@link #NULL}. */
    static JsonValue of(Object v) {
        if (v instanceof JsonValue j) return j;
        if (v instanceof String s) return new JsonValue.Str(s);
        if (v instanceof Number n) return new JsonValue.Num(n.doubleValue());
        if (v instanceof Boolean b) return JsonValue.Bool.of(b);
        throw new IllegalArgumentException("not a JSON value: " + v);
    }

    /** JSON {@code null} (a Java null means "leave the member out"). */
    static final JsonValue NULL = JsonValue.Null.INSTANCE;
}
