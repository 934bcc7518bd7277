package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the in-memory reader hands the canonical writer — strings left as slices of the document
 * (with and without escapes), strings it vouches for (plain ASCII), objects whose key
 * order it knows from their shape — writes exactly the bytes the plain character-by-character and
 * sort-every-object path writes, and reads the same characters as the streaming reader.
 */
class CanonicalFromMemoryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 47, 48, 49, 60, 300, 2047, 2049, 5000})
    void stringsReadFromMemoryRenderAsJsonStringifyDoes(int length) throws Exception {
        SplittableRandom rnd = new SplittableRandom(length * 17L + 3);
        for (int round = 0; round < 60; round++) {
            String s = randomString(rnd, length, round % 3);
            byte[] doc = ("[" + source(s, rnd) + "]").getBytes(StandardCharsets.UTF_8);
            if (!hasLoneSurrogate(s)) assertNotNull(InMemoryReader.read(doc, ReadLimits.DEFAULT), "the fast lane reads it");
            JsonValue.Str read = (JsonValue.Str) ((JsonValue.Arr) JsonReader.hardened().read(doc).value()).get(0);
            byte[] expected = CanonicalJsonStringTest.jsonStringify(s);
            for (CanonicalJson.Form form : List.of(CanonicalJson.Form.INTEGRITY, CanonicalJson.Form.ARTIFACT_PAYLOAD)) {
                assertArrayEquals(expected, CanonicalJson.toBytes(read, form), () -> "canonical of " + new String(doc, StandardCharsets.UTF_8));
            }
            assertEquals(s, read.value(), "the characters, decoded from the slice");
            assertEquals(new JsonValue.Str(s), read);
            assertEquals(s.hashCode(), read.hashCode());
        }
    }

    @ParameterizedTest
    @EnumSource(value = CanonicalJson.Form.class, names = {"INTEGRITY", "ARTIFACT_PAYLOAD"})
    void objectsOfOneShapeWriteTheirMembersAsSortedOneByOne(CanonicalJson.Form form) throws Exception {
        List<String> keys = List.of("b", "a", "aa", "é", "Z", "10", "2", "__proto__", "ключ", "😀", "\uFF61", "a\\u0000b", "\\\"q\\\"",
                "k1", "k2", "k3", "k4", "k5", "k6"); // 19 keys: past the indexed size too
        SplittableRandom rnd = new SplittableRandom(5);
        StringBuilder doc = new StringBuilder("[");
        for (int i = 0; i < 200; i++) {
            List<String> own = new ArrayList<>(keys.subList(0, 3 + i % (keys.size() - 2)));
            if (i % 7 == 0) Collections.shuffle(own, new java.util.Random(i)); // same key set, another order: another shape
            if (i > 0) doc.append(',');
            doc.append('{');
            for (int k = 0; k < own.size(); k++) {
                if (k > 0) doc.append(',');
                doc.append('"').append(own.get(k)).append("\":");
                doc.append(rnd.nextBoolean() ? String.valueOf(rnd.nextInt(1000)) : "{\"y\":1,\"x\":[\"" + "long ".repeat(12) + "\\n\"]}");
            }
            doc.append('}');
        }
        byte[] bytes = doc.append(']').toString().getBytes(StandardCharsets.UTF_8);
        assertNotNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), "the fast lane reads it");
        JsonValue fromMemory = JsonReader.hardened().read(bytes).value();
        assertArrayEquals(CanonicalJson.toBytes(plainCopy(fromMemory), form), CanonicalJson.toBytes(fromMemory, form));
    }

    @Test
    void aSliceIsDecodedOnceAndStaysTheSameString() throws Exception {
        byte[] doc = ("[\"" + "café \\n ".repeat(20) + "\"]").getBytes(StandardCharsets.UTF_8);
        JsonValue.Str s = (JsonValue.Str) ((JsonValue.Arr) JsonReader.hardened().read(doc).value()).get(0);
        assertEquals(JsonValue.Str.ESCAPED_SOURCE, s.chars(), "a long string with escapes is left as its slice");
        String first = s.value();
        org.junit.jupiter.api.Assertions.assertSame(first, s.value());
        assertEquals("café \n ".repeat(20), first);
    }

    /** The same tree with every string a plain {@code Str} and every object's members in a map of their own. */
    private static JsonValue plainCopy(JsonValue v) {
        if (v instanceof JsonValue.Str s) return new JsonValue.Str(new String(s.value().toCharArray()));
        if (v instanceof JsonValue.Arr a) {
            List<JsonValue> items = new ArrayList<>();
            for (JsonValue item : a.items()) items.add(plainCopy(item));
            return new JsonValue.Arr(items);
        }
        if (v instanceof JsonValue.Obj o) {
            Map<String, JsonValue> m = new LinkedHashMap<>();
            o.members().forEach((k, x) -> m.put(new String(k.toCharArray()), plainCopy(x)));
            return new JsonValue.Obj(m);
        }
        return v;
    }

    /** JSON source for {@code s}, each character written raw or escaped at random (where JSON allows both). */
    private static String source(String s, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean lone = Character.isSurrogate(c) && !pair;
            int choice = rnd.nextInt(8);
            if (c == '"' || c == '\\' || c < 0x20 || lone || choice == 0) {
                String shortForm = switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '/' -> "\\/";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> null;
                };
                if (shortForm != null && rnd.nextBoolean()) sb.append(shortForm);
                else sb.append(String.format(rnd.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
            } else if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Kind 0: printable ASCII only; 1: Latin-1 with controls and quotes; 2: anything. */
    private static String randomString(SplittableRandom rnd, int length, int kind) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int pick = kind == 0 ? 9 : kind == 1 ? rnd.nextInt(4) * 3 : rnd.nextInt(10);
            switch (pick) {
                case 0 -> sb.append((char) rnd.nextInt(0x20));
                case 3 -> sb.append("\"\\/".charAt(rnd.nextInt(3)));
                case 6 -> sb.append((char) (0x80 + rnd.nextInt(0x80)));
                case 1 -> sb.append((char) (0x100 + rnd.nextInt(0x700)));
                case 2 -> sb.append((char) (0x800 + rnd.nextInt(0xD000)));
                case 4 -> sb.appendCodePoint(0x10000 + rnd.nextInt(0x100000));
                case 5 -> sb.append((char) (0xD800 + rnd.nextInt(0x800))); // lone or accidentally paired
                case 7 -> sb.append((char) (0xE000 + rnd.nextInt(0x2000)));
                default -> sb.append((char) (0x20 + rnd.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }
}
