package dev.runlens.protocol.json;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a {@link JsonValue.Obj}: an immutable map in first-seen order, keys and values in
 * two arrays. A bundle holds hundreds of thousands of small objects; as {@code LinkedHashMap}s
 * (an entry object per member, a table, a wrapper) they were most of a loaded bundle's heap and of
 * the garbage collector's work. Lookups scan the keys of a small object and use a hash index from
 * {@value #INDEXED} members on, so no object is slow to query, whatever a file holds.
 */
final class Members extends AbstractMap<String, JsonValue> {
    static final Members EMPTY = new Members(new String[0], new JsonValue[0], 0);
    /** From this many members on, lookups go through a hash index instead of a scan. */
    static final int INDEXED = 12;

    private final String[] keys;
    private final JsonValue[] values;
    private final int size;
    private final int[] index; // open addressing: slot -> member + 1 (0 empty); null below INDEXED
    /** The shared shape these keys are, or null. */
    private final Shapes.Shape shape;

    private Members(String[] keys, JsonValue[] values, int size) {
        this(keys, values, size, null, null);
    }

    /** With {@code index} when a builder already laid it out for these keys (null: built here if needed). */
    private Members(String[] keys, JsonValue[] values, int size, int[] index, Shapes.Shape shape) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.index = size < INDEXED ? null : index != null ? index : buildIndex(keys, size);
        this.shape = shape;
    }

    /**
     * How the integrity form writes these keys, when they are a shared shape's (computed once per
     * shape); null otherwise (then sort {@link #keyArray}).
     */
    Shapes.Canonical canonical() {
        return shape == null ? null : shape.canonical();
    }

    /** {@code m} itself when it already is one, else its members copied in iteration order. */
    static Members copyOf(Map<String, JsonValue> m) {
        if (m instanceof Members ms) return ms;
        if (m.isEmpty()) return EMPTY;
        Builder b = new Builder(m.size());
        for (Map.Entry<String, JsonValue> e : m.entrySet()) b.put(e.getKey(), e.getValue());
        return b.build();
    }

    private static int[] buildIndex(String[] keys, int size) {
        int[] slots = new int[Integer.highestOneBit(size * 2 - 1) << 1];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int s = spread(keys[i].hashCode()) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = i + 1;
        }
        return slots;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The position of {@code key}, or -1. */
    int indexOf(Object key) {
        if (!(key instanceof String k)) return -1;
        if (index == null) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(k)) return i;
            }
            return -1;
        }
        int mask = index.length - 1;
        for (int s = spread(k.hashCode()) & mask; index[s] != 0; s = (s + 1) & mask) {
            int i = index[s] - 1;
            if (keys[i].equals(k)) return i;
        }
        return -1;
    }

    /** The keys in order, as a fresh array. */
    String[] keyArray() {
        return Arrays.copyOf(keys, size);
    }

    String keyAt(int i) {
        return keys[i];
    }

    JsonValue valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public JsonValue get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        for (int i = 0; i < size; i++) action.accept(keys[i], values[i]);
    }

    @Override
    public Set<String> keySet() {
        // views are made on demand, not kept: a bundle holds hundreds of thousands of these maps
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Walk<>() {
                    @Override
                    String at(int i) {
                        return keys[i];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public Object[] toArray() {
                return keyArray();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T[] toArray(T[] a) {
                if (a.length < size) return (T[]) Arrays.copyOf(keys, size, a.getClass());
                System.arraycopy(keys, 0, a, 0, size);
                if (a.length > size) a[size] = null;
                return a;
            }
        };
    }

    @Override
    public Collection<JsonValue> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<JsonValue> iterator() {
                return new Walk<>() {
                    @Override
                    JsonValue at(int i) {
                        return values[i];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonValue>> iterator() {
                return new Walk<>() {
                    @Override
                    Map.Entry<String, JsonValue> at(int i) {
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** An iterator over positions {@code 0..size-1}; no removal (the map is immutable). */
    private abstract class Walk<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) throw new NoSuchElementException();
            return at(next++);
        }
    }

    /**
     * Collects members as {@code JSON.parse} keeps them: a repeated key keeps its first position and
     * takes the last value. Linear lookups while small, from {@value #INDEXED} members on an index
     * laid out as the finished map's. Spent once built: the map takes over its arrays and index.
     */
    static final class Builder {
        private String[] keys;
        private JsonValue[] values;
        private int size;
        private int[] index; // from INDEXED members on: as Members.index, for the current size

        Builder() {
            this(4);
        }

        Builder(int capacity) {
            keys = new String[Math.max(1, capacity)];
            values = new JsonValue[keys.length];
        }

        int indexOf(String key) {
            if (index != null) {
                int mask = index.length - 1;
                for (int s = spread(key.hashCode()) & mask; index[s] != 0; s = (s + 1) & mask) {
                    int i = index[s] - 1;
                    if (keys[i].equals(key)) return i;
                }
                return -1;
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) return i;
            }
            return -1;
        }

        boolean containsKey(String key) {
            return indexOf(key) >= 0;
        }

        /** Adds {@code key} at the end, or replaces the value of a key already there (in its place). */
        void put(String key, JsonValue value) {
            int at = indexOf(key);
            if (at >= 0) {
                values[at] = value;
                return;
            }
            append(key, value);
        }

        /** Adds {@code key} at the end and returns true, or changes nothing and returns false when it is already there. */
        boolean putNew(String key, JsonValue value) {
            if (indexOf(key) >= 0) return false;
            append(key, value);
            return true;
        }

        private void append(String key, JsonValue value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            if (size < INDEXED) return;
            int wanted = Integer.highestOneBit(size * 2 - 1) << 1; // what buildIndex gives this size
            if (index == null || index.length != wanted) {
                index = buildIndex(keys, size);
            } else {
                int mask = index.length - 1;
                int s = spread(key.hashCode()) & mask;
                while (index[s] != 0) s = (s + 1) & mask;
                index[s] = size;
            }
        }

        int size() {
            return size;
        }

        Members build() {
            if (size == 0) return EMPTY;
            return new Members(size == keys.length ? keys : Arrays.copyOf(keys, size),
                    size == values.length ? values : Arrays.copyOf(values, size), size, index, null);
        }

        /** {@link #build()}, the keys (and their index) shared with earlier objects of the same shape. */
        Members build(Shapes shapes) {
            if (size == 0) return EMPTY;
            Shapes.Shape shape = shapes.of(keys, size, index);
            return new Members(shape.keys, size == values.length ? values : Arrays.copyOf(values, size), size, shape.index,
                    shape);
        }
    }

    /**
     * Key arrays shared between objects of one shape — the very same key strings in the same
     * order, as every event of one type has — with their index: one slot per hash, the newest shape
     * wins a slot. Neither is ever changed once built, so sharing them changes nothing but memory.
     */
    static final class Shapes {
        private static final int SLOTS = 1024;
        private final Shape[] slots = new Shape[SLOTS];

        /** Keys shared by objects of one shape, their index, and (once asked for) their canonical order and bytes. */
        static final class Shape {
            final String[] keys;
            final int[] index;
            private volatile Canonical canonical;
            /** Whether a second object had these keys (set by the reader; a stale read only means sorting once more). */
            private boolean shared;

            Shape(String[] keys, int[] index) {
                this.keys = keys;
                this.index = index;
            }

            /**
             * Null until a second object had these keys (a one-off object is cheaper to sort); then
             * computed on first use: a race computes it twice at worst, the volatile field publishes it whole.
             */
            Canonical canonical() {
                if (!shared) return null;
                Canonical c = canonical;
                if (c == null) canonical = c = Canonical.of(keys);
                return c;
            }
        }

        /**
         * The member positions in the order of their keys' UTF-16 code units ({@link String#compareTo}),
         * as the integrity form writes them, and each key's canonical form followed by {@code :}, by position;
         * {@code payloadToo} when the artifact-payload form writes them in the same order (no key is an
         * array index, none is {@code __proto__}).
         */
        record Canonical(int[] order, byte[][] keyBytes, boolean payloadToo) {
            static Canonical of(String[] keys) {
                Integer[] order = new Integer[keys.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
                int[] positions = new int[order.length];
                byte[][] bytes = new byte[keys.length][];
                boolean payloadToo = true;
                for (int i = 0; i < positions.length; i++) {
                    payloadToo &= CanonicalJson.arrayIndex(keys[i]) < 0 && !"__proto__".equals(keys[i]);
                    positions[i] = order[i];
                    byte[] k = CanonicalJson.toBytes(new JsonValue.Str(keys[i]), CanonicalJson.Form.INTEGRITY);
                    bytes[i] = Arrays.copyOf(k, k.length + 1);
                    bytes[i][k.length] = ':';
                }
                return new Canonical(positions, bytes, payloadToo);
            }
        }

        /**
         * The shared shape of these keys. Two shapes per hash bucket, the newer first, so two shapes
         * that alternate in one bucket (as the parts of one event may) do not evict each other.
         */
        Shape of(String[] keys, int size, int[] index) {
            int h = size;
            for (int i = 0; i < size; i++) h = 31 * h + keys[i].hashCode();
            int first = ((h ^ (h >>> 16)) & (SLOTS / 2 - 1)) * 2;
            Shape s = slots[first];
            if (s != null && s.keys.length == size && sameKeys(s.keys, keys)) {
                s.shared = true;
                return s;
            }
            Shape older = slots[first + 1];
            if (older != null && older.keys.length == size && sameKeys(older.keys, keys)) {
                older.shared = true;
                slots[first + 1] = s;
                slots[first] = older;
                return older;
            }
            String[] own = Arrays.copyOf(keys, size);
            Shape made = new Shape(own, size < INDEXED ? null : index != null ? index : buildIndex(own, size));
            slots[first + 1] = s;
            slots[first] = made;
            return made;
        }

        private static boolean sameKeys(String[] shared, String[] keys) {
            for (int i = 0; i < shared.length; i++) {
                if (shared[i] != keys[i] && !shared[i].equals(keys[i])) return false; // equal keys may be distinct strings
            }
            return true;
        }
    }
}
