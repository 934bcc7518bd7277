package dev.runlens.protocol.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for record components: null becomes empty, maps keep their order. */
final class Copy {
    private Copy() {}

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }

    static <K, V> Map<K, V> map(Map<K, V> in) {
        return in == null || in.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }
}
