package dev.runlens.protocol.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 exactly as Node's {@code Buffer.toString('utf8')} (the WHATWG decoder) does:
 * every maximal ill-formed subpart becomes one U+FFFD, a leading BOM is kept (so the JSON parser
 * rejects it, as {@code JSON.parse} does). Java's own decoder replaces differently (one U+FFFD for
 * {@code ED A0 80} where Node writes three), which would change the hash.
 *
 * <p>Replacements are counted and the byte offset of the first few is kept, so callers can report
 * that the runtime would have hashed U+FFFD where the file had undecodable bytes.
 */
public final class Utf8Reader extends Reader {
    private static final int REPLACEMENT = 0xFFFD;
    private static final int MAX_OFFSETS = 16;

    private final InputStream in;
    private final byte[] bytes = new byte[64 * 1024];
    private int bytePos;
    private int byteLen;
    private long consumed; // bytes before `bytes[0]`
    private boolean eof;
    private int pendingLow = -1; // low surrogate to emit next
    private long replacements;
    private final long[] replacementOffsets = new long[MAX_OFFSETS];

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    public long replacementCount() {
        return replacements;
    }

    /** Byte offsets (0-based) of the first undecodable sequences, at most 16. */
    public long[] replacementOffsets() {
        return java.util.Arrays.copyOf(replacementOffsets, (int) Math.min(replacements, MAX_OFFSETS));
    }

    public long bytesRead() {
        return consumed + bytePos;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        consumed += byteLen;
        bytePos = 0;
        byteLen = 0;
        while (byteLen == 0) {
            int n = in.read(bytes, 0, bytes.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            byteLen = n;
        }
        return true;
    }

    /** Next byte or -1 at end. */
    private int peekByte() throws IOException {
        if (bytePos == byteLen && !fill()) return -1;
        return bytes[bytePos] & 0xFF;
    }

    private void replaced(long offset) {
        if (replacements < MAX_OFFSETS) replacementOffsets[(int) replacements] = offset;
        replacements++;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        int o = off;
        int end = off + len;
        if (pendingLow >= 0) {
            cbuf[o++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (o < end) {
            // ASCII fast path within the current buffer
            int bp = bytePos;
            byte[] b = bytes;
            int lim = Math.min(end - o, byteLen - bp);
            int k = 0;
            while (k < lim && b[bp + k] >= 0) {
                cbuf[o + k] = (char) b[bp + k];
                k++;
            }
            o += k;
            bp += k;
            int bl = byteLen;
            bytePos = bp;
            if (o == end) break;
            if (bp == bl) {
                if (!fill()) break;
                continue;
            }
            int two = twoOrThreeByteChar(b, bp, bl);
            if (two >= 0) {
                cbuf[o++] = (char) two;
                continue;
            }
            int cp = decodeOne();
            if (cp < 0) break;
            if (cp >= 0x10000) {
                cbuf[o++] = Character.highSurrogate(cp);
                char low = Character.lowSurrogate(cp);
                if (o < end) cbuf[o++] = low;
                else pendingLow = low;
            } else {
                cbuf[o++] = (char) cp;
            }
        }
        int n = o - off;
        return n == 0 ? -1 : n;
    }

    /**
     * A well-formed two- or three-byte sequence wholly inside the buffer at {@code bp}, decoded and
     * consumed; -1 (nothing consumed) for anything else, which {@link #decodeOne} then handles.
     */
    private int twoOrThreeByteChar(byte[] b, int bp, int bl) {
        int lead = b[bp] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF && bp + 1 < bl) {
            int b1 = b[bp + 1] & 0xFF;
            if ((b1 & 0xC0) != 0x80) return -1;
            bytePos = bp + 2;
            return ((lead & 0x1F) << 6) | (b1 & 0x3F);
        }
        if (lead >= 0xE0 && lead <= 0xEF && bp + 2 < bl) {
            int b1 = b[bp + 1] & 0xFF;
            int b2 = b[bp + 2] & 0xFF;
            int lower = lead == 0xE0 ? 0xA0 : 0x80;
            int upper = lead == 0xED ? 0x9F : 0xBF;
            if (b1 < lower || b1 > upper || (b2 & 0xC0) != 0x80) return -1;
            bytePos = bp + 3;
            return ((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        }
        return -1;
    }

    /** Decodes one non-ASCII-led sequence per the WHATWG UTF-8 decoder. */
    private int decodeOne() throws IOException {
        long start = bytesRead();
        int lead = peekByte();
        if (lead < 0) return -1;
        bytePos++;
        int needed;
        int cp;
        int lower = 0x80, upper = 0xBF;
        if (lead <= 0x7F) return lead;
        if (lead >= 0xC2 && lead <= 0xDF) {
            needed = 1;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (lead == 0xE0) lower = 0xA0;
            if (lead == 0xED) upper = 0x9F;
            needed = 2;
            cp = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (lead == 0xF0) lower = 0x90;
            if (lead == 0xF4) upper = 0x8F;
            needed = 3;
            cp = lead & 0x07;
        } else {
            replaced(start);
            return REPLACEMENT;
        }
        for (int seen = 0; seen < needed; seen++) {
            int b = peekByte();
            if (b < 0 || b < lower || b > upper) {
                // the offending byte is not consumed: it starts the next sequence
                replaced(start);
                return REPLACEMENT;
            }
            bytePos++;
            lower = 0x80;
            upper = 0xBF;
            cp = (cp << 6) | (b & 0x3F);
        }
        return cp;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
