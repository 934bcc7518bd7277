package dev.runlens.audit;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Field-by-field comparison of two values of the typed model, by their wire names: record
 * components are the protocol's field names, {@code extras} are merged into their object, an event's
 * {@code header} into the event, the engine's {@code [key, value]} tuples are indexed as on the wire.
 * JSON is compared by its canonical form (what the hash covers); very deep JSON is compared whole.
 */
final class Diffing {
    private static final int MAX_DEPTH = 256;

    private final List<Difference> out;

    Diffing(List<Difference> out) {
        this.out = out;
    }

    void value(JsonPath path, Object x, Object y, int event) {
        value(path, x, y, event, 0);
    }

    private void value(JsonPath path, Object x, Object y, int event, int depth) {
        x = unwrap(x);
        y = unwrap(y);
        if (x == Rendering.ABSENT || y == Rendering.ABSENT || depth > MAX_DEPTH) {
            if (!same(x, y)) changed(path, x, y, event);
        } else if (x instanceof JsonValue a && y instanceof JsonValue b) {
            json(path, a, b, event, depth);
        } else if (x instanceof Record a && y instanceof Record b && a.getClass() == b.getClass()) {
            if (!a.equals(b)) record(path, a, b, event, depth);
        } else if (x instanceof List<?> a && y instanceof List<?> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                value(path.index(i), i < a.size() ? a.get(i) : Rendering.ABSENT, i < b.size() ? b.get(i) : Rendering.ABSENT, event, depth + 1);
            }
        } else if (x instanceof Map<?, ?> a && y instanceof Map<?, ?> b) {
            members(path, a, b, event, depth);
        } else if (!Objects.equals(x, y)) {
            changed(path, x, y, event);
        }
    }

    private void record(JsonPath path, Record a, Record b, int event, int depth) {
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            String name = c.getName();
            if (name.equals("index")) continue; // a trace position, not content
            JsonPath at = name.equals("extras") || name.equals("header") ? path : componentPath(a, name, path);
            Object va = component(a, c);
            Object vb = component(b, c);
            if (name.equals("extras") && va instanceof Map<?, ?> ma && vb instanceof Map<?, ?> mb) members(at, ma, mb, event, depth);
            else value(at, va, vb, event, depth + 1);
        }
    }

    /** Engine tuples are {@code [stepId, value]} / {@code [key, target]} on the wire. */
    private static JsonPath componentPath(Record r, String name, JsonPath base) {
        if (r instanceof Engine.StepState) return base.index(name.equals("stepId") ? 0 : 1);
        if (r instanceof Engine.Idempotency) return base.index(name.equals("key") ? 0 : 1);
        if (r instanceof Engine.GateState) return name.equals("stepId") ? base.index(0) : base.index(1).key(name);
        return base.key(name);
    }

    private void members(JsonPath path, Map<?, ?> a, Map<?, ?> b, int event, int depth) {
        Set<Object> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (Object k : keys) {
            value(path.key(String.valueOf(k)), a.containsKey(k) ? a.get(k) : Rendering.ABSENT,
                    b.containsKey(k) ? b.get(k) : Rendering.ABSENT, event, depth + 1);
        }
    }

    private void json(JsonPath path, JsonValue a, JsonValue b, int event, int depth) {
        if (a instanceof JsonValue.Obj oa && b instanceof JsonValue.Obj ob) {
            members(path, oa.members(), ob.members(), event, depth);
        } else if (a instanceof JsonValue.Arr aa && b instanceof JsonValue.Arr ab) {
            value(path, aa.items(), ab.items(), event, depth);
        } else if (!same(a, b)) {
            changed(path, a, b, event);
        }
    }

    /** Equal as the hash sees it: JSON by canonical text ({@code -0} = {@code 0}), anything else by equals. */
    private static boolean same(Object a, Object b) {
        if (a instanceof JsonValue x && b instanceof JsonValue y) {
            return CanonicalJson.toString(x, CanonicalJson.Form.INTEGRITY).equals(CanonicalJson.toString(y, CanonicalJson.Form.INTEGRITY));
        }
        return Objects.equals(a, b);
    }

    private void changed(JsonPath path, Object a, Object b, int event) {
        Difference.Kind kind = a == Rendering.ABSENT ? Difference.Kind.ADDED
                : b == Rendering.ABSENT ? Difference.Kind.REMOVED : Difference.Kind.CHANGED;
        out.add(new Difference(kind, path.toString(), Rendering.of(a), Rendering.of(b),
                event < 0 ? OptionalInt.empty() : OptionalInt.of(event)));
    }

    /** A record component's value, Optionals unwrapped ({@link Rendering#ABSENT} when empty). */
    static Object component(Record r, RecordComponent c) {
        try {
            return unwrap(c.getAccessor().invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    static Object unwrap(Object v) {
        if (v instanceof Optional<?> o) return o.isPresent() ? o.get() : Rendering.ABSENT;
        if (v instanceof OptionalLong o) return o.isPresent() ? (Object) o.getAsLong() : Rendering.ABSENT;
        if (v instanceof OptionalDouble o) return o.isPresent() ? (Object) o.getAsDouble() : Rendering.ABSENT;
        if (v instanceof OptionalInt o) return o.isPresent() ? (Object) o.getAsInt() : Rendering.ABSENT;
        return v;
    }
}
