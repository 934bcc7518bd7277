package dev.runlens.signing.codec;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the JSON values this module writes; absent optionals are left out, never written as null. */
public final class JsonBuilder {
    private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

    public static JsonBuilder object() {
        return new JsonBuilder();
    }

    public JsonBuilder put(String key, JsonValue v) {
        members.put(key, v);
        return this;
    }

    public JsonBuilder put(String key, String v) {
        return put(key, new JsonValue.Str(v));
    }

    public JsonBuilder put(String key, long v) {
        return put(key, new JsonValue.Num(v));
    }

    public JsonBuilder put(String key, JsonBuilder v) {
        return put(key, v.build());
    }

    public JsonBuilder putIfPresent(String key, Optional<String> v) {
        v.ifPresent(s -> put(key, s));
        return this;
    }

    public JsonValue.Obj build() {
        return new JsonValue.Obj(new LinkedHashMap<>(members));
    }

    public static JsonValue.Arr strings(Collection<String> items) {
        return array(items, JsonValue.Str::new);
    }

    public static <T> JsonValue.Arr array(Collection<T> items, Function<T, JsonValue> f) {
        List<JsonValue> out = new ArrayList<>(items.size());
        for (T t : items) out.add(f.apply(t));
        return new JsonValue.Arr(out);
    }
}
