package dev.runlens.protocol.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader decodes exactly as the WHATWG UTF-8 decoder (Node's {@code buffer.toString('utf8')}),
 * whatever the chunking of the input stream and of the reads: checked against a direct
 * transcription of the Encoding Standard's algorithm on random mixes of long ASCII runs, valid
 * multi-byte sequences and garbage.
 */
class Utf8ReaderOracleTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void decodesAsTheWhatwgDecoderWhateverTheChunking(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int round = 0; round < 40; round++) {
            byte[] input = randomBytes(rnd, rnd.nextInt(200_000));
            Utf8Reader reader = new Utf8Reader(new Trickle(input, rnd.split()));
            StringBuilder out = new StringBuilder();
            char[] buf = new char[1 + rnd.nextInt(9000)];
            int n;
            while ((n = reader.read(buf, 0, 1 + rnd.nextInt(buf.length))) >= 0) out.append(buf, 0, n);
            Decoded expected = whatwg(input);
            assertEquals(expected.text, out.toString());
            assertEquals(expected.replacements, reader.replacementCount());
            assertEquals(input.length, reader.bytesRead());
        }
    }

    private static byte[] randomBytes(SplittableRandom rnd, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 16);
        while (out.size() < length) {
            int kind = rnd.nextInt(10);
            if (kind < 4) {
                int run = rnd.nextInt(kind == 0 ? 5000 : 40);
                for (int i = 0; i < run; i++) out.write(0x20 + rnd.nextInt(0x5F));
            } else if (kind < 8) {
                int cp = switch (rnd.nextInt(3)) {
                    case 0 -> 0x80 + rnd.nextInt(0x780);
                    case 1 -> 0x800 + rnd.nextInt(0xF800);
                    default -> 0x10000 + rnd.nextInt(0x100000);
                };
                if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
                out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                int junk = 1 + rnd.nextInt(4);
                for (int i = 0; i < junk; i++) out.write(0x80 + rnd.nextInt(0x80)); // continuation and lead bytes at random
            }
        }
        return out.toByteArray();
    }

    private record Decoded(String text, long replacements) {}

    /** The Encoding Standard's UTF-8 decoder, byte by byte. */
    private static Decoded whatwg(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        long replaced = 0;
        int needed = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xBF;
        int i = 0;
        while (true) {
            if (i == bytes.length) {
                if (needed != 0) {
                    out.append('\uFFFD');
                    replaced++;
                }
                return new Decoded(out.toString(), replaced);
            }
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b <= 0x7F) {
                    out.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    cp = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    if (b == 0xE0) lower = 0xA0;
                    if (b == 0xED) upper = 0x9F;
                    needed = 2;
                    cp = b & 0xF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    if (b == 0xF0) lower = 0x90;
                    if (b == 0xF4) upper = 0x8F;
                    needed = 3;
                    cp = b & 0x7;
                } else {
                    out.append('\uFFFD');
                    replaced++;
                }
                i++;
                continue;
            }
            if (b < lower || b > upper) {
                needed = seen = cp = 0;
                lower = 0x80;
                upper = 0xBF;
                out.append('\uFFFD');
                replaced++;
                continue; // the byte is processed again
            }
            lower = 0x80;
            upper = 0xBF;
            cp = (cp << 6) | (b & 0x3F);
            i++;
            if (++seen == needed) {
                out.appendCodePoint(cp);
                needed = seen = cp = 0;
            }
        }
    }

    /** Hands out its bytes in random small pieces. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final SplittableRandom rnd;
        private int pos;

        Trickle(byte[] data, SplittableRandom rnd) {
            this.data = data;
            this.rnd = rnd;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            int n = Math.min(Math.min(len, data.length - pos), 1 + rnd.nextInt(rnd.nextBoolean() ? 7 : 70_000));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
