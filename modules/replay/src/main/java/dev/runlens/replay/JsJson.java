package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;

/**
 * Deep equality of JSON values as JavaScript sees it after {@code JSON.parse}: numbers by
 * {@code ===} ({@code 0} equals {@code -0}), objects regardless of member order, arrays in order.
 */
public final class JsJson {
    private JsJson() {}

    public static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.Num x && b instanceof JsonValue.Num y) return x.value() == y.value();
        if (a instanceof JsonValue.Arr x && b instanceof JsonValue.Arr y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof JsonValue.Obj x && b instanceof JsonValue.Obj y) {
            if (x.members().size() != y.members().size()) return false;
            for (Map.Entry<String, JsonValue> e : x.members().entrySet()) {
                JsonValue other = y.get(e.getKey());
                if (other == null || !same(e.getValue(), other)) return false;
            }
            return true;
        }
        return a.equals(b);
    }
}
