package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The zod 4 building blocks the runtime's protocol schemas use, with the same acceptance, defaults,
 * stripping and (English) issue wording. Only what {@code dist/protocol/*.js} needs is here.
 */
public final class Schemas {
    private Schemas() {}

    public static StringSchema string() { return new StringSchema(0, null, null); }
    public static NumberSchema number() { return new NumberSchema(false, null); }
    public static Schema bool() { return new BoolSchema(); }
    public static Schema literal(String value) { return new LiteralSchema(value); }
    public static Schema enumOf(String... values) { return new EnumSchema(values); }
    /** {@code z.unknown()}: passes anything through unchanged, by reference. */
    public static Schema unknown() { return new UnknownSchema(); }
    public static ArraySchema array(Schema item) { return new ArraySchema(item, 0); }
    public static Schema tuple(Schema... items) { return new TupleSchema(items); }
    /** {@code z.record(z.string(), value)}: drops an own {@code "__proto__"} key. */
    public static Schema record(Schema value) { return new RecordSchema(value); }
    public static ObjectSchema object() { return new ObjectSchema(); }
    public static Schema optional(Schema inner) { return new OptionalSchema(inner); }
    public static Schema withDefault(Schema inner, JsonValue value) { return new DefaultSchema(inner, value); }
    public static Schema discriminatedUnion(String key, List<ObjectSchema> options) {
        return new DiscriminatedUnionSchema(key, options);
    }
    /** The runtime's recursive {@code JsonValueSchema}: null | boolean | finite number | string | array | record. */
    public static Schema jsonValue() { return JsonValueSchema.INSTANCE; }

    // ---------------------------------------------------------------- scalars

    public static final class StringSchema extends Schema {
        final int min;
        final Pattern pattern;
        final String patternSource; // null unless regex(); "datetime" marks the datetime check

        StringSchema(int min, Pattern pattern, String patternSource) {
            this.min = min;
            this.pattern = pattern;
            this.patternSource = patternSource;
        }

        public StringSchema min(int n) { return new StringSchema(n, pattern, patternSource); }
        public StringSchema regex(String jsRegex) {
            String body = jsRegex.substring(1, jsRegex.lastIndexOf('/'));
            return new StringSchema(min, Pattern.compile(body), jsRegex);
        }
        /** {@code z.string().datetime({ offset: true })}. */
        public StringSchema datetime() { return new StringSchema(min, Datetime.PATTERN, "datetime"); }

        @Override String expected() { return "string"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Str s)) {
                typeIssue(in, path, ctx);
                return null;
            }
            boolean ok = true;
            if (s.shorterThan(min)) {
                ctx.issue(path, "Too small: expected string to have >=" + min + " characters");
                ok = false;
            }
            if (pattern != null && !pattern.matcher(s.value()).matches()) {
                ctx.issue(path, "datetime".equals(patternSource) ? "Invalid ISO datetime"
                        : "Invalid string: must match pattern " + patternSource);
                ok = false;
            }
            return ok ? in : null;
        }
    }

    public static final class NumberSchema extends Schema {
        final boolean integer;
        final String bound; // null, ">0" or ">=0"

        NumberSchema(boolean integer, String bound) {
            this.integer = integer;
            this.bound = bound;
        }

        /** zod 4 {@code .int()}: a safe integer. */
        public NumberSchema integer() { return new NumberSchema(true, bound); }
        public NumberSchema positive() { return new NumberSchema(integer, ">0"); }
        public NumberSchema nonnegative() { return new NumberSchema(integer, ">=0"); }

        @Override String expected() { return "number"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Num n) || !Double.isFinite(n.value())) {
                typeIssue(in, path, ctx); // zod 4 rejects Infinity and NaN as "number"
                return null;
            }
            double d = n.value();
            boolean ok = true;
            if (integer && d != Math.rint(d)) {
                ctx.issue(path, "Invalid input: expected int, received number");
                ok = false;
            } else if (integer && Math.abs(d) > 9007199254740991d) {
                ctx.issue(path, d > 0 ? "Too big: expected int to be <=9007199254740991"
                        : "Too small: expected int to be >=-9007199254740991");
                ok = false;
            }
            if (">0".equals(bound) && !(d > 0) || ">=0".equals(bound) && !(d >= 0)) {
                ctx.issue(path, "Too small: expected number to be " + bound);
                ok = false;
            }
            return ok ? in : null;
        }
    }

    static final class BoolSchema extends Schema {
        @Override String expected() { return "boolean"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (in instanceof JsonValue.Bool) return in;
            typeIssue(in, path, ctx);
            return null;
        }
    }

    static final class LiteralSchema extends Schema {
        final String value;

        LiteralSchema(String value) { this.value = value; }

        @Override String expected() { return "\"" + value + "\""; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (in instanceof JsonValue.Str s && s.value().equals(value)) return in;
            ctx.issue(path, "Invalid input: expected " + expected());
            return null;
        }
    }

    static final class EnumSchema extends Schema {
        final List<String> values;

        EnumSchema(String... values) { this.values = List.of(values); }

        @Override String expected() {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining("|"));
        }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (in instanceof JsonValue.Str s && values.contains(s.value())) return in;
            ctx.issue(path, "Invalid option: expected one of " + expected());
            return null;
        }
    }

    static final class UnknownSchema extends Schema {
        @Override String expected() { return "nonoptional"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (in == null) {
                typeIssue(null, path, ctx);
                return null;
            }
            return in;
        }
    }

    // ---------------------------------------------------------------- wrappers

    static final class OptionalSchema extends Schema {
        final Schema inner;

        OptionalSchema(Schema inner) { this.inner = inner; }

        @Override String expected() { return inner.expected(); }
        @Override boolean optional() { return true; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            return in == null ? null : inner.parse(in, path, ctx);
        }
    }

    static final class DefaultSchema extends Schema {
        final Schema inner;
        final JsonValue value;

        DefaultSchema(Schema inner, JsonValue value) {
            this.inner = inner;
            this.value = value;
        }

        @Override String expected() { return inner.expected(); }
        @Override boolean optional() { return true; }
        @Override JsonValue defaultValue() { return value; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (in != null) return inner.parse(in, path, ctx);
            ctx.markChanged();
            return value;
        }
    }

    // ---------------------------------------------------------------- containers

    public static final class ArraySchema extends Schema {
        final Schema item;
        final int min;

        ArraySchema(Schema item, int min) {
            this.item = item;
            this.min = min;
        }

        public ArraySchema min(int n) { return new ArraySchema(item, n); }

        @Override String expected() { return "array"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Arr a)) {
                typeIssue(in, path, ctx);
                return null;
            }
            int before = ctx.issues().size();
            List<JsonValue> out = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) out.add(item.parse(a.get(i), path.index(i), ctx));
            if (a.size() < min) ctx.issue(path, "Too small: expected array to have >=" + min + " items");
            return ctx.issues().size() == before ? new JsonValue.Arr(out) : null;
        }
    }

    static final class TupleSchema extends Schema {
        final Schema[] items;

        TupleSchema(Schema[] items) { this.items = items; }

        @Override String expected() { return "tuple"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Arr a)) {
                typeIssue(in, path, ctx);
                return null;
            }
            if (a.size() > items.length) {
                ctx.issue(path, "Too big: expected array to have <=" + items.length + " items");
                return null;
            }
            if (a.size() < items.length) {
                ctx.issue(path, "Too small: expected array to have >=" + items.length + " items");
                return null;
            }
            int before = ctx.issues().size();
            List<JsonValue> out = new ArrayList<>(items.length);
            for (int i = 0; i < items.length; i++) out.add(items[i].parse(a.get(i), path.index(i), ctx));
            return ctx.issues().size() == before ? new JsonValue.Arr(out) : null;
        }
    }

    static final class RecordSchema extends Schema {
        final Schema value;

        RecordSchema(Schema value) { this.value = value; }

        @Override String expected() { return "record"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Obj o)) {
                typeIssue(in, path, ctx);
                return null;
            }
            int before = ctx.issues().size();
            LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                if ("__proto__".equals(e.getKey())) {
                    ctx.stripped(path.key(e.getKey()));
                    continue;
                }
                out.put(e.getKey(), value.parse(e.getValue(), path.key(e.getKey()), ctx));
            }
            return ctx.issues().size() == before ? new JsonValue.Obj(out) : null;
        }
    }

    /** {@code z.object(...)}: strips unknown keys, or rejects them when {@link #strict()}. */
    public static final class ObjectSchema extends Schema {
        final LinkedHashMap<String, Schema> fields = new LinkedHashMap<>();
        boolean strict;
        Refinement refinement;
        UnaryOperator<JsonValue.Obj> transform;

        /** A check that runs when the object itself parsed cleanly ({@code superRefine}). */
        @FunctionalInterface
        public interface Refinement {
            void check(JsonValue.Obj parsed, JsonPath path, GateContext ctx);
        }

        public ObjectSchema field(String name, Schema schema) {
            fields.put(name, schema);
            return this;
        }

        public ObjectSchema optional(String name, Schema schema) {
            return field(name, Schemas.optional(schema));
        }

        /** {@code BaseTrace.extend({...})}: a copy with more (or overriding) fields. */
        public ObjectSchema extend() {
            ObjectSchema copy = new ObjectSchema();
            copy.fields.putAll(fields);
            copy.strict = strict;
            return copy;
        }

        public ObjectSchema strict() {
            strict = true;
            return this;
        }

        public ObjectSchema superRefine(Refinement r) {
            refinement = r;
            return this;
        }

        public ObjectSchema transform(UnaryOperator<JsonValue.Obj> t) {
            transform = t;
            return this;
        }

        public Map<String, Schema> fields() {
            return fields;
        }

        @Override String expected() { return "object"; }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Obj o)) {
                typeIssue(in, path, ctx);
                return null;
            }
            int before = ctx.issues().size();
            // The output map is made only once it differs from the input: while every parsed field is
            // the input's own member at the same position with the very same value, the input itself
            // is the output so far (most objects of a runtime-made bundle, which the schema wrote).
            LinkedHashMap<String, JsonValue> out = null;
            Iterator<String> inputKeys = o.members().keySet().iterator();
            int same = 0;
            for (Map.Entry<String, Schema> f : fields.entrySet()) {
                JsonValue v = o.get(f.getKey());
                Schema s = f.getValue();
                if (v == null && !s.optional() && !(s instanceof UnknownSchema)) {
                    s.typeIssue(null, path.key(f.getKey()), ctx);
                    continue;
                }
                JsonValue parsed = s.parse(v, path.key(f.getKey()), ctx);
                if (parsed == null) continue;
                if (out == null && parsed == v && inputKeys.hasNext() && inputKeys.next().equals(f.getKey())) {
                    same++;
                    continue;
                }
                if (out == null) out = firstMembers(o, same);
                out.put(f.getKey(), parsed);
            }
            List<String> unknown = null;
            for (String k : o.members().keySet()) {
                if (!fields.containsKey(k)) {
                    if (unknown == null) unknown = new ArrayList<>();
                    unknown.add(k);
                }
            }
            if (unknown != null) {
                if (strict) {
                    String keys = unknown.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
                    ctx.issue(path, (unknown.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ") + keys);
                } else {
                    for (String k : unknown) ctx.stripped(path.key(k));
                }
            }
            if (ctx.issues().size() != before) return null;
            if (out == null && same < o.members().size()) out = firstMembers(o, same); // input keys the schema dropped
            JsonValue.Obj result = out == null || identical(o, out) ? o : new JsonValue.Obj(out);
            if (refinement != null) {
                refinement.check(result, path, ctx);
                if (ctx.issues().size() != before) return null;
            }
            if (transform == null) return result;
            JsonValue.Obj transformed = transform.apply(result);
            if (transformed != result) ctx.markChanged();
            return transformed;
        }
    }

    /** The first {@code n} members of {@code o}, in order, in a map the parse goes on filling. */
    static LinkedHashMap<String, JsonValue> firstMembers(JsonValue.Obj o, int n) {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonValue>> it = o.members().entrySet().iterator();
        for (int i = 0; i < n; i++) {
            Map.Entry<String, JsonValue> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * True when the parsed members are the input's own, same keys in the same order and the very
     * same values: the input object is then the output (the normalised tree shares it with the raw
     * tree instead of holding an equal copy; a long trace is mostly such objects).
     */
    static boolean identical(JsonValue.Obj in, Map<String, JsonValue> out) {
        Map<String, JsonValue> members = in.members();
        if (members.size() != out.size()) return false;
        var a = members.entrySet().iterator();
        for (Map.Entry<String, JsonValue> b : out.entrySet()) {
            Map.Entry<String, JsonValue> e = a.next();
            if (!e.getKey().equals(b.getKey()) || e.getValue() != b.getValue()) return false;
        }
        return true;
    }

    static final class DiscriminatedUnionSchema extends Schema {
        final String key;
        final Map<String, ObjectSchema> byValue = new LinkedHashMap<>();

        DiscriminatedUnionSchema(String key, List<ObjectSchema> options) {
            this.key = key;
            for (ObjectSchema o : options) {
                LiteralSchema lit = (LiteralSchema) o.fields.get(key);
                byValue.put(lit.value, o);
            }
        }

        @Override String expected() { return "object"; }

        public List<String> values() {
            return new ArrayList<>(byValue.keySet());
        }

        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (!(in instanceof JsonValue.Obj o)) {
                typeIssue(in, path, ctx);
                return null;
            }
            ObjectSchema option = o.get(key) instanceof JsonValue.Str s ? byValue.get(s.value()) : null;
            if (option == null) {
                String opts = byValue.keySet().stream().map(v -> "'" + v + "'").collect(Collectors.joining(" | "));
                ctx.issue(path.key(key), "Invalid discriminator value. Expected " + opts);
                return null;
            }
            return option.parse(in, path, ctx);
        }
    }

    /** The runtime's {@code JsonValueSchema} (run.metadata): finite numbers only, records drop {@code __proto__}. */
    static final class JsonValueSchema extends Schema {
        static final JsonValueSchema INSTANCE = new JsonValueSchema();
        /** Deepest metadata nesting accepted; Node overflowed from 1,287 object levels in our measurements. */
        static final int REFERENCE_MAX_DEPTH = 1_250;

        @Override String expected() { return "json"; }

        /**
         * zod reports a failed union once, at the outermost union that failed ("Invalid input"),
         * not at the deep value that made every option fail; so the outermost call parses into a
         * scratch context and reports one issue for its whole value.
         */
        @Override
        public JsonValue parse(JsonValue in, JsonPath path, GateContext ctx) {
            if (ctx.jsonDepth > 0) return member(in, path, ctx);
            GateContext scratch = new GateContext();
            JsonValue out = member(in, path, scratch);
            if (scratch.ok()) {
                for (JsonPath p : scratch.stripped()) ctx.stripped(p);
                if (scratch.changed()) ctx.markChanged();
                return out;
            }
            if (scratch.referenceOverflow()) {
                ctx.referenceOverflow = true;
                ctx.issue(path, scratch.issues().get(0).message());
            } else {
                ctx.issue(path, "Invalid input");
            }
            return null;
        }

        private JsonValue member(JsonValue in, JsonPath path, GateContext ctx) {
            if (in instanceof JsonValue.Num n && !Double.isFinite(n.value()) || in == null) {
                ctx.issue(path, "Invalid input");
                return null;
            }
            if (!(in instanceof JsonValue.Arr) && !(in instanceof JsonValue.Obj)) return in;
            if (ctx.jsonDepth >= REFERENCE_MAX_DEPTH) {
                ctx.referenceOverflow = true;
                ctx.issue(path, "Maximum call stack size exceeded (metadata nested deeper than "
                        + REFERENCE_MAX_DEPTH + " levels)");
                return null;
            }
            ctx.jsonDepth++;
            try {
                return container(in, path, ctx);
            } finally {
                ctx.jsonDepth--;
            }
        }

        private JsonValue container(JsonValue in, JsonPath path, GateContext ctx) {
            if (in instanceof JsonValue.Arr a) {
                int before = ctx.issues().size();
                List<JsonValue> out = new ArrayList<>(a.size());
                for (int i = 0; i < a.size(); i++) out.add(parse(a.get(i), path.index(i), ctx));
                return ctx.issues().size() == before ? new JsonValue.Arr(out) : null;
            }
            JsonValue.Obj o = (JsonValue.Obj) in;
            int before = ctx.issues().size();
            LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                if ("__proto__".equals(e.getKey())) {
                    ctx.stripped(path.key(e.getKey()));
                    continue;
                }
                out.put(e.getKey(), parse(e.getValue(), path.key(e.getKey()), ctx));
            }
            return ctx.issues().size() == before ? new JsonValue.Obj(out) : null;
        }
    }
}
