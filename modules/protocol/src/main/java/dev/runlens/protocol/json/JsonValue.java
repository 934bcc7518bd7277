package dev.runlens.protocol.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An immutable JSON value with JavaScript semantics: every number is an IEEE-754 double (as after
 * {@code JSON.parse}), strings are UTF-16 and may hold lone surrogates, object members keep their
 * first-seen order with the last duplicate's value (as {@code JSON.parse} does).
 */
public sealed interface JsonValue
        permits JsonValue.Null, JsonValue.Bool, JsonValue.Num, JsonValue.Str, JsonValue.Arr, JsonValue.Obj {

    /** Type name as zod reports it ({@code received number}, {@code received array}...). */
    String typeName();

    record Null() implements JsonValue {
        public static final Null INSTANCE = new Null();
        @Override public String typeName() { return "null"; }
    }

    record Bool(boolean value) implements JsonValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);
        public static Bool of(boolean b) { return b ? TRUE : FALSE; }
        @Override public String typeName() { return "boolean"; }
    }

    record Num(double value) implements JsonValue {
        @Override public String typeName() { return Double.isNaN(value) ? "NaN" : "number"; }
        /** True for JavaScript {@code Number.isSafeInteger}. */
        public boolean isSafeInteger() {
            return !Double.isInfinite(value) && value == Math.rint(value) && Math.abs(value) <= 9007199254740991d;
        }
    }

    record Str(String value) implements JsonValue {
        @Override public String typeName() { return "string"; }
    }

    record Arr(List<JsonValue> items) implements JsonValue {
        public Arr { items = Collections.unmodifiableList(items); }
        @Override public String typeName() { return "array"; }
        public int size() { return items.size(); }
        public JsonValue get(int i) { return items.get(i); }
    }

    /** An object; its members are copied (in iteration order) into a compact immutable map. */
    record Obj(Map<String, JsonValue> members) implements JsonValue {
        public Obj { members = Members.copyOf(members); }
        @Override public String typeName() { return "object"; }
        public JsonValue get(String key) { return members.get(key); }
        public boolean has(String key) { return members.containsKey(key); }

        public static Obj of(Map<String, JsonValue> m) { return new Obj(m); }
    }

    static Str str(String s) { return new Str(s); }
    static Num num(double d) { return new Num(d); }
}
