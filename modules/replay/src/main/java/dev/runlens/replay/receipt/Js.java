package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Optional;

/** Lenient accessors over payload JSON: anything of the wrong type reads as absent. */
final class Js {
    private Js() {}

    static Optional<JsonValue> get(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? Optional.ofNullable(o.get(key)) : Optional.empty();
    }

    static Optional<String> str(JsonValue v, String key) {
        return get(v, key).flatMap(Js::str);
    }

    static Optional<String> str(JsonValue v) {
        return v instanceof JsonValue.Str s ? Optional.of(s.value()) : Optional.empty();
    }

    static List<JsonValue> arr(JsonValue v, String key) {
        return get(v, key).map(Js::items).orElse(List.of());
    }

    static List<JsonValue> items(JsonValue v) {
        return v instanceof JsonValue.Arr a ? a.items() : List.of();
    }

    static boolean isObj(JsonValue v) {
        return v instanceof JsonValue.Obj;
    }

    /** Compact JSON as {@code JSON.stringify} writes it. */
    static String compact(JsonValue v) {
        return CanonicalJson.toString(v, CanonicalJson.Form.AS_WRITTEN);
    }
}
