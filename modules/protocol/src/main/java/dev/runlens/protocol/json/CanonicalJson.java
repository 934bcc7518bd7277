package dev.runlens.protocol.json;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The two canonical JSON forms of the reference runtime (0.3.3), as UTF-8 bytes.
 *
 * <ul>
 *   <li>{@link Form#INTEGRITY}: {@code stableStringify} — object keys sorted by UTF-16 code units,
 *   no whitespace, scalars exactly as {@code JSON.stringify} renders them. This is what
 *   {@code integrity.sha256} covers.</li>
 *   <li>{@link Form#ARTIFACT_PAYLOAD}: {@code encodeArtifactPayloadBytes} — the value copied into new
 *   objects with sorted keys and passed to {@code JSON.stringify}; JavaScript enumerates
 *   array-index keys ({@code "0"} … {@code "4294967294"}) first in numeric order, and assigning an
 *   own {@code "__proto__"} key sets the prototype instead, so that key disappears. This is what
 *   {@code pointer.payloadHash} covers.</li>
 * </ul>
 *
 * Deviation note: none for values that come out of {@code JSON.parse}; non-finite numbers render
 * as {@code null} and lone surrogates as lower-case escapes, exactly as the runtime does. Callers
 * that must not hash such values silently consult the reader's notes (see {@code ReadNote}).
 * The walk is iterative, so nesting depth is bounded by the reader's limit, not by the stack.
 */
public final class CanonicalJson {

    public enum Form {
        INTEGRITY,
        ARTIFACT_PAYLOAD,
        /** Not canonical: members in their own order, as {@code JSON.stringify} writes them. For output, never for hashing. */
        AS_WRITTEN
    }

    private CanonicalJson() {}

    public static byte[] toBytes(JsonValue v, Form form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(v, form, out::write);
        return out.toByteArray();
    }

    public static String toString(JsonValue v, Form form) {
        return new String(toBytes(v, form), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void write(JsonValue v, Form form, ByteSink sink) {
        Writer w = new Writer(sink, form);
        w.value(v);
        w.flush();
    }

    /** Streaming helper: a writer that callers can feed fragments and values into. */
    public static Writer writer(ByteSink sink, Form form) {
        return new Writer(sink, form);
    }

    /** Sort order of the integrity form: UTF-16 code units, i.e. {@link String#compareTo}. */
    static final Comparator<String> UTF16_ORDER = String::compareTo;

    /** Sort order of the artifact-payload form: array-index keys first (numeric), then UTF-16. */
    static final Comparator<String> JS_PROPERTY_ORDER = (a, b) -> {
        long ia = arrayIndex(a), ib = arrayIndex(b);
        if (ia >= 0 && ib >= 0) return Long.compare(ia, ib);
        if (ia >= 0) return -1;
        if (ib >= 0) return 1;
        return a.compareTo(b);
    };

    /** The ECMAScript array index a key denotes (canonical decimal in [0, 2^32-2]), or -1. */
    static long arrayIndex(String k) {
        int n = k.length();
        if (n == 0 || n > 10) return -1;
        if (n > 1 && k.charAt(0) == '0') return -1;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = k.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v <= 4294967294L ? v : -1;
    }

    /**
     * Buffered UTF-8 writer of canonical JSON. Reusable: one writer can write any number of values
     * (its buffer is allocated once), each {@link #value} reports that value's nesting depth.
     */
    public static final class Writer {
        /** Characters encoded per capacity check: each takes at most 6 bytes (a unicode escape), all must fit the buffer. */
        private static final int STRING_CHUNK = 2048;

        private final ByteSink sink;
        private final Form form;
        private final byte[] buf = new byte[16 * 1024];
        private final ArrayDeque<Object> stack = new ArrayDeque<>();
        private int pos;
        private int maxDepth;

        Writer(ByteSink sink, Form form) {
            this.sink = sink;
            this.form = form;
        }

        /** Deepest container nesting written since creation (1 for a flat object or array). */
        public int maxDepth() {
            return maxDepth;
        }

        public void flush() {
            if (pos > 0) {
                sink.write(buf, 0, pos);
                pos = 0;
            }
        }

        public void raw(char ascii) {
            if (pos == buf.length) flush();
            buf[pos++] = (byte) ascii;
        }

        public void rawAscii(String ascii) {
            for (int i = 0; i < ascii.length(); i++) raw(ascii.charAt(i));
        }

        /**
         * {@link JsNumber#format} of {@code v}: safe integers (most numbers of a bundle) go straight
         * into the buffer as digits, everything else through {@code JsNumber}.
         */
        private void number(double v) {
            if (v == Math.rint(v) && Math.abs(v) < TWO_53 && v != 0) {
                if (pos + 20 > buf.length) flush();
                long x = (long) v;
                if (x < 0) {
                    buf[pos++] = '-';
                    x = -x;
                }
                int start = pos;
                do {
                    buf[pos++] = (byte) ('0' + (int) (x % 10));
                    x /= 10;
                } while (x != 0);
                for (int i = start, j = pos - 1; i < j; i++, j--) {
                    byte t = buf[i];
                    buf[i] = buf[j];
                    buf[j] = t;
                }
            } else {
                rawAscii(JsNumber.format(v));
            }
        }

        private static final double TWO_53 = 9007199254740992d;

        /** Writes {@code "key":}. */
        public void key(String k) {
            string(k);
            raw(':');
        }

        /** Writes one value, iteratively; returns its container nesting depth (0 for a scalar). */
        public int value(JsonValue root) {
            ArrayDeque<Object> stack = this.stack;
            stack.clear();
            int depth = 0;
            scalarOrOpen(root, stack);
            while (!stack.isEmpty()) {
                if (stack.size() > depth) depth = stack.size();
                Object top = stack.peek();
                if (top instanceof ArrFrame f) {
                    if (f.i < f.items.size()) {
                        if (f.i++ > 0) raw(',');
                        scalarOrOpen(f.items.get(f.i - 1), stack);
                    } else {
                        raw(']');
                        stack.pop();
                    }
                } else {
                    ObjFrame f = (ObjFrame) top;
                    if (f.order != null && f.i < f.order.length) {
                        int m = f.order[f.i++];
                        if (f.i > 1) raw(',');
                        byte[] k = f.keyBytes[m];
                        bytes(k, 0, k.length);
                        scalarOrOpen(f.members.valueAt(m), stack);
                    } else if (f.order == null && f.i < f.keys.length) {
                        String k = f.keys[f.i++];
                        if (f.i > 1) raw(',');
                        key(k);
                        scalarOrOpen(f.obj.get(k), stack);
                    } else {
                        raw('}');
                        stack.pop();
                    }
                }
            }
            if (depth > maxDepth) maxDepth = depth;
            return depth;
        }

        private void scalarOrOpen(JsonValue v, ArrayDeque<Object> stack) {
            if (v instanceof JsonValue.Str s) {
                string(s);
            } else if (v instanceof JsonValue.Num n) {
                number(n.value());
            } else if (v instanceof JsonValue.Obj o) {
                raw('{');
                Members.Shapes.Canonical known = form != Form.AS_WRITTEN && o.members() instanceof Members ms ? ms.canonical() : null;
                if (known != null && form == Form.ARTIFACT_PAYLOAD && !known.payloadToo()) known = null;
                stack.push(known != null ? new ObjFrame(o, (Members) o.members(), known) : new ObjFrame(o, sortedKeys(o)));
            } else if (v instanceof JsonValue.Arr a) {
                raw('[');
                stack.push(new ArrFrame(a.items()));
            } else if (v instanceof JsonValue.Bool b) {
                rawAscii(b.value() ? "true" : "false");
            } else {
                rawAscii("null");
            }
        }

        private String[] sortedKeys(JsonValue.Obj o) {
            Map<String, JsonValue> m = o.members();
            String[] keys;
            if (form == Form.AS_WRITTEN) {
                keys = m instanceof Members ms ? ms.keyArray() : m.keySet().toArray(new String[0]);
            } else if (form == Form.ARTIFACT_PAYLOAD) {
                List<String> ks = new ArrayList<>(m.size());
                for (String k : m.keySet()) if (!"__proto__".equals(k)) ks.add(k);
                keys = ks.toArray(new String[0]);
                Arrays.sort(keys, JS_PROPERTY_ORDER);
            } else {
                keys = m instanceof Members ms ? ms.keyArray() : m.keySet().toArray(new String[0]);
                if (keys.length <= SMALL_SORT) insertionSort(keys);
                else Arrays.sort(keys);
            }
            return keys;
        }

        /** Objects have few members: a plain insertion sort by {@link String#compareTo} beats the general sort there. */
        private static final int SMALL_SORT = 24;

        private static void insertionSort(String[] a) {
            for (int i = 1; i < a.length; i++) {
                String k = a[i];
                int j = i - 1;
                while (j >= 0 && a[j].compareTo(k) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = k;
            }
        }

        private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        /**
         * {@code JSON.stringify(string)} encoded as UTF-8. Works on local copies of the buffer and
         * position, checking capacity once per {@value #STRING_CHUNK} characters, not per character.
         */
        public void string(String s) {
            raw('"');
            int n = s.length();
            int i = 0;
            while (i < n) {
                int chunkEnd = Math.min(n, i + STRING_CHUNK);
                if (pos + (chunkEnd - i) * 6 + 8 > buf.length) flush();
                byte[] b = buf;
                int p = pos;
                while (i < chunkEnd) {
                    char c = s.charAt(i++);
                    if (c < 0x80) {
                        if (c >= 0x20 && c != '"' && c != '\\') {
                            b[p++] = (byte) c;
                        } else {
                            p = escapeAscii(b, p, c);
                        }
                    } else if (c < 0x800) {
                        b[p++] = (byte) (0xC0 | (c >> 6));
                        b[p++] = (byte) (0x80 | (c & 0x3F));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(s.charAt(i))) {
                            int cp = Character.toCodePoint(c, s.charAt(i++)); // a pair may end one past chunkEnd
                            b[p++] = (byte) (0xF0 | (cp >> 18));
                            b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                            b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                            b[p++] = (byte) (0x80 | (cp & 0x3F));
                        } else {
                            p = unicodeEscape(b, p, c); // lone surrogate: JSON.stringify writes a lower-case escape (ES2019)
                        }
                    } else {
                        b[p++] = (byte) (0xE0 | (c >> 12));
                        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                        b[p++] = (byte) (0x80 | (c & 0x3F));
                    }
                }
                pos = p;
            }
            raw('"');
        }

        /** Writes a string value, copying its characters where the reader vouched for them. */
        private void string(JsonValue.Str v) {
            switch (v.chars()) {
                case JsonValue.Str.SOURCE -> {
                    raw('"');
                    bytes(v.src(), v.start(), v.length());
                    raw('"');
                }
                case JsonValue.Str.ESCAPED_SOURCE -> escapedSource(v.src(), v.start(), v.start() + v.length());
                case JsonValue.Str.PLAIN -> plain(v.value());
                default -> string(v.value());
            }
        }

        /** Copies {@code n} bytes as they are. */
        private void bytes(byte[] b, int off, int n) {
            while (n > 0) {
                if (pos == buf.length) flush();
                int k = Math.min(n, buf.length - pos);
                System.arraycopy(b, off, buf, pos, k);
                pos += k;
                off += k;
                n -= k;
            }
        }

        /**
         * A string slice with escapes (checked by the reader, none of a surrogate) as
         * {@code JSON.stringify} writes its value: the UTF-8 between escapes is copied, each escape
         * rewritten the way {@link #string(String)} writes its character ({@code \/} becomes
         * {@code /}, {@code \u00e9} the two bytes of é, {@code \u001f} stays an escape...).
         */
        private void escapedSource(byte[] b, int p, int end) {
            raw('"');
            while (p < end) {
                int q = p;
                while (q < end && b[q] != '\\') q++;
                bytes(b, p, q - p);
                if (q == end) break;
                char c = Utf8Slices.escape(b, q);
                p = q + Utf8Slices.escapeLength(b, q);
                if (pos + 6 > buf.length) flush();
                if (c < 0x80) {
                    if (AS_IS[c]) buf[pos++] = (byte) c;
                    else pos = escapeAscii(buf, pos, c);
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | (c >> 6));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[pos++] = (byte) (0xE0 | (c >> 12));
                    buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            raw('"');
        }

        /** A string of printable ASCII without {@code "} or {@code \\}: its characters are its bytes. */
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, exact here
        private void plain(String s) {
            raw('"');
            int n = s.length();
            int i = 0;
            while (i < n) {
                if (pos == buf.length) flush();
                int k = Math.min(n - i, buf.length - pos);
                s.getBytes(i, i + k, buf, pos);
                pos += k;
                i += k;
            }
            raw('"');
        }

        /** Characters below U+0100 written as their own byte: printable ASCII other than {@code "} and {@code \\}. */
        private static final boolean[] AS_IS = new boolean[256];

        static {
            for (int c = 0x20; c < 0x80; c++) AS_IS[c] = c != '"' && c != '\\';
        }

        private static int escapeAscii(byte[] b, int p, char c) {
            switch (c) {
                case '"' -> { b[p++] = '\\'; b[p++] = '"'; }
                case '\\' -> { b[p++] = '\\'; b[p++] = '\\'; }
                case '\b' -> { b[p++] = '\\'; b[p++] = 'b'; }
                case '\t' -> { b[p++] = '\\'; b[p++] = 't'; }
                case '\n' -> { b[p++] = '\\'; b[p++] = 'n'; }
                case '\f' -> { b[p++] = '\\'; b[p++] = 'f'; }
                case '\r' -> { b[p++] = '\\'; b[p++] = 'r'; }
                default -> p = unicodeEscape(b, p, c);
            }
            return p;
        }

        private static int unicodeEscape(byte[] b, int p, char c) {
            b[p++] = '\\';
            b[p++] = 'u';
            b[p++] = HEX[(c >> 12) & 0xF];
            b[p++] = HEX[(c >> 8) & 0xF];
            b[p++] = HEX[(c >> 4) & 0xF];
            b[p++] = HEX[c & 0xF];
            return p;
        }

        private static final class ArrFrame {
            final List<JsonValue> items;
            int i;
            ArrFrame(List<JsonValue> items) { this.items = items; }
        }

        /** An object being written: by its keys sorted here, or by its members' known order. */
        private static final class ObjFrame {
            final JsonValue.Obj obj;
            final String[] keys;
            final Members members;
            final int[] order;
            final byte[][] keyBytes;
            int i;
            ObjFrame(JsonValue.Obj obj, String[] keys) {
                this.obj = obj;
                this.keys = keys;
                this.members = null;
                this.order = null;
                this.keyBytes = null;
            }
            ObjFrame(JsonValue.Obj obj, Members members, Members.Shapes.Canonical known) {
                this.obj = obj;
                this.keys = null;
                this.members = members;
                this.order = known.order();
                this.keyBytes = known.keyBytes();
            }
        }
    }
}
