package dev.runlens.protocol.json;

import dev.runlens.protocol.TestBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Utf8Reader} decodes as Node's {@code Buffer.toString('utf8')} (WHATWG): one U+FFFD per
 * maximal ill-formed subpart, BOM kept. Expected code units were measured with Node 20.
 */
class Utf8ReaderTest {
    private static final int BUFFER = 64 * 1024;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c0 80          | fffd fffd                | 2
            e0 80 80       | fffd fffd fffd           | 3
            f0 80 80 80    | fffd fffd fffd fffd      | 4
            ed a0 80       | fffd fffd fffd           | 3
            ed bf bf       | fffd fffd fffd           | 3
            e2 82          | fffd                     | 1
            f0 9f 98       | fffd                     | 1
            c2             | fffd                     | 1
            61 e2 82 62    | 0061 fffd 0062           | 1
            f0 9f 98 e2 82 ac | fffd 20ac                | 1
            f4 90 80 80    | fffd fffd fffd fffd      | 4
            f5 80 80 80    | fffd fffd fffd fffd      | 4
            f8 88 80 80 80 | fffd fffd fffd fffd fffd | 5
            ff             | fffd                     | 1
            80             | fffd                     | 1
            fe ff          | fffd fffd                | 2
            ef bb bf 7b 7d | feff 007b 007d           | 0
            f0 9f 98 80    | d83d de00                | 0
            c3 a9          | 00e9                     | 0
            ef bf bd       | fffd                     | 0
            """)
    void decodesAsNodeDoes(String bytes, String units, int replacements) {
        Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(TestBytes.hex(bytes)));
        assertEquals(units, codeUnits(readAll(r, 1024)));
        assertEquals(replacements, r.replacementCount());
    }

    @ParameterizedTest(name = "emoji at byte {0}")
    @ValueSource(ints = {BUFFER - 3, BUFFER - 2, BUFFER - 1, BUFFER})
    void emojiAcrossTheBufferBoundaryDecodesToOneSurrogatePair(int start) {
        Utf8Reader r = reader(withAt(start, "f0 9f 98 80"));
        assertEquals("a".repeat(start) + "\uD83D\uDE00b", readAll(r, 4096));
        assertEquals(0, r.replacementCount());
    }

    @ParameterizedTest(name = "emoji at byte {0}")
    @ValueSource(ints = {BUFFER - 3, BUFFER - 2, BUFFER - 1})
    void emojiAcrossTheBufferBoundaryDecodesWhenReadOneCharAtATime(int start) {
        assertEquals("a".repeat(start) + "\uD83D\uDE00b", readAll(reader(withAt(start, "f0 9f 98 80")), 1));
    }

    @ParameterizedTest(name = "emoji at byte {0}")
    @ValueSource(ints = {BUFFER - 3, BUFFER - 2, BUFFER - 1})
    void emojiDecodesWhenTheStreamDeliversOneByteAtATime(int start) {
        byte[] bytes = withAt(start, "f0 9f 98 80");
        assertEquals("a".repeat(start) + "\uD83D\uDE00b", readAll(new Utf8Reader(new Trickle(bytes)), 4096));
    }

    @Test
    void surrogateBytesAcrossTheBufferBoundaryGiveThreeReplacementsAtTheirOffsets() {
        Utf8Reader r = reader(withAt(BUFFER - 1, "ed a0 80"));
        assertEquals("a".repeat(BUFFER - 1) + "\uFFFD\uFFFD\uFFFDb", readAll(r, 4096));
        assertArrayEquals(new long[] {BUFFER - 1, BUFFER, BUFFER + 1}, r.replacementOffsets());
    }

    @Test
    void sequenceCutByTheEndOfInputAfterTheBoundaryGivesOneReplacement() {
        byte[] bytes = Arrays.copyOf(withAt(BUFFER - 1, "f0 9f 98 80"), BUFFER + 2); // lead byte + two continuations
        Utf8Reader r = reader(bytes);
        assertEquals("a".repeat(BUFFER - 1) + "\uFFFD", readAll(r, 4096));
        assertArrayEquals(new long[] {BUFFER - 1}, r.replacementOffsets());
    }

    @Test
    void jsonStringWithEmojiAcrossTheBoundaryReadsWithoutNotes() throws Exception {
        byte[] bytes = withAt(BUFFER - 2, "f0 9f 98 80");
        bytes[0] = '"';
        bytes[bytes.length - 1] = '"';
        JsonReader.Result r = JsonReader.hardened().read(bytes);
        assertEquals("a".repeat(BUFFER - 3) + "\uD83D\uDE00", ((JsonValue.Str) r.value()).value());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void leadingBomIsKeptSoTheJsonReaderRejectsIt() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> JsonReader.hardened().read(TestBytes.hex("ef bb bf 7b 7d")));
        assertEquals("INVALID_JSON", e.code());
        assertTrue(e.line() == 1 && e.column() == 1, e.where());
    }

    // ------------------------------------------------------------------ helpers

    /** {@code start} bytes of 'a', then {@code hex}, then 'b'. */
    private static byte[] withAt(int start, String hex) {
        byte[] seq = TestBytes.hex(hex);
        byte[] out = new byte[start + seq.length + 1];
        Arrays.fill(out, 0, start, (byte) 'a');
        System.arraycopy(seq, 0, out, start, seq.length);
        out[out.length - 1] = 'b';
        return out;
    }

    private static Utf8Reader reader(byte[] bytes) {
        return new Utf8Reader(new ByteArrayInputStream(bytes));
    }

    private static String readAll(Utf8Reader r, int chunk) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk];
        try {
            for (int n; (n = r.read(buf, 0, chunk)) >= 0; ) sb.append(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String codeUnits(String s) {
        return s.chars().mapToObj(c -> String.format("%04x", c)).collect(Collectors.joining(" "));
    }

    /** An input stream that hands out one byte per read, as a slow pipe may. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int pos;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            int c = read();
            if (c < 0) return -1;
            b[off] = (byte) c;
            return 1;
        }
    }
}
