package dev.runlens.signing.codec;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, path-naming access to the members of a parsed JSON object (the validate step between wire
 * JSON and records). Unknown members are ignored, as in-toto and DSSE require.
 */
public final class Fields {
    private final JsonValue.Obj obj;
    private final String path;

    private Fields(JsonValue.Obj obj, String path) {
        this.obj = obj;
        this.path = path;
    }

    /** The root object, or an error when {@code v} is not an object. */
    public static Fields root(JsonValue v, String name) throws StrictJsonException {
        if (!(v instanceof JsonValue.Obj o)) throw new StrictJsonException(name + ": expected an object, got " + type(v));
        return new Fields(o, name);
    }

    /** The objects of a top-level array. */
    public static List<Fields> rootObjects(JsonValue v, String name) throws StrictJsonException {
        if (!(v instanceof JsonValue.Arr a)) throw new StrictJsonException(name + ": expected an array, got " + type(v));
        List<Fields> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) out.add(root(a.get(i), name + "[" + i + "]"));
        return out;
    }

    public String path() {
        return path;
    }

    public JsonValue.Obj json() {
        return obj;
    }

    public boolean has(String key) {
        return obj.has(key);
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public JsonValue need(String key) throws StrictJsonException {
        JsonValue v = obj.get(key);
        if (v == null) throw new StrictJsonException(at(key) + ": required member missing");
        return v;
    }

    public String str(String key) throws StrictJsonException {
        JsonValue v = need(key);
        if (!(v instanceof JsonValue.Str s)) throw new StrictJsonException(at(key) + ": expected a string, got " + type(v));
        return s.value();
    }

    /** A required non-empty string. */
    public String text(String key) throws StrictJsonException {
        String s = str(key);
        if (s.isEmpty()) throw new StrictJsonException(at(key) + ": must not be empty");
        return s;
    }

    public Optional<String> optStr(String key) throws StrictJsonException {
        return obj.has(key) ? Optional.of(str(key)) : Optional.empty();
    }

    /** A required string that must be one of {@code allowed} (case-sensitive). */
    public String oneOf(String key, Set<String> allowed) throws StrictJsonException {
        String s = str(key);
        if (!allowed.contains(s)) throw new StrictJsonException(at(key) + ": \"" + s + "\" is not one of " + new java.util.TreeSet<>(allowed));
        return s;
    }

    /** A required integer in JavaScript's safe range. */
    public long integer(String key) throws StrictJsonException {
        JsonValue v = need(key);
        if (!(v instanceof JsonValue.Num n) || !n.isSafeInteger())
            throw new StrictJsonException(at(key) + ": expected an integer, got " + type(v));
        return (long) n.value();
    }

    public Fields obj(String key) throws StrictJsonException {
        JsonValue v = need(key);
        if (!(v instanceof JsonValue.Obj o)) throw new StrictJsonException(at(key) + ": expected an object, got " + type(v));
        return new Fields(o, at(key));
    }

    public Optional<Fields> optObj(String key) throws StrictJsonException {
        return obj.has(key) ? Optional.of(obj(key)) : Optional.empty();
    }

    public JsonValue.Arr arr(String key) throws StrictJsonException {
        JsonValue v = need(key);
        if (!(v instanceof JsonValue.Arr a)) throw new StrictJsonException(at(key) + ": expected an array, got " + type(v));
        return a;
    }

    /** The objects of a required array. */
    public List<Fields> objects(String key) throws StrictJsonException {
        JsonValue.Arr a = arr(key);
        List<Fields> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String p = at(key) + "[" + i + "]";
            if (!(a.get(i) instanceof JsonValue.Obj o)) throw new StrictJsonException(p + ": expected an object, got " + type(a.get(i)));
            out.add(new Fields(o, p));
        }
        return out;
    }

    /** The strings of a required array. */
    public List<String> strings(String key) throws StrictJsonException {
        JsonValue.Arr a = arr(key);
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonValue.Str s))
                throw new StrictJsonException(at(key) + "[" + i + "]: expected a string, got " + type(a.get(i)));
            out.add(s.value());
        }
        return out;
    }

    public List<String> optStrings(String key) throws StrictJsonException {
        return obj.has(key) ? strings(key) : List.of();
    }

    public static String type(JsonValue v) {
        return v == null ? "nothing" : v.typeName();
    }
}
