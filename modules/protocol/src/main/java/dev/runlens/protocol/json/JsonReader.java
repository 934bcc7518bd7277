package dev.runlens.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one hardened reader for untrusted JSON. It reads exactly what Node's
 * {@code JSON.parse(buffer.toString('utf8'))} reads — same UTF-8 repair, a BOM is an error,
 * duplicate keys keep the last value, every number becomes an IEEE double — and notes everything
 * that silently changes content ({@link ReadNote}). Limits come from {@link ReadLimits}.
 *
 * <p>Two ways to read: {@link #read} builds the whole tree; {@link #stream} hands the members of
 * a root object to a {@link MemberHandler} and, for array members it asks for, one element at a
 * time, so a 500 MB bundle never has to be held whole.
 */
public final class JsonReader {
    private static final int MAX_NOTES_PER_KIND = 200;
    private static final double MAX_SAFE = 9007199254740991d;

    private final ReadLimits limits;
    private final JsonFactory factory;

    private JsonReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // many colliding key hashes: stop sharing key strings instead of rejecting (JSON.parse reads them)
                .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream (it hashes the rest)
                .build();
    }

    /** The hardened reader factory: the only place that configures JSON parsing of untrusted input. */
    public static JsonReader hardened(ReadLimits limits) {
        return new JsonReader(limits);
    }

    public static JsonReader hardened() {
        return new JsonReader(ReadLimits.DEFAULT);
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * A bare streaming parser with this reader's limits and Node's UTF-8 decoding, for {@link JsonLocator}
     * (which needs token locations, not values). Package-private: untrusted input is parsed only here.
     */
    JsonParser parser(InputStream in) throws IOException {
        return factory.createParser(new Utf8Reader(new CountingInput(in, limits.maxDocumentBytes())));
    }

    /**
     * A whole document and what the reader noticed while reading it; {@code positions}, where its
     * root members and their elements are, when it was streamed from memory (else null).
     */
    public record Result(JsonValue value, List<ReadNote> notes, long bytes, Positions positions) {
        public Result(JsonValue value, List<ReadNote> notes, long bytes) {
            this(value, notes, bytes, null);
        }
    }

    /**
     * Reads a document held in memory: straight from its bytes when it is plain, well-formed JSON
     * that raises no note (see {@code InMemoryReader}), otherwise as {@link #read(InputStream)} reads
     * it. Either way the same value, notes and errors. The value may keep long strings as slices of
     * {@code bytes}, decoded when first asked for: the caller must not change {@code bytes} afterwards.
     */
    public Result read(byte[] bytes) throws JsonReadException {
        JsonValue fast = InMemoryReader.read(bytes, limits);
        if (fast != null) return new Result(fast, List.of(), bytes.length);
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("in-memory read failed", e);
        }
    }

    public Result read(InputStream in) throws JsonReadException, IOException {
        Session s = new Session(in);
        JsonValue v = s.readRoot(null);
        return new Result(v, s.notes, s.counting.count);
    }

    /** How a {@link MemberHandler} wants a root member delivered. */
    public enum Delivery { WHOLE, ELEMENTS }

    /** Receives a root object member by member. */
    public interface MemberHandler {
        /** Called when member {@code key} starts; decides how it is delivered. */
        Delivery memberStart(String key, JsonPath path);

        /** The whole value of a member (always for {@link Delivery#WHOLE}, and for non-array values). */
        void member(String key, JsonValue value);

        /** One element of an array member read with {@link Delivery#ELEMENTS}. */
        void element(String key, int index, JsonValue value);

        /** End of an array member read with {@link Delivery#ELEMENTS}. */
        void arrayEnd(String key, int count);

        /** The root is not an object: it is delivered whole. */
        void nonObjectRoot(JsonValue value);
    }

    /** Streams a document to {@code handler}; returns the notes (and byte count). */
    public Result stream(InputStream in, MemberHandler handler) throws JsonReadException, IOException {
        Session s = new Session(in);
        s.readRoot(handler);
        return new Result(null, s.notes, s.counting.count);
    }

    /**
     * Streams a document held in memory straight from its bytes, when it is plain, well-formed JSON
     * that raises no note; returns empty when it is not. Then {@code handler} may have seen part of
     * the document and must be discarded: read the document with {@link #stream(InputStream, MemberHandler)}
     * and a fresh handler, which gives the notes, the errors and their locations. What it does
     * deliver is exactly what {@link #stream(InputStream, MemberHandler)} delivers for the same bytes;
     * the result also tells where the root members and their elements are ({@link Result#positions()}).
     * As with {@link #read(byte[])}, delivered values may keep slices of {@code bytes}, which must not change.
     */
    public Optional<Result> tryStream(byte[] bytes, MemberHandler handler) {
        Positions positions = InMemoryReader.stream(bytes, limits, handler);
        return positions == null ? Optional.empty() : Optional.of(new Result(null, List.of(), bytes.length, positions));
    }

    /** Counts bytes and enforces the document size limit before Jackson sees them. */
    private static final class CountingInput extends FilterInputStream {
        long count;
        final long max;

        CountingInput(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) add(n);
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > max) throw new LimitIOException("the file is larger than the limit of " + max + " bytes");
        }
    }

    private static final class LimitIOException extends IOException {
        LimitIOException(String m) { super(m); }
    }

    /** One read: parser, notes and the iterative tree builder. */
    private final class Session {
        final CountingInput counting;
        final Utf8Reader utf8;
        final List<ReadNote> notes = new ArrayList<>();
        final int[] noteCounts = new int[ReadNote.Kind.values().length];
        JsonParser p;

        Session(InputStream in) {
            this.counting = new CountingInput(in, limits.maxDocumentBytes());
            this.utf8 = new Utf8Reader(counting);
        }

        JsonValue readRoot(MemberHandler handler) throws JsonReadException, IOException {
            try (JsonParser parser = factory.createParser(utf8)) {
                this.p = parser;
                JsonToken t = parser.nextToken();
                if (t == null) throw syntax("Unexpected end of JSON input");
                JsonValue result = null;
                if (handler != null && t == JsonToken.START_OBJECT) {
                    streamRootObject(handler);
                } else {
                    result = readValue(JsonPath.ROOT);
                    if (handler != null) handler.nonObjectRoot(result);
                }
                JsonToken after = parser.nextToken();
                if (after != null) throw syntax("Unexpected non-whitespace character after JSON");
                byteNotes();
                return result;
            } catch (JsonReadException e) {
                throw e;
            } catch (StreamConstraintsException e) {
                throw limit(e.getOriginalMessage(), e.getLocation());
            } catch (LimitIOException e) {
                throw new JsonReadException("LIMIT_EXCEEDED", e.getMessage(), 0, 0, -1);
            } catch (JsonProcessingException e) {
                throw fromJackson(e);
            }
        }

        private void byteNotes() {
            long n = utf8.replacementCount();
            for (long off : utf8.replacementOffsets()) {
                notes.add(new ReadNote(ReadNote.Kind.INVALID_UTF8, null, 0, 0, "byte offset " + off));
            }
            if (n > utf8.replacementOffsets().length) {
                notes.add(new ReadNote(ReadNote.Kind.INVALID_UTF8, null, 0, 0,
                        (n - utf8.replacementOffsets().length) + " more undecodable sequences"));
            }
        }

        private void streamRootObject(MemberHandler handler) throws IOException, JsonReadException {
            JsonToken t;
            Set<String> seen = new HashSet<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                checkString(key, new Frame(JsonPath.ROOT), key, -1);
                JsonPath path = JsonPath.ROOT.key(key);
                if (!seen.add(key)) note(ReadNote.Kind.DUPLICATE_KEY, path, key); // as readValue does below the root
                Delivery d = handler.memberStart(key, path);
                JsonToken vt = p.nextToken();
                if (d == Delivery.ELEMENTS && vt == JsonToken.START_ARRAY) {
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        handler.element(key, i, readValue(path.index(i)));
                        i++;
                    }
                    handler.arrayEnd(key, i);
                } else {
                    handler.member(key, readValue(path));
                }
            }
            if (t != JsonToken.END_OBJECT) throw syntax("Unexpected token");
        }

        /** Reads the value starting at the current token, iteratively. */
        JsonValue readValue(JsonPath path) throws IOException, JsonReadException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return scalar(t, new Frame(path), null, -1);
            ArrayDeque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(t == JsonToken.START_OBJECT, new Frame(path), null, -1));
            while (true) {
                Frame f = stack.peek();
                JsonToken tok = p.nextToken();
                if (tok == null) throw syntax("Unexpected end of JSON input");
                if (tok == JsonToken.END_OBJECT || tok == JsonToken.END_ARRAY) {
                    stack.pop();
                    JsonValue done = f.build();
                    if (stack.isEmpty()) return done;
                    stack.peek().add(done);
                    continue;
                }
                String key = null;
                int index = -1;
                if (f.isObject) {
                    key = p.currentName(); // tok is FIELD_NAME
                    checkString(key, f, key, -1);
                    if (f.members.containsKey(key)) note(ReadNote.Kind.DUPLICATE_KEY, f.child(key, -1), key);
                    f.pendingKey = key;
                    tok = p.nextToken();
                } else {
                    index = f.items.size();
                }
                if (tok == JsonToken.START_OBJECT || tok == JsonToken.START_ARRAY) {
                    stack.push(new Frame(tok == JsonToken.START_OBJECT, f, key, index));
                } else {
                    f.add(scalar(tok, f, key, index));
                }
            }
        }

        private JsonValue scalar(JsonToken t, Frame parent, String key, int index) throws IOException, JsonReadException {
            switch (t) {
                case VALUE_STRING: {
                    String s = p.getText();
                    checkString(s, parent, key, index);
                    return new JsonValue.Str(s);
                }
                case VALUE_NUMBER_INT: {
                    double d;
                    int len = p.getTextLength();
                    if (len <= 18) {
                        long l = p.getLongValue();
                        d = l;
                        if (l == 0 && p.getTextCharacters()[p.getTextOffset()] == '-') d = -0.0;
                    } else {
                        d = Double.parseDouble(p.getText());
                    }
                    if (Double.isInfinite(d)) note(ReadNote.Kind.NON_FINITE_NUMBER, parent.child(key, index), p.getText());
                    else if (Math.abs(d) > MAX_SAFE) note(ReadNote.Kind.UNSAFE_INTEGER, parent.child(key, index), p.getText());
                    return new JsonValue.Num(d);
                }
                case VALUE_NUMBER_FLOAT: {
                    double d = p.getDoubleValue();
                    if (Double.isInfinite(d)) note(ReadNote.Kind.NON_FINITE_NUMBER, parent.child(key, index), p.getText());
                    return new JsonValue.Num(d);
                }
                case VALUE_TRUE: return JsonValue.Bool.TRUE;
                case VALUE_FALSE: return JsonValue.Bool.FALSE;
                case VALUE_NULL: return JsonValue.Null.INSTANCE;
                default: throw syntax("Unexpected token " + t);
            }
        }

        private void checkString(String s, Frame parent, String key, int index) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0xD800 && c <= 0xDFFF) {
                    if (c <= 0xDBFF && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    note(ReadNote.Kind.LONE_SURROGATE, parent.child(key, index), String.format("\\u%04x at index %d", (int) c, i));
                    return;
                }
            }
        }

        private void note(ReadNote.Kind kind, JsonPath path, String detail) {
            if (noteCounts[kind.ordinal()]++ >= MAX_NOTES_PER_KIND) return;
            JsonLocation loc = p.currentTokenLocation();
            notes.add(new ReadNote(kind, path, loc.getLineNr(), loc.getColumnNr(), detail));
        }

        private JsonReadException syntax(String msg) {
            JsonLocation loc = p.currentLocation();
            return new JsonReadException("INVALID_JSON", msg, loc.getLineNr(), loc.getColumnNr(), loc.getCharOffset());
        }

        /** A limit error in our words (Jackson's names its own API), at the parser's position when Jackson gives none. */
        private JsonReadException limit(String jacksonMessage, JsonLocation loc) {
            if (loc == null || loc.getLineNr() <= 0) loc = p == null ? null : p.currentLocation();
            long line = loc == null ? 0 : loc.getLineNr();
            long col = loc == null ? 0 : loc.getColumnNr();
            return new JsonReadException("LIMIT_EXCEEDED", limitMessage(jacksonMessage), line, col,
                    loc == null ? -1 : loc.getCharOffset());
        }

        private String limitMessage(String m) {
            String s = m == null ? "" : m;
            if (s.contains("nesting depth")) return "nesting deeper than the limit of " + limits.maxDepth() + " levels";
            if (s.contains("Number value length") || s.contains("Number length"))
                return "a number literal longer than the limit of " + limits.maxNumberLength() + " characters";
            if (s.contains("Name length")) return "an object key longer than the limit of " + limits.maxStringLength() + " characters";
            if (s.contains("String value length") || s.contains("String length"))
                return "a string longer than the limit of " + limits.maxStringLength() + " characters";
            if (s.contains("Document length") || s.contains("document length"))
                return "the file is larger than the limit of " + limits.maxDocumentBytes() + " bytes";
            return s.replaceAll("\\s*\\(.*StreamReadConstraints.*\\)", "");
        }

        private JsonReadException fromJackson(JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            if (msg != null) {
                msg = msg.replaceAll("\\s*\\n at \\[Source.*$", "");
                int nl = msg.indexOf('\n');
                if (nl > 0) msg = msg.substring(0, nl);
            }
            long line = loc == null ? 0 : loc.getLineNr();
            long col = loc == null ? 0 : loc.getColumnNr();
            return new JsonReadException("INVALID_JSON", msg, line, col, loc == null ? -1 : loc.getCharOffset());
        }
    }

    /** A container being built; its path is only materialised when a note needs it. */
    private static final class Frame {
        final boolean isObject;
        final Frame parent;
        final String keyInParent;
        final int indexInParent;
        JsonPath path;
        Members.Builder members;
        ArrayList<JsonValue> items;
        String pendingKey;

        /** A path-only frame standing for an already known location. */
        Frame(JsonPath path) {
            this.isObject = false;
            this.parent = null;
            this.keyInParent = null;
            this.indexInParent = -1;
            this.path = path;
        }

        Frame(boolean isObject, Frame parent, String key, int index) {
            this.isObject = isObject;
            this.parent = parent;
            this.keyInParent = key;
            this.indexInParent = index;
            if (isObject) members = new Members.Builder();
            else items = new ArrayList<>();
        }

        JsonPath path() {
            if (path == null) path = parent.child(keyInParent, indexInParent);
            return path;
        }

        /** Path of a child: by key, by index, or this frame itself when neither is given. */
        JsonPath child(String key, int index) {
            if (key != null) return path().key(key);
            if (index >= 0) return path().index(index);
            return path();
        }

        void add(JsonValue v) {
            if (isObject) members.put(pendingKey, v); // JSON.parse: last duplicate wins, first position kept
            else items.add(v);
        }

        JsonValue build() {
            return isObject ? new JsonValue.Obj(members.build()) : new JsonValue.Arr(items);
        }
    }
}
