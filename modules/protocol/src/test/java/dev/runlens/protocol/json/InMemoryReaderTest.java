package dev.runlens.protocol.json;

import dev.runlens.protocol.TestBytes;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The fast lane for documents in memory reads exactly what the streaming reader reads, or declines:
 * every JSONTestSuite file, the corpus and the sample bundles, chosen number and string literals,
 * and random documents give the same value (same doubles, bit for bit, same member order), notes
 * and errors through {@link JsonReader#read(byte[])} as through {@link JsonReader#read(java.io.InputStream)}.
 */
class InMemoryReaderTest {
    private static final JsonReader READER = JsonReader.hardened();

    @TestFactory
    Stream<DynamicTest> everyJsonTestSuiteFileReadsTheSameFromMemory() {
        Path suite = SharedFolder.require("conformance/jsontestsuite");
        List<Path> files = new ArrayList<>(TestBytes.files(suite.resolve("test_parsing"), ""));
        files.addAll(TestBytes.files(suite.resolve("test_transform"), ""));
        return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> assertSameOutcome(TestBytes.bytes(f))));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileReadsTheSameFromMemory() {
        List<Path> files = new ArrayList<>(TestBytes.files(SharedFolder.require("corpus"), ""));
        files.removeIf(f -> !f.toString().endsWith(".json"));
        return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> assertSameOutcome(TestBytes.bytes(f))));
    }

    @TestFactory
    Stream<DynamicTest> everySampleBundleIsReadByTheFastLane() {
        return TestBytes.files(ProjectFolder.sampleBundles(), "2026-").stream().map(f -> dynamicTest(f.getFileName().toString(), () -> {
            byte[] bytes = TestBytes.bytes(f);
            assertNotNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), "a runtime-made bundle is plain JSON");
            assertSameOutcome(bytes);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [0, -0, 1, -1, 1234567890123456, -123456789012345, 9007199254740991, -9007199254740991, 100000000000000000000e-10]
            [123456789012345678.5, 1234567890123456789e-3, 0.1, 0.2, 0.30000000000000004, 1e22, 1e23, 1E-22, 1e-23]
            [2360.387939453125, 0.000123, 100.0, 1.50, -0.0, -0e5, 0e-400, 5e-324, 2.2250738585072011e-308, 1.7976931348623157e308]
            [9007199254740993.0, 9007199254740992e0, 18014398509481985e-1, 1.00000000000000011102230246251565404236316680908203125]
            {"a": "plain", "b": "é ü ß", "c": "€ 中文", "d": "😀 𝄞", "e": "\\" \\\\ \\/ \\b \\f \\n \\r \\t", "f": "\\u00e9\\u20ac\\ud83d\\ude00"}
            {"": "", "k\\u0065y": 1, "ключ": [true, false, null], "nested": {"x": [[], {}, [{}]]}}
            "a JSON string: \\t\\r\\n [ 1 , 2 ]"
            """)
    void plainDocumentsAreReadFromMemoryExactlyAsStreamed(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertNotNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), () -> "the fast lane reads " + text);
        assertSameOutcome(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            duplicate key                | {"a": 1, "a": 2}
            duplicate key deeper         | [{"a": {"b": 1, "b": 1}}]
            lone surrogate               | ["\\ud800"]
            reversed surrogates          | ["\\udc00\\ud800"]
            unsafe integer               | [9007199254740993]
            overflowing number           | [1e400]
            overflowing integer          | [1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000]
            trailing comma               | [1, 2,]
            leading zero                 | [01]
            bare minus                   | [-]
            unterminated                 | {"a": [1, 2
            two roots                    | {} {}
            comment                      | [1 /* no */]
            single quotes                | ['a']
            bad escape                   | ["\\x41"]
            short unicode escape         | ["\\u12"]
            """)
    void documentsWithANoteOrAnErrorAreLeftToTheStreamingReader(String what, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), "declined");
        assertSameOutcome(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BOM                          | ef bb bf 7b 7d
            invalid UTF-8 (surrogate)    | 5b 22 ed a0 80 22 5d
            invalid UTF-8 (overlong)     | 5b 22 c0 80 22 5d
            invalid UTF-8 (truncated)    | 5b 22 e2 82 22 5d
            invalid UTF-8 (beyond 10FFFF)| 5b 22 f4 90 80 80 22 5d
            unescaped control character  | 5b 22 01 22 5d
            non-ASCII outside a string   | 5b c3 a9 5d
            NUL after the value          | 5b 5d 00
            """)
    void bytesNodeWouldRepairOrRejectAreLeftToTheStreamingReader(String what, String hex) throws Exception {
        byte[] bytes = TestBytes.hex(hex);
        assertNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), "declined");
        assertSameOutcome(bytes);
    }

    @Test
    void limitsInReachAreLeftToTheStreamingReader() throws Exception {
        ReadLimits small = new ReadLimits(1 << 16, 8, 16, 10);
        JsonReader reader = JsonReader.hardened(small);
        for (String text : List.of("[[[[[[[[[1]]]]]]]]]", "[[[[[[[[1]]]]]]]]", "[\"0123456789abcdef\"]", "[\"0123456789abcde\"]",
                "{\"0123456789abcdef\": 1}", "[12345678901]", "[1234567890]", "[1.23456789e5]")) {
            assertSameOutcome(reader, text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] atTheLimit = ("[" + " ".repeat((1 << 16) - 2) + "]").getBytes(StandardCharsets.US_ASCII);
        assertNull(InMemoryReader.read(atTheLimit, small), "a document of the size limit");
        assertSameOutcome(reader, atTheLimit);
    }

    @Test
    void whitespaceIsWhatJsonParseSkips() throws Exception {
        assertNotNull(InMemoryReader.read(" \t\r\n[ 1 ,\n\t2 ]\r\n ".getBytes(StandardCharsets.US_ASCII), ReadLimits.DEFAULT));
        for (String text : List.of("[1,\u000b2]", "[1,\f2]", "\u00a0[]", "[]\u0085")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertNull(InMemoryReader.read(bytes, ReadLimits.DEFAULT), text);
            assertSameOutcome(bytes);
        }
    }

    @Test
    void randomDocumentsReadTheSameFromMemory() throws Exception {
        Random random = new Random(20261123);
        for (int i = 0; i < 3000; i++) {
            assertSameOutcome(randomDocument(random).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStreamedDocumentDeliversTheSameMembersAndElements() throws Exception {
        byte[] bytes = TestBytes.bytes(ProjectFolder.sampleBundles()
                .resolve("2026-09-24-vendor-due-diligence-completed.json"));
        Recorder fromMemory = new Recorder();
        assertNotNull(READER.tryStream(bytes, fromMemory).orElse(null), "streamed from memory");
        Recorder streamed = new Recorder();
        READER.stream(new ByteArrayInputStream(bytes), streamed);
        assertEquals(streamed.calls, fromMemory.calls);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertSameOutcome(byte[] bytes) throws Exception {
        assertSameOutcome(READER, bytes);
    }

    /** {@code read(byte[])} (fast lane or not) and {@code read(InputStream)} end the same way. */
    private static void assertSameOutcome(JsonReader reader, byte[] bytes) throws Exception {
        assertEquals(describe(() -> reader.read(new ByteArrayInputStream(bytes))), describe(() -> reader.read(bytes)));
    }

    private interface Read {
        JsonReader.Result run() throws Exception;
    }

    private static String describe(Read read) throws Exception {
        try {
            JsonReader.Result r = read.run();
            return "value " + exact(r.value()) + " notes " + r.notes() + " bytes " + r.bytes();
        } catch (JsonReadException e) {
            return "error " + e.code() + " " + e.getMessage() + " at " + e.line() + ":" + e.column() + " offset " + e.charOffset();
        }
    }

    /** A rendering that tells every difference: member order, -0, the bits of each double, string units. Iterative (deep files). */
    private static String exact(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof String text) {
                sb.append(text);
            } else if (next instanceof JsonValue.Obj o) {
                sb.append('{');
                todo.push("}");
                List<String> keys = new ArrayList<>(o.members().keySet());
                for (int i = keys.size() - 1; i >= 0; i--) {
                    todo.push(",");
                    todo.push(o.get(keys.get(i)));
                    todo.push(units(keys.get(i)) + ":");
                }
            } else if (next instanceof JsonValue.Arr a) {
                sb.append('[');
                todo.push("]");
                for (int i = a.size() - 1; i >= 0; i--) {
                    todo.push(",");
                    todo.push(a.get(i));
                }
            } else if (next instanceof JsonValue.Num n) {
                sb.append("n").append(Long.toHexString(Double.doubleToRawLongBits(n.value())));
            } else if (next instanceof JsonValue.Str str) {
                sb.append(units(str.value()));
            } else {
                sb.append(next);
            }
        }
        return sb.toString();
    }

    private static String units(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.append('"').toString();
    }

    private static final String[] ATOMS = {"0", "-0", "1", "-17", "3.25", "1e5", "-2.5E-3", "123456789012345678", "0.1",
            "9007199254740993", "1e400", "true", "false", "null", "\"\"", "\"a\"", "\"é\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"",
            "\"\\ud800\"", "\"😀\"", "\"\\n\\t\"", "01", "1.", "\"\u0001\""};

    private static String randomDocument(Random random) {
        StringBuilder sb = new StringBuilder();
        randomValue(random, sb, 0);
        if (random.nextInt(50) == 0) sb.insert(random.nextInt(sb.length() + 1), ",]}\" :".charAt(random.nextInt(6)));
        return sb.toString();
    }

    private static void randomValue(Random random, StringBuilder sb, int depth) {
        int kind = depth > 4 ? 2 : random.nextInt(5);
        if (kind == 0) {
            sb.append('{');
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(',');
                sb.append(" \"").append((char) ('a' + random.nextInt(i == 0 ? 26 : 3))).append("\" : ");
                randomValue(random, sb, depth + 1);
            }
            sb.append('}');
        } else if (kind == 1) {
            sb.append('[');
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                randomValue(random, sb, depth + 1);
            }
            sb.append(']');
        } else {
            String atom = ATOMS[random.nextInt(ATOMS.length)];
            // mostly well-formed atoms, now and then one of the broken ones at the end of the list
            sb.append(random.nextInt(10) == 0 ? atom : ATOMS[random.nextInt(ATOMS.length - 3)]);
        }
    }

    /** Every call a handler gets, with the exact rendering of its values. */
    private static final class Recorder implements JsonReader.MemberHandler {
        final List<String> calls = new ArrayList<>();

        @Override
        public JsonReader.Delivery memberStart(String key, JsonPath path) {
            calls.add("start " + key + " " + path);
            return "trace".equals(key) || "artifacts".equals(key) ? JsonReader.Delivery.ELEMENTS : JsonReader.Delivery.WHOLE;
        }

        @Override public void member(String key, JsonValue value) { calls.add("member " + key + " " + exact(value)); }
        @Override public void element(String key, int index, JsonValue value) { calls.add("element " + key + " " + index + " " + exact(value)); }
        @Override public void arrayEnd(String key, int count) { calls.add("end " + key + " " + count); }
        @Override public void nonObjectRoot(JsonValue value) { calls.add("root " + exact(value)); }
    }
}
