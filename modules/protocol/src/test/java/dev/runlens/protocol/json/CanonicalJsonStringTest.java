package dev.runlens.protocol.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * {@code JSON.stringify(string)} as UTF-8, against a plain character-by-character rendition of
 * the ECMAScript rules: random strings of every character class (controls, quotes, backslashes,
 * Latin-1, BMP, surrogate pairs, lone surrogates), short and far longer than the writer's buffer.
 */
class CanonicalJsonStringTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 100, 2047, 2048, 2049, 5000, 40_000})
    void stringsRenderAsJsonStringifyDoes(int length) {
        SplittableRandom rnd = new SplittableRandom(length * 31L + 1);
        for (int round = 0; round < 50; round++) {
            String s = randomString(rnd, length);
            byte[] ours = CanonicalJson.toBytes(new JsonValue.Str(s), CanonicalJson.Form.INTEGRITY);
            assertArrayEquals(jsonStringify(s), ours, () -> "string of length " + s.length());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 900})
    void manyStringsInOneDocumentRenderAsJsonStringifyDoes(int count) {
        SplittableRandom rnd = new SplittableRandom(count);
        java.util.List<JsonValue> items = new java.util.ArrayList<>();
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            String s = randomString(rnd, rnd.nextInt(3000));
            items.add(new JsonValue.Str(s));
            if (i > 0) expected.append(',');
            expected.append(new String(jsonStringify(s), StandardCharsets.ISO_8859_1));
        }
        byte[] ours = CanonicalJson.toBytes(new JsonValue.Arr(items), CanonicalJson.Form.INTEGRITY);
        assertArrayEquals(expected.append(']').toString().getBytes(StandardCharsets.ISO_8859_1), ours);
    }

    private static String randomString(SplittableRandom rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            switch (rnd.nextInt(10)) {
                case 0 -> sb.append((char) rnd.nextInt(0x20));
                case 1 -> sb.append("\"\\/".charAt(rnd.nextInt(3)));
                case 2 -> sb.append((char) (0x80 + rnd.nextInt(0x780)));
                case 3 -> sb.append((char) (0x800 + rnd.nextInt(0xD000)));
                case 4 -> sb.appendCodePoint(0x10000 + rnd.nextInt(0x100000));
                case 5 -> sb.append((char) (0xD800 + rnd.nextInt(0x800))); // lone or accidentally paired
                case 6 -> sb.append((char) (0xE000 + rnd.nextInt(0x2000)));
                default -> sb.append((char) (0x20 + rnd.nextInt(0x60)));
            }
        }
        return sb.toString();
    }

    /** ECMAScript QuoteJSONString, then UTF-8 (lone surrogates are escaped, so the text is well-formed). */
    static byte[] jsonStringify(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }
}
