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

    /**
     * {@link #locate(byte[], Collection)} helped by {@code positions} (may be null) of the same bytes:
     * a path inside a root member or one of its elements is located by reading that value alone,
     * its line and column then counted from where the value starts; other paths by one pass over
     * the whole document. The same locations either way.
     */
    public Map<JsonPath, Location> locate(byte[] bytes, Collection<JsonPath> paths, Positions positions) {
        if (positions == null) return locate(bytes, paths);
        Map<JsonPath, Location> found = new LinkedHashMap<>();
        Map<Positions.Span, Map<JsonPath, JsonPath>> within = new LinkedHashMap<>(); // span -> relative path -> path
        List<JsonPath> whole = new ArrayList<>();
        for (JsonPath p : paths) {
            List<JsonPath> segments = segments(p);
            String key = segments.isEmpty() ? null : segments.get(0).lastKey();
            if (key == null) { // the root itself, or a root that is an array
                whole.add(p);
                continue;
            }
            boolean inElement = segments.size() > 1 && segments.get(1).lastKey() == null
                    && positions.element(key, segments.get(1).lastIndex()).isPresent();
            java.util.Optional<Positions.Span> span = inElement ? positions.element(key, segments.get(1).lastIndex())
                    : positions.member(key);
            if (span.isEmpty()) continue; // no such member: not in the document
            JsonPath relative = JsonPath.ROOT;
            for (JsonPath s : segments.subList(inElement ? 2 : 1, segments.size())) {
                relative = s.lastKey() != null ? relative.key(s.lastKey()) : relative.index(s.lastIndex());
            }
            within.computeIfAbsent(span.get(), k -> new LinkedHashMap<>()).put(relative, p);
        }
        Columns columns = new Columns(bytes);
        for (Map.Entry<Positions.Span, Map<JsonPath, JsonPath>> e : within.entrySet()) {
            Positions.Span span = e.getKey();
            Map<JsonPath, Location> local;
            try {
                local = locate(new ByteArrayInputStream(bytes, span.start(), span.end() - span.start()), e.getValue().keySet());
            } catch (IOException ex) {
                throw new UncheckedIOException("in-memory read failed", ex);
            }
            long firstColumn = columns.at(span.lineStart(), span.start()); // 1-based column of the value's first character
            for (Map.Entry<JsonPath, Location> l : local.entrySet()) {
                Location at = l.getValue();
                Location inFile = new Location(at.line() + span.line() - 1, at.line() == 1 ? at.column() + firstColumn - 1 : at.column());
                found.put(e.getValue().get(l.getKey()), inFile);
            }
        }
        if (!whole.isEmpty()) found.putAll(locate(bytes, whole));
        return found;
    }

    private static List<JsonPath> segments(JsonPath path) {
        ArrayDeque<JsonPath> segments = new ArrayDeque<>();
        for (JsonPath s = path; !s.isRoot(); s = s.parent()) segments.push(s);
        return new ArrayList<>(segments);
    }

    /**
     * 1-based columns in UTF-16 units, as the reader counts them, of offsets in well-formed UTF-8;
     * counted from the line's start once, then on from the last offset asked on the same line (a
     * compact file is one long line).
     */
    private static final class Columns {
        private final byte[] bytes;
        private int lineStart = -1;
        private int at;
        private long units;

        Columns(byte[] bytes) {
            this.bytes = bytes;
        }

        long at(int lineStart, int offset) {
            if (lineStart != this.lineStart || offset < at) {
                this.lineStart = lineStart;
                at = lineStart;
                units = 0;
            }
            for (; at < offset; at++) {
                int b = bytes[at] & 0xFF;
                if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1; // a lead byte: four-byte sequences are surrogate pairs
            }
            return units + 1;
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
