package dev.runlens.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed entities (steps, gates, artifacts, spans...) in order of first appearance, each with its
 * {@link History}. Rows are added in trace order, so their first indexes never decrease and a
 * position's rows are a prefix of {@link #rows}.
 */
final class Table<T> {
    private final boolean keep;
    private final Map<String, History<T>> byKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<History<T>> rows = new ArrayList<>();

    Table(boolean keep) {
        this.keep = keep;
    }

    void put(String key, int index, T value) {
        History<T> h = byKey.get(key);
        if (h == null) {
            h = new History<>(keep, index);
            byKey.put(key, h);
            keys.add(key);
            rows.add(h);
        }
        h.put(index, value);
    }

    T get(String key) {
        History<T> h = byKey.get(key);
        return h == null ? null : h.latest();
    }

    /** The row's history, or null when there is no such key. */
    History<T> history(String key) {
        return byKey.get(key);
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** Latest values of every row, in first-appearance order. */
    Map<String, T> current() {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) out.put(keys.get(i), rows.get(i).latest());
        return Collections.unmodifiableMap(out);
    }

    /** Latest values of every row, in first-appearance order, as a fresh list. */
    List<T> currentValues() {
        List<T> out = new ArrayList<>(rows.size());
        for (History<T> h : rows) out.add(h.latest());
        return out;
    }

    /** Values as of {@code position} in first-appearance order, as a fresh list. */
    List<T> valuesAt(int position) {
        List<T> out = new ArrayList<>();
        for (History<T> h : rows) {
            if (h.first() >= position) break;
            out.add(h.at(position));
        }
        return out;
    }

    /** Calls {@code each} with every row's key and value as of {@code position}, in first-appearance order. */
    void forEachAt(int position, java.util.function.BiConsumer<String, T> each) {
        for (int i = 0; i < rows.size(); i++) {
            History<T> h = rows.get(i);
            if (h.first() >= position) break;
            each.accept(keys.get(i), h.at(position));
        }
    }

    /** Values as of {@code position}, rows that did not exist yet left out. */
    Map<String, T> at(int position) {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            History<T> h = rows.get(i);
            if (h.first() >= position) break;
            out.put(keys.get(i), h.at(position));
        }
        return Collections.unmodifiableMap(out);
    }
}
