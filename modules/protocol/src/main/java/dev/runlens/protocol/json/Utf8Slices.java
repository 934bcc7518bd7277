package dev.runlens.protocol.json;

import java.nio.charset.StandardCharsets;

/**
 * Decoding of the string slices {@link InMemoryReader} leaves in a tree ({@link JsonValue.Str}):
 * the bytes between a string's quotes, already checked by the reader — well-formed UTF-8, every
 * escape one of JSON's, no escape of a surrogate — so nothing here can fail.
 */
final class Utf8Slices {
    private Utf8Slices() {}

    /** The characters of {@code b[start..start+length)}, escapes resolved when {@code escaped}. */
    static String decode(byte[] b, int start, int length, boolean escaped) {
        if (!escaped) return new String(b, start, length, StandardCharsets.UTF_8);
        int end = start + length;
        byte[] out = new byte[length];
        int n = 0;
        int p = start;
        while (p < end) { // Latin-1 while every byte is ASCII and every escape below U+0100 (\n, \", \\ ...)
            int c = b[p];
            if (c >= 0 && c != '\\') {
                out[n++] = (byte) c;
                p++;
            } else if (c == '\\') {
                char e = escape(b, p);
                if (e >= 0x100) return decodeUtf16(b, start, end);
                out[n++] = (byte) e;
                p += escapeLength(b, p);
            } else {
                return decodeUtf16(b, start, end);
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 sequences and escapes decoded into UTF-16 units (the sequences are well-formed: checked when read). */
    private static String decodeUtf16(byte[] b, int start, int end) {
        char[] out = new char[end - start]; // never more units than bytes
        int n = 0;
        int p = start;
        while (p < end) {
            int c = b[p];
            if (c >= 0 && c != '\\') {
                out[n++] = (char) c;
                p++;
            } else if (c == '\\') {
                out[n++] = escape(b, p);
                p += escapeLength(b, p);
            } else if ((c & 0xE0) == 0xC0) {
                out[n++] = (char) (((c & 0x1F) << 6) | (b[p + 1] & 0x3F));
                p += 2;
            } else if ((c & 0xF0) == 0xE0) {
                out[n++] = (char) (((c & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F));
                p += 3;
            } else {
                int cp = ((c & 0x07) << 18) | ((b[p + 1] & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6) | (b[p + 3] & 0x3F);
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                p += 4;
            }
        }
        return new String(out, 0, n);
    }

    /** The UTF-16 unit of the escape at {@code b[at]} (a backslash). */
    static char escape(byte[] b, int at) {
        return b[at + 1] == 'u' ? hex4(b, at + 2) : (char) oneLetter(b[at + 1]);
    }

    /** The character a one-letter escape stands for ({@code n}: a line feed), or -1 when JSON has no such escape. */
    static int oneLetter(byte letter) {
        switch (letter) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            default: return -1;
        }
    }

    /** 6 for {@code \\uXXXX}, else 2. */
    static int escapeLength(byte[] b, int at) {
        return b[at + 1] == 'u' ? 6 : 2;
    }

    private static char hex4(byte[] b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 4) | Character.digit(b[at + i], 16);
        return (char) v;
    }
}
