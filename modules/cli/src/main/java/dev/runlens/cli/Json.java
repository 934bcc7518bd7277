package dev.runlens.cli;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Small builders for the CLI's JSON output (member order kept, as written). */
final class Json {
    private Json() {}

    static final class Obj {
        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        Obj put(String key, JsonValue v) {
            members.put(key, v);
            return this;
        }

        Obj put(String key, String v) {
            return put(key, str(v));
        }

        Obj put(String key, long v) {
            return put(key, new JsonValue.Num(v));
        }

        Obj put(String key, double v) {
            return put(key, new JsonValue.Num(v));
        }

        Obj put(String key, boolean v) {
            return put(key, JsonValue.Bool.of(v));
        }

        Obj put(String key, Optional<String> v) {
            return put(key, v.orElse(null));
        }

        Obj put(String key, Obj v) {
            return put(key, v.build());
        }

        JsonValue.Obj build() {
            return new JsonValue.Obj(members);
        }
    }

    static Obj obj() {
        return new Obj();
    }

    static JsonValue str(String s) {
        return s == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(s);
    }

    static <T> JsonValue arr(Collection<T> items, Function<T, JsonValue> f) {
        List<JsonValue> out = new ArrayList<>(items.size());
        for (T t : items) out.add(f.apply(t));
        return new JsonValue.Arr(out);
    }

    /** Exact decimal amounts by currency, as strings so no digit is lost ({@code {"USD":"0.0092086"}}). */
    static JsonValue money(Map<String, BigDecimal> cost) {
        Obj o = obj();
        cost.forEach((cur, amount) -> o.put(cur, amount.stripTrailingZeros().toPlainString()));
        return o.build();
    }

    static String line(JsonValue v) {
        return CanonicalJson.toString(v, CanonicalJson.Form.AS_WRITTEN);
    }
}
