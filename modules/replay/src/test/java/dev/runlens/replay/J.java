package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Optional;

/** Tiny accessors for JSON trees in tests. */
public final class J {
    private J() {}

    public static Optional<JsonValue> path(JsonValue v, String... keys) {
        JsonValue cur = v;
        for (String k : keys) {
            if (!(cur instanceof JsonValue.Obj o) || !o.has(k)) return Optional.empty();
            cur = o.get(k);
        }
        return Optional.of(cur);
    }

    public static Optional<String> str(JsonValue v, String... keys) {
        return path(v, keys).filter(JsonValue.Str.class::isInstance).map(x -> ((JsonValue.Str) x).value());
    }

    public static Optional<Double> num(JsonValue v, String... keys) {
        return path(v, keys).filter(JsonValue.Num.class::isInstance).map(x -> ((JsonValue.Num) x).value());
    }

    public static List<JsonValue> arr(JsonValue v, String... keys) {
        return path(v, keys).filter(JsonValue.Arr.class::isInstance).map(x -> ((JsonValue.Arr) x).items())
                .orElse(List.of());
    }

    public static Optional<JsonValue.Obj> obj(JsonValue v, String... keys) {
        return path(v, keys).filter(JsonValue.Obj.class::isInstance).map(JsonValue.Obj.class::cast);
    }
}
