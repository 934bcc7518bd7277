package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * One position of a bundle seen twice: {@code value}, the tree typed values are read from (the
 * normalised one when there is one), and {@code raw}, the same position as {@code JSON.parse} gave
 * it, where extras are read. Every getter tolerates any JSON (wrong type reads as absent), so
 * building a model never throws.
 */
record Node(JsonValue value, JsonValue raw) {

    /** A required enum of an event was unreadable: the event becomes an {@link UnknownEvent}. */
    static final class Invalid extends RuntimeException {
        static final Invalid INSTANCE = new Invalid();

        private Invalid() {
            super("invalid event", null, false, false);
        }
    }

    Node field(String key) {
        return new Node(member(value, key), member(raw, key));
    }

    boolean has(String key) {
        return member(value, key) != null;
    }

    boolean isObject() {
        return value instanceof JsonValue.Obj;
    }

    /** The object member {@code key}, when it is an object. */
    Optional<Node> object(String key) {
        Node n = field(key);
        return n.isObject() ? Optional.of(n) : Optional.empty();
    }

    /** Items of this array paired with the raw items at the same index. */
    List<Node> items() {
        if (!(value instanceof JsonValue.Arr a)) return List.of();
        List<JsonValue> rawItems = raw instanceof JsonValue.Arr r ? r.items() : List.of();
        List<Node> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) out.add(new Node(a.get(i), i < rawItems.size() ? rawItems.get(i) : null));
        return out;
    }

    /** Object items of the array member {@code key}, read with {@code reader}; other items are skipped. */
    <T> List<T> objects(String key, Function<Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node n : field(key).items()) {
            if (n.isObject()) out.add(reader.apply(n));
        }
        return out;
    }

    String str(String key) {
        return optStr(key).orElse("");
    }

    Optional<String> optStr(String key) {
        return member(value, key) instanceof JsonValue.Str s ? Optional.of(s.value()) : Optional.empty();
    }

    /** String items of the array member {@code key}. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : field(key).items()) {
            if (n.value instanceof JsonValue.Str s) out.add(s.value());
        }
        return out;
    }

    long lng(String key) {
        return optLong(key).orElse(0);
    }

    OptionalLong optLong(String key) {
        return member(value, key) instanceof JsonValue.Num n ? OptionalLong.of((long) n.value()) : OptionalLong.empty();
    }

    double dbl(String key) {
        return optDouble(key).orElse(0);
    }

    OptionalDouble optDouble(String key) {
        return member(value, key) instanceof JsonValue.Num n ? OptionalDouble.of(n.value()) : OptionalDouble.empty();
    }

    boolean bool(String key) {
        return optBool(key).orElse(false);
    }

    Optional<Boolean> optBool(String key) {
        return member(value, key) instanceof JsonValue.Bool b ? Optional.of(b.value()) : Optional.empty();
    }

    /** The member as it is, any JSON type; empty when absent. */
    Optional<JsonValue> json(String key) {
        return Optional.ofNullable(member(value, key));
    }

    /** Members of the object member {@code key}; empty when absent or not an object. */
    Map<String, JsonValue> members(String key) {
        return member(value, key) instanceof JsonValue.Obj o ? o.members() : Map.of();
    }

    <E extends Enum<E> & WireEnum> Optional<E> optEnum(String key, Class<E> type) {
        return WireEnum.parse(type, optStr(key).orElse(null));
    }

    /** An enum outside events: {@code unknown} when absent or not one of the protocol's values. */
    <E extends Enum<E> & WireEnum> E enumOr(String key, Class<E> type, E unknown) {
        return optEnum(key, type).orElse(unknown);
    }

    /** A required enum of an event; throws {@link Invalid} when unreadable. */
    <E extends Enum<E> & WireEnum> E need(String key, Class<E> type) {
        return optEnum(key, type).orElseThrow(() -> Invalid.INSTANCE);
    }

    /** An optional enum of an event: empty when absent, {@link Invalid} when present but unreadable. */
    <E extends Enum<E> & WireEnum> Optional<E> needIfPresent(String key, Class<E> type) {
        return has(key) ? Optional.of(need(key, type)) : Optional.empty();
    }

    /** Members of the raw object that are not in {@code known}: what the schema strips. */
    Map<String, JsonValue> extras(Set<String> known) {
        if (!(raw instanceof JsonValue.Obj o)) return Map.of();
        Map<String, JsonValue> out = null;
        for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
            if (known.contains(e.getKey())) continue;
            if (out == null) out = new LinkedHashMap<>();
            out.put(e.getKey(), e.getValue());
        }
        return out == null ? Map.of() : out;
    }

    private static JsonValue member(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? o.get(key) : null;
    }
}
