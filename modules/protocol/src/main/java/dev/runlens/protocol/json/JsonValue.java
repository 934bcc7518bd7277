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

    /**
     * A string. Equal to another {@code Str} exactly when their values are equal. The in-memory
     * reader may leave a string as the slice of the document's bytes it was read from (checked,
     * decoded on first use) and notes what it saw of the characters ({@link #chars()}): the
     * canonical writer then copies bytes instead of encoding characters one by one.
     */
    final class Str implements JsonValue {
        /** Nothing known about the characters. */
        static final byte ANY = 0;
        /** Every character is printable ASCII (U+0020–U+007F) other than {@code "} and {@code \\}: written as is. */
        static final byte PLAIN = 1;
        /** A slice of well-formed UTF-8 without escapes: its JSON string form is {@code "} + the slice + {@code "}. */
        static final byte SOURCE = 2;
        /** A slice of a JSON string's source with escapes, each checked, none of a surrogate. */
        static final byte ESCAPED_SOURCE = 3;

        /** Null until decoded, for a slice. */
        private String value;
        private final byte chars;
        private final byte[] src;
        private final int start;
        private final int length;

        public Str(String value) {
            this(value, ANY);
        }

        Str(String value, byte chars) {
            this.value = value;
            this.chars = chars;
            this.src = null;
            this.start = 0;
            this.length = 0;
        }

        /** The string between the quotes at {@code src[start..start+length)}, checked by the reader; decoded on first use. */
        Str(byte[] src, int start, int length, boolean escaped) {
            this.chars = escaped ? ESCAPED_SOURCE : SOURCE;
            this.src = src;
            this.start = start;
            this.length = length;
        }

        public String value() {
            String v = value;
            if (v == null && src != null) {
                v = Utf8Slices.decode(src, start, length, chars == ESCAPED_SOURCE);
                value = v; // a race decodes twice at worst: String is immutable and safely published
            }
            return v;
        }

        /**
         * Whether the value has fewer than {@code units} UTF-16 units; a slice long enough for that
         * whatever its bytes are (an escape of 6 bytes is the least dense: one unit) is not decoded.
         */
        public boolean shorterThan(int units) {
            if (value == null && src != null && length / 6 >= units) return false;
            return value().length() < units;
        }

        /** {@link #ANY}, {@link #PLAIN}, {@link #SOURCE} or {@link #ESCAPED_SOURCE}. */
        byte chars() { return chars; }

        /** For {@link #SOURCE} and {@link #ESCAPED_SOURCE}: the bytes the slice is in. */
        byte[] src() { return src; }

        int start() { return start; }

        int length() { return length; }

        @Override public String typeName() { return "string"; }

        @Override public boolean equals(Object o) {
            return o instanceof Str s && java.util.Objects.equals(value(), s.value());
        }

        @Override public int hashCode() { return java.util.Objects.hashCode(value()); }

        @Override public String toString() { return "Str[value=" + value() + "]"; }
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
