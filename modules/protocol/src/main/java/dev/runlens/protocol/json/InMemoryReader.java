package dev.runlens.protocol.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * The hardened reader's fast lane for a document held in memory: reads straight from its UTF-8
 * bytes, with no decoding to characters first and no tokenizer in between, and builds exactly the
 * values {@link JsonReader}'s streaming path builds. It only reads what it can be sure of: plain
 * RFC 8259 JSON in well-formed UTF-8 that raises no {@link ReadNote} (no duplicate key, lone
 * surrogate, unsafe integer or overflowing number) and stays well inside the {@link ReadLimits}.
 * Anything else — an error, a note, a BOM, a limit in reach, nesting deeper than {@value #MAX_DEPTH}
 * — makes it decline; the caller then reads the document the standard way, which gives the
 * errors, notes and locations. So it never decides anything the standard path would decide
 * differently; it only decides sooner.
 */
final class InMemoryReader {
    /** Deeper documents are declined (recursion here; the standard path is iterative). */
    static final int MAX_DEPTH = 256;
    /** Longer number literals are declined (far inside the limit's default, never in a real bundle). */
    private static final int MAX_NUMBER_LENGTH = 400;
    private static final double MAX_SAFE = 9007199254740991d;
    private static final long TWO_53 = 1L << 53;
    /** Exact powers of ten as doubles: 10^0 … 10^22. */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    /** Why the fast lane gave up; carries no stack trace (it is control flow, caught by the caller). */
    static final class Declined extends RuntimeException {
        private static final Declined INSTANCE = new Declined();

        private Declined() {
            super("declined", null, false, false);
        }
    }

    private final byte[] b;
    private final int end;
    private final int maxDepth;
    private final int maxStringBytes;
    private final int maxNumberLength;
    /** Longer plain string values are not shared (ids, timestamps and texts rarely repeat). */
    private static final int MAX_SHARED_VALUE = 48;
    private final Shared<String> keys = new Shared<>(1024, (src, start, len) -> new String(src, start, len, StandardCharsets.ISO_8859_1));
    private final Shared<JsonValue.Str> values = new Shared<>(4096,
            (src, start, len) -> new JsonValue.Str(new String(src, start, len, StandardCharsets.ISO_8859_1), JsonValue.Str.PLAIN));
    private final Members.Shapes shapes = new Members.Shapes();
    private int pos;
    /** The line {@code pos} is on (1-based) and where it starts: kept for {@link Positions}. */
    private int line = 1;
    private int lineStart;

    private InMemoryReader(byte[] bytes, ReadLimits limits) {
        this.b = bytes;
        this.end = bytes.length;
        this.maxDepth = Math.min(MAX_DEPTH, limits.maxDepth() - 1);
        this.maxStringBytes = limits.maxStringLength() - 1;
        this.maxNumberLength = Math.min(MAX_NUMBER_LENGTH, limits.maxNumberLength() - 1);
    }

    /** The whole document, or {@code null} when declined. */
    static JsonValue read(byte[] bytes, ReadLimits limits) {
        if (bytes.length >= limits.maxDocumentBytes()) return null;
        InMemoryReader r = new InMemoryReader(bytes, limits);
        try {
            JsonValue v = r.value(0);
            r.atEnd();
            return v;
        } catch (Declined | IndexOutOfBoundsException d) {
            return null;
        }
    }

    /**
     * Streams the document to {@code handler} as {@link JsonReader#stream} does and returns where its
     * root members and their elements are; null when declined, possibly after {@code handler} has
     * seen part of the document.
     */
    static Positions stream(byte[] bytes, ReadLimits limits, JsonReader.MemberHandler handler) {
        if (bytes.length >= limits.maxDocumentBytes()) return null;
        InMemoryReader r = new InMemoryReader(bytes, limits);
        Positions positions = new Positions();
        try {
            r.skipWhitespace();
            if (r.pos < r.end && r.b[r.pos] == '{') {
                r.streamRootObject(handler, positions);
            } else {
                handler.nonObjectRoot(r.value(0));
            }
            r.atEnd();
            return positions;
        } catch (Declined | IndexOutOfBoundsException d) {
            return null;
        }
    }

    private static Declined decline() {
        return Declined.INSTANCE;
    }

    private void atEnd() {
        skipWhitespace();
        if (pos != end) throw decline();
    }

    private void streamRootObject(JsonReader.MemberHandler handler, Positions positions) {
        pos++;
        skipWhitespace();
        if (b[pos] == '}') {
            pos++;
            return;
        }
        Set<String> seen = new HashSet<>();
        while (true) {
            if (b[pos] != '"') throw decline();
            String key = key();
            if (!seen.add(key)) throw decline(); // a duplicate: the standard path notes it
            colon();
            JsonPath path = JsonPath.ROOT.key(key);
            JsonReader.Delivery d = handler.memberStart(key, path);
            int start = pos;
            int startLine = line;
            int startLineStart = lineStart;
            if (d == JsonReader.Delivery.ELEMENTS && b[pos] == '[') {
                pos++;
                skipWhitespace();
                int i = 0;
                if (b[pos] == ']') {
                    pos++;
                } else {
                    while (true) {
                        skipWhitespace();
                        int at = pos;
                        int atLine = line;
                        int atLineStart = lineStart;
                        handler.element(key, i++, value(1));
                        positions.element(key, at, pos, atLine, atLineStart);
                        if (endOf(']')) break;
                    }
                }
                handler.arrayEnd(key, i);
            } else {
                handler.member(key, value(1));
            }
            positions.member(key, new Positions.Span(start, pos, startLine, startLineStart));
            if (endOf('}')) return;
        }
    }

    /** After a value: true at the closing {@code close}, false after a comma (and the whitespace after it). */
    private boolean endOf(char close) {
        skipWhitespace();
        byte c = b[pos++];
        if (c == close) return true;
        if (c != ',') throw decline();
        skipWhitespace();
        return false;
    }

    private void colon() {
        skipWhitespace();
        if (b[pos++] != ':') throw decline();
        skipWhitespace();
    }

    /** Skips what {@code JSON.parse} skips between tokens, counting lines as the streaming reader does ({@code \r\n} is one). */
    private void skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == '\r') {
                pos++;
                if (pos < end && b[pos] == '\n') pos++;
                line++;
                lineStart = pos;
            } else {
                return;
            }
        }
    }

    /** The value starting at {@code pos} (after whitespace), inside containers {@code depth} deep. */
    private JsonValue value(int depth) {
        skipWhitespace();
        byte c = b[pos];
        switch (c) {
            case '"':
                return stringValue();
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case 't':
                literal("true");
                return JsonValue.Bool.TRUE;
            case 'f':
                literal("false");
                return JsonValue.Bool.FALSE;
            case 'n':
                literal("null");
                return JsonValue.Null.INSTANCE;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw decline();
        }
    }

    private void literal(String word) {
        int n = word.length();
        if (pos + n > end) throw decline();
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) throw decline();
        }
        pos += n;
    }

    private JsonValue object(int depth) {
        if (depth > maxDepth) throw decline();
        pos++;
        skipWhitespace();
        if (b[pos] == '}') {
            pos++;
            return new JsonValue.Obj(Members.EMPTY);
        }
        Members.Builder members = new Members.Builder();
        while (true) {
            if (b[pos] != '"') throw decline();
            String key = key();
            colon();
            if (!members.putNew(key, value(depth))) throw decline(); // a duplicate: the standard path notes it
            if (endOf('}')) return new JsonValue.Obj(members.build(shapes));
        }
    }

    private JsonValue array(int depth) {
        if (depth > maxDepth) throw decline();
        pos++;
        skipWhitespace();
        ArrayList<JsonValue> items = new ArrayList<>();
        if (b[pos] == ']') {
            pos++;
            return new JsonValue.Arr(items);
        }
        while (true) {
            items.add(value(depth));
            if (endOf(']')) return new JsonValue.Arr(items);
        }
    }

    // ------------------------------------------------------------------ strings

    /** An object key: plain ASCII keys come from a small cache, so a bundle's keys are shared, not copied per object. */
    private String key() {
        int start = pos + 1;
        int p = start;
        int h = 0;
        while (true) {
            byte c = b[p];
            if (c == '"') break;
            if (c == '\\' || c < 0x20) return string(); // escapes, control or non-ASCII bytes: the general way
            h = 31 * h + c;
            p++;
        }
        int len = p - start;
        if (len > maxStringBytes) throw decline();
        pos = p + 1;
        return keys.get(b, start, len, h);
    }

    /** A string value: short plain ones (a bundle's types, step ids, models, currencies) are shared. */
    private JsonValue.Str stringValue() {
        int start = pos + 1;
        int p = start;
        int h = 0;
        int hashed = start + MAX_SHARED_VALUE + 1; // hashing beyond that is wasted: a longer value is not shared
        while (true) {
            byte c = b[p];
            if (c == '"') break;
            if (c == '\\' || c < 0x20) return escapedOrNonAsciiValue(start, p);
            h = 31 * h + c;
            if (++p == hashed) break;
        }
        if (b[p] != '"') return longStringValue(start, p); // longer than any shared value
        int len = p - start;
        if (len > maxStringBytes) throw decline();
        pos = p + 1;
        if (len <= MAX_SHARED_VALUE) return values.get(b, start, len, h);
        return new JsonValue.Str(new String(b, start, len, StandardCharsets.ISO_8859_1), JsonValue.Str.PLAIN);
    }

    /**
     * A string value with no escape and no non-ASCII byte up to {@code p}, too long to be shared:
     * left as its slice of the document (see {@link JsonValue.Str}).
     */
    private JsonValue.Str longStringValue(int start, int p) {
        while (true) {
            byte c = b[p];
            if (c == '"') break;
            if (c == '\\' || c < 0x20) return escapedOrNonAsciiValue(start, p);
            p++;
        }
        int len = p - start;
        if (len > maxStringBytes) throw decline();
        pos = p + 1;
        return new JsonValue.Str(b, start, len, false);
    }

    /**
     * A string value with an escape, a control byte or a non-ASCII byte at {@code p}: left as its
     * slice of the document, checked by {@link #checkedEnd}; one with an escaped surrogate is
     * decoded now (a lone one makes the reader decline).
     */
    private JsonValue.Str escapedOrNonAsciiValue(int start, int p) {
        int end = checkedEnd(p);
        if (surrogateEscape) return new JsonValue.Str(decoded(start, end));
        if (end - start > maxStringBytes) throw decline();
        pos = end + 1;
        return new JsonValue.Str(b, start, end - start, escapes);
    }

    /** The string starting at the quote at {@code pos}. */
    private String string() {
        int start = pos + 1;
        int p = start;
        while (true) {
            byte c = b[p];
            if (c == '"') break;
            if (c == '\\' || c < 0x20) return escapedOrNonAscii(start, p); // (bytes are signed: non-ASCII is negative)
            p++;
        }
        int len = p - start;
        if (len > maxStringBytes) throw decline();
        pos = p + 1;
        return new String(b, start, len, StandardCharsets.ISO_8859_1);
    }

    /** Set by {@link #checkedEnd}: whether the string has an escape, and an escape of a surrogate. */
    private boolean escapes;
    private boolean surrogateEscape;

    /**
     * The end (the closing quote) of the string whose rest, from {@code p} on, has an escape, a
     * control byte or a non-ASCII byte. One pass checks every escape and UTF-8 sequence, so that
     * {@link Utf8Slices} can decode the string without checking again.
     */
    private int checkedEnd(int p) {
        escapes = false;
        surrogateEscape = false;
        while (true) {
            int c = b[p];
            if (c == '"') break;
            if (c >= 0x20 && c != '\\') {
                p++;
            } else if (c == '\\') {
                escapes = true;
                if (b[p + 1] == 'u') {
                    surrogateEscape |= Character.isSurrogate(unicodeEscape(p + 2));
                    p += 6;
                } else {
                    escape(b[p + 1]);
                    p += 2;
                }
            } else if (c >= 0) {
                throw decline(); // an unescaped control character
            } else {
                p += utf8Length(p);
            }
        }
        return p;
    }

    /** The rest of a string from {@code p} on, where an escape, a control byte or a non-ASCII byte is, decoded. */
    private String escapedOrNonAscii(int start, int p) {
        return decoded(start, checkedEnd(p));
    }

    /** The checked string {@code b[start..end)}, decoded; a lone surrogate makes the reader decline (the standard path notes it). */
    private String decoded(int start, int end) {
        int len = end - start;
        if (len > maxStringBytes) throw decline();
        pos = end + 1;
        String s = Utf8Slices.decode(b, start, len, escapes);
        if (surrogateEscape && hasLoneSurrogate(s)) throw decline();
        return s;
    }

    /** The character of a one-letter escape. */
    private static char escape(byte letter) {
        int c = Utf8Slices.oneLetter(letter);
        if (c < 0) throw decline();
        return (char) c;
    }

    /** The UTF-16 unit of the four hex digits at {@code at}; declines anything else. */
    private char unicodeEscape(int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(b[at + i], 16);
            if (d < 0) throw decline();
            v = (v << 4) | d;
        }
        return (char) v;
    }

    /** The length of the well-formed UTF-8 sequence at {@code p}; declines an ill-formed one. */
    private int utf8Length(int p) {
        int lead = b[p] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation(p + 1, 0x80, 0xBF);
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            continuation(p + 1, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
            continuation(p + 2, 0x80, 0xBF);
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            continuation(p + 1, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
            continuation(p + 2, 0x80, 0xBF);
            continuation(p + 3, 0x80, 0xBF);
            return 4;
        }
        throw decline();
    }

    /** The low six bits of the continuation byte at {@code at}, which must lie in {@code lower..upper}. */
    private int continuation(int at, int lower, int upper) {
        int c = b[at] & 0xFF;
        if (c < lower || c > upper) throw decline();
        return c & 0x3F;
    }

    private static boolean hasLoneSurrogate(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ numbers

    /** A number as {@code JSON.parse} reads it: the double nearest to the literal. */
    private JsonValue number() {
        int start = pos;
        int p = pos;
        boolean negative = b[p] == '-';
        if (negative) p++;
        long mantissa = 0;
        int digits = 0; // significant digits taken into the mantissa
        boolean exact = true; // mantissa holds every digit
        if (b[p] == '0') {
            p++;
        } else if (b[p] >= '1' && b[p] <= '9') {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (digits < 18) mantissa = mantissa * 10 + (b[p] - '0');
                else exact = false;
                digits++;
                p++;
            }
        } else {
            throw decline();
        }
        boolean integer = true;
        int fractionDigits = 0;
        if (p < end && b[p] == '.') {
            integer = false;
            p++;
            int from = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (mantissa == 0 && b[p] == '0') {
                    fractionDigits++; // leading zeros of 0.000x only scale
                } else if (digits < 18) {
                    mantissa = mantissa * 10 + (b[p] - '0');
                    digits++;
                    fractionDigits++;
                } else {
                    exact = false;
                }
                p++;
            }
            if (p == from) throw decline();
        }
        int exponent = 0;
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            integer = false;
            p++;
            boolean negativeExponent = false;
            if (p < end && (b[p] == '+' || b[p] == '-')) negativeExponent = b[p++] == '-';
            int from = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (p - from < 6) exponent = exponent * 10 + (b[p] - '0');
                else exact = false;
                p++;
            }
            if (p == from) throw decline();
            if (negativeExponent) exponent = -exponent;
        }
        int length = p - start;
        if (length > maxNumberLength) throw decline();
        pos = p;
        double d;
        if (integer) {
            // as the standard path: a literal of up to 18 characters through a long, longer ones through the text
            d = length <= 18 ? (negative ? -(double) mantissa : (double) mantissa) : Double.parseDouble(text(start, length));
            if (Double.isInfinite(d) || Math.abs(d) > MAX_SAFE) throw decline(); // the standard path notes it
        } else {
            int scale = exponent - fractionDigits;
            if (exact && mantissa <= TWO_53 && scale >= -22 && scale <= 22) {
                // both operands exact, one rounding: the correctly rounded double (Clinger's fast path)
                double m = mantissa;
                d = scale >= 0 ? m * POWERS[scale] : m / POWERS[-scale];
                if (negative) d = -d;
            } else {
                d = Double.parseDouble(text(start, length));
            }
            if (Double.isInfinite(d)) throw decline(); // the standard path notes it
        }
        return integer && !negative && length <= 18 && mantissa < SMALL_INTEGERS.length ? SMALL_INTEGERS[(int) mantissa] : new JsonValue.Num(d);
    }

    /** 0 … 1023, shared (token counts, indexes, versions): immutable, so sharing them changes nothing but memory. */
    private static final JsonValue.Num[] SMALL_INTEGERS = new JsonValue.Num[1024];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) SMALL_INTEGERS[i] = new JsonValue.Num(i);
    }

    private String text(int start, int length) {
        return new String(b, start, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Values made from plain ASCII bytes, shared by those bytes: one slot per hash, the newest
     * value wins a slot. A bundle has a few hundred distinct keys and short values repeated in every
     * event; sharing them keeps the tree smaller than one copy per occurrence (Jackson shares key
     * strings too). The values are immutable, so who else holds one cannot tell.
     */
    private static final class Shared<T> {
        interface Maker<T> {
            T make(byte[] src, int start, int len);
        }

        private final Maker<T> maker;
        private final Object[] made;
        private final byte[][] bytes;

        Shared(int slots, Maker<T> maker) {
            this.maker = maker;
            this.made = new Object[slots];
            this.bytes = new byte[slots][];
        }

        /** Two entries per hash bucket, the newer first, so two strings that alternate in one bucket both stay shared. */
        @SuppressWarnings("unchecked")
        T get(byte[] src, int start, int len, int hash) {
            int first = ((hash ^ (hash >>> 16)) & (made.length / 2 - 1)) * 2;
            byte[] k = bytes[first];
            if (k != null && java.util.Arrays.equals(k, 0, k.length, src, start, start + len)) return (T) made[first];
            byte[] older = bytes[first + 1];
            if (older != null && java.util.Arrays.equals(older, 0, older.length, src, start, start + len)) {
                Object t = made[first + 1];
                bytes[first + 1] = k;
                made[first + 1] = made[first];
                bytes[first] = older;
                made[first] = t;
                return (T) t;
            }
            T t = maker.make(src, start, len);
            bytes[first + 1] = k;
            made[first + 1] = made[first];
            bytes[first] = java.util.Arrays.copyOfRange(src, start, start + len);
            made[first] = t;
            return t;
        }
    }
}
