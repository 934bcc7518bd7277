package dev.runlens.protocol.conformance;

import dev.runlens.protocol.TestBytes;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadNote;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * JSONTestSuite ({@code ../shared/conformance/jsontestsuite}), judged by the rules of the
 * conformance README, section 1: {@code y_} accepted, {@code n_} rejected with a message and a
 * location, {@code i_} either way but the same way twice; no file may take more than 5 s.
 *
 * <p>Duplicate keys follow the documented policy of {@link JsonReader}: {@code JSON.parse}'s last
 * value wins and a {@code DUPLICATE_KEY} note names the key.
 */
class JsonTestSuiteTest {
    private static final Duration HANG_BOUND = Duration.ofSeconds(5);
    private static final JsonReader READER = JsonReader.hardened();

    @TestFactory
    Stream<DynamicTest> everyYFileIsAccepted() {
        return parsing("y_").map(f -> dynamicTest(name(f), () -> {
            JsonReader.Result r = accepted(outcome(TestBytes.bytes(f)));
            if (name(f).startsWith("y_object_duplicated_key")) assertDuplicateNoteNames(r, "a");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyNFileIsRejectedWithAMessageAndALocation() {
        return parsing("n_").map(f -> dynamicTest(name(f), () -> {
            Object o = outcome(TestBytes.bytes(f));
            if (o instanceof JsonReader.Result r) {
                fail("accepted as " + CanonicalJson.toString(r.value(), CanonicalJson.Form.INTEGRITY));
            }
            JsonReadException e = (JsonReadException) o;
            assertTrue(Set.of("INVALID_JSON", "LIMIT_EXCEEDED").contains(e.code()), e.code());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "message");
            assertTrue(e.line() > 0 || "LIMIT_EXCEEDED".equals(e.code()),
                    () -> "no location for " + e.code() + ": " + e.getMessage());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyIFileEndsTheSameWayTwice() {
        return parsing("i_").map(f -> dynamicTest(name(f), () -> {
            byte[] bytes = TestBytes.bytes(f);
            String first = describe(outcome(bytes));
            assertEquals(first, describe(outcome(bytes.clone())));
        }));
    }

    /** Upstream's two duplicate-key files; the shared selection may not carry them, so their bytes are here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            y_object_duplicated_key.json           | {"a":"b","a":"c"} | {"a":"c"}
            y_object_duplicated_key_and_value.json | {"a":"b","a":"b"} | {"a":"b"}
            """)
    void duplicateKeyIsAcceptedWithTheLastValueAndANoteNamingTheKey(String upstreamFile, String text, String canonical) {
        JsonReader.Result r = accepted(outcome(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(canonical, CanonicalJson.toString(r.value(), CanonicalJson.Form.INTEGRITY));
        assertDuplicateNoteNames(r, "a");
    }

    /** {@link dev.runlens.protocol.integrity.BundleReader} reads files with {@link JsonReader#stream}: same policy there. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            y_object_duplicated_key.json           | {"a":"b","a":"c"}
            y_object_duplicated_key_and_value.json | {"a":"b","a":"b"}
            """)
    void duplicateRootKeyIsNotedByTheStreamingReaderToo(String upstreamFile, String text) throws Exception {
        JsonReader.Result r = READER.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new WholeMembers());
        assertDuplicateNoteNames(r, "a");
    }

    // ------------------------------------------------------------------ test_transform

    /** file | canonical (integrity form) | kind of every note (empty: none) | how many notes. */
    static final String TRANSFORMS = """
            number_-9223372036854775808.json         | [-9223372036854776000]  | UNSAFE_INTEGER | 1
            number_1.0.json                          | [1]                     |                | 0
            number_1.000000000000000005.json         | [1]                     |                | 0
            number_10000000000000000999.json         | [10000000000000000000]  | UNSAFE_INTEGER | 1
            number_1e-999.json                       | [0]                     |                | 0
            number_1e6.json                          | [1000000]               |                | 0
            number_9223372036854775807.json          | [9223372036854776000]   | UNSAFE_INTEGER | 1
            number_9223372036854775808.json          | [9223372036854776000]   | UNSAFE_INTEGER | 1
            object_same_key_different_values.json    | {"a":2}                 | DUPLICATE_KEY  | 1
            object_same_key_same_value.json          | {"a":1}                 | DUPLICATE_KEY  | 1
            object_same_key_unclear_values.json      | {"a":0}                 | DUPLICATE_KEY  | 1
            string_1_invalid_codepoint.json          | ["\uFFFD\uFFFD\uFFFD"]  | INVALID_UTF8   | 3
            string_2_escaped_invalid_codepoints.json | ["\\ud800\\ud800"]      | LONE_SURROGATE | 1
            string_3_invalid_codepoints.json         | ["\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"] | INVALID_UTF8 | 9
            string_with_escaped_NULL.json            | ["A\\u0000B"]           |                | 0
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = TRANSFORMS)
    void transformFileCanonicalizesAsJavaScriptAndNotesWhatChanged(String file, String canonical, ReadNote.Kind kind,
                                                                     int notes) {
        Path f = SharedFolder.require("conformance/jsontestsuite/test_transform").resolve(file);
        JsonReader.Result r = accepted(outcome(TestBytes.bytes(f)));
        assertEquals(canonical, CanonicalJson.toString(r.value(), CanonicalJson.Form.INTEGRITY));
        List<ReadNote.Kind> expected = kind == null ? List.of() : Collections.nCopies(notes, kind);
        assertEquals(expected, r.notes().stream().map(ReadNote::kind).toList(), () -> "notes " + r.notes());
    }

    @Test
    void duplicateKeyWithZeroThenMinusZeroKeepsTheLastValue() {
        Path f = SharedFolder.require("conformance/jsontestsuite/test_transform/object_same_key_unclear_values.json");
        JsonValue a = ((JsonValue.Obj) accepted(outcome(TestBytes.bytes(f))).value()).get("a");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((JsonValue.Num) a).value()));
    }

    @Test
    void everyTransformFileHasAnExpectation() {
        Path dir = SharedFolder.require("conformance/jsontestsuite/test_transform");
        Set<String> inTable = TRANSFORMS.lines().map(l -> l.split("\\|")[0].trim()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inFolder = TestBytes.files(dir, "").stream().map(JsonTestSuiteTest::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inTable, inFolder);
    }

    // ------------------------------------------------------------------ helpers

    private static Stream<Path> parsing(String prefix) {
        List<Path> files = TestBytes.files(SharedFolder.require("conformance/jsontestsuite/test_parsing"), prefix);
        assertFalse(files.isEmpty(), "no " + prefix + " files");
        return files.stream();
    }

    /** The reader's {@link JsonReader.Result} or its {@link JsonReadException}; anything else (or a hang) fails. */
    private static Object outcome(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_BOUND, () -> {
            try {
                return READER.read(bytes);
            } catch (JsonReadException e) {
                return e;
            }
        }, "hang bound");
    }

    private static JsonReader.Result accepted(Object outcome) {
        if (outcome instanceof JsonReadException e) {
            fail("rejected: " + e.code() + " " + e.getMessage() + " " + e.where());
        }
        JsonReader.Result r = assertInstanceOf(JsonReader.Result.class, outcome);
        assertTrue(r.value() != null, "no value");
        return r;
    }

    private static void assertDuplicateNoteNames(JsonReader.Result r, String key) {
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == ReadNote.Kind.DUPLICATE_KEY && key.equals(n.detail())),
                () -> "no DUPLICATE_KEY note naming \"" + key + "\": " + r.notes());
    }

    private static String describe(Object outcome) {
        if (outcome instanceof JsonReadException e) {
            return "rejected " + e.code() + " " + e.getMessage() + " at " + e.line() + ":" + e.column();
        }
        JsonReader.Result r = (JsonReader.Result) outcome;
        return "accepted " + CanonicalJson.toString(r.value(), CanonicalJson.Form.INTEGRITY) + " notes " + r.notes();
    }

    /** Takes every root member whole and ignores it. */
    private static final class WholeMembers implements JsonReader.MemberHandler {
        @Override public JsonReader.Delivery memberStart(String key, JsonPath path) { return JsonReader.Delivery.WHOLE; }
        @Override public void member(String key, JsonValue value) {}
        @Override public void element(String key, int index, JsonValue value) {}
        @Override public void arrayEnd(String key, int count) {}
        @Override public void nonObjectRoot(JsonValue value) {}
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
