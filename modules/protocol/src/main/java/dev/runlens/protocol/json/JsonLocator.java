package dev.runlens.protocol.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where values start in a JSON file: given the bytes and a set of {@link JsonPath}s, one
 * streaming pass with the {@linkplain JsonReader#hardened hardened reader}'s parser (same limits,
 * same Node-style UTF-8 decoding) returns the {@code line:column} of each path's value. Subtrees
 * that hold no wanted path are skipped, so locating a few findings in a large bundle costs one
 * tokenizing pass and no trees.
 *
 * <p>As in {@code JSON.parse}, a repeated key's <em>last</em> value is the one located. Paths that
 * do not exist are absent from the result. A file that is not valid JSON (or breaks a reader
 * limit) is located as far as it could be read.
 */
public final class JsonLocator {

    /** A 1-based line and column; columns count UTF-16 code units, as the reader's notes do. */
    public record Location(long line, long column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private final JsonReader reader;

    public JsonLocator(JsonReader reader) {
        this.reader = reader;
    }

    /** A locator with the default read limits. */
    public static JsonLocator hardened() {
        return new JsonLocator(JsonReader.hardened());
    }

    public Map<JsonPath, Location> locate(byte[] bytes, Collection<JsonPath> paths) {
        try {
            return locate(new ByteArrayInputStream(bytes), paths);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory read failed", e);
        }
    }

    /** Locates {@code paths} in the document read from {@code in} (the caller closes the stream). */
    public Map<JsonPath, Location> locate(InputStream in, Collection<JsonPath> paths) throws IOException {
        Trie root = new Trie();
        for (JsonPath p : paths) root.add(p);
        Map<JsonPath, Location> found = new LinkedHashMap<>();
        if (paths.isEmpty()) return found;
        try (JsonParser p = reader.parser(in)) {
            new Walk(p, found).run(root);
        } catch (JsonProcessingException e) {
            // not JSON (or over a limit) from here on: keep what was located before
        }
        return found;
    }

    /** Wanted paths as a tree of segments; a node lists the requested paths that end at it. */
    private static final class Trie {
        final Map<String, Trie> keys = new HashMap<>();
        final Map<Integer, Trie> indexes = new HashMap<>();
        final List<JsonPath> ends = new ArrayList<>(1);

        void add(JsonPath path) {
            ArrayDeque<JsonPath> segments = new ArrayDeque<>();
            for (JsonPath s = path; !s.isRoot(); s = s.parent()) segments.push(s);
            Trie t = this;
            for (JsonPath s : segments) {
                t = s.lastKey() != null ? t.keys.computeIfAbsent(s.lastKey(), k -> new Trie())
                        : t.indexes.computeIfAbsent(s.lastIndex(), k -> new Trie());
            }
            t.ends.add(path);
        }

        boolean isLeaf() {
            return keys.isEmpty() && indexes.isEmpty();
        }
    }

    /** One pass: a stack of open containers, each with the trie node it corresponds to (null: not wanted). */
    private static final class Walk {
        private final JsonParser p;
        private final Map<JsonPath, Location> found;
        private final ArrayDeque<Frame> stack = new ArrayDeque<>();

        private static final class Frame {
            final Trie node;
            final boolean object;
            int next;

            Frame(Trie node, boolean object) {
                this.node = node;
                this.object = object;
            }
        }

        Walk(JsonParser p, Map<JsonPath, Location> found) {
            this.p = p;
            this.found = found;
        }

        void run(Trie root) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) return;
            value(root, t);
            while (!stack.isEmpty() && (t = p.nextToken()) != null) {
                Frame f = stack.peek();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                Trie child;
                if (f.object) {
                    child = f.node.keys.get(p.currentName());
                    t = p.nextToken();
                } else {
                    child = f.node.indexes.get(f.next++);
                }
                value(child, t);
            }
        }

        /** The value starting at token {@code t}: record it when wanted, descend only where more is wanted. */
        private void value(Trie node, JsonToken t) throws IOException {
            if (node != null && !node.ends.isEmpty()) {
                JsonLocation loc = p.currentTokenLocation();
                Location here = new Location(loc.getLineNr(), loc.getColumnNr());
                for (JsonPath path : node.ends) found.put(path, here); // a repeated key: the last value wins
            }
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return;
            if (node == null || node.isLeaf()) {
                p.skipChildren();
                return;
            }
            stack.push(new Frame(node, t == JsonToken.START_OBJECT));
        }
    }
}
