package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ReadLimits} as the hardened reader enforces them: a document at a limit is read, one unit
 * past it is rejected with {@code LIMIT_EXCEEDED} and a message naming what was too large. Deep
 * documents are read on a deliberately small thread stack, so any recursion would show up as a
 * {@link StackOverflowError}.
 */
class ReaderLimitsTest {
    /** Far too small for a recursive reader of 15,000 levels; plenty for an iterative one. */
    private static final long SMALL_STACK = 512 * 1024;

    @ParameterizedTest(name = "{0} levels of {1}")
    @CsvSource(textBlock = """
            101,    '[',     100
            101,    '{"a":', 100
            20001,  '[',     20000
            20001,  '{"a":', 20000
            100000, '[',     20000
            """)
    void nestingBeyondMaxDepthIsRejectedWithoutStackOverflow(int levels, String open, int maxDepth) {
        byte[] doc = nested(levels, open);
        JsonReadException e = onSmallStack(() -> assertThrows(JsonReadException.class,
                () -> JsonReader.hardened(ReadLimits.DEFAULT.withMaxDepth(maxDepth)).read(doc)));
        assertEquals("LIMIT_EXCEEDED", e.code());
        assertTrue(e.getMessage().contains("nesting deeper than the limit") && e.getMessage().contains(Integer.toString(maxDepth)), e.getMessage());
    }

    @ParameterizedTest(name = "{0} levels of {1}")
    @CsvSource(textBlock = """
            100,   '[',     100
            100,   '{"a":', 100
            20000, '[',     20000
            """)
    void nestingAtMaxDepthIsRead(int levels, String open, int maxDepth) {
        byte[] doc = nested(levels, open);
        JsonValue v = onSmallStack(() -> JsonReader.hardened(ReadLimits.DEFAULT.withMaxDepth(maxDepth)).read(doc).value());
        assertEquals(open.equals("[") ? "array" : "object", v.typeName());
    }

    @Test
    void fifteenThousandDeepArrayIsReadAndCanonicalizedWithTheDefaultLimits() {
        byte[] doc = nested(15_000, "[");
        byte[] canonical = onSmallStack(() -> CanonicalJson.toBytes(JsonReader.hardened().read(doc).value(), CanonicalJson.Form.INTEGRITY));
        assertArrayEquals(doc, canonical);
    }

    @ParameterizedTest(name = "{1} x {0} under a limit of {2}: accepted {3}")
    @CsvSource(textBlock = """
            x,        1000, 1000, true
            x,        1001, 1000, false
            \\u0041,  1000, 1000, true
            \\u0041,  1001, 1000, false
            😀,        500, 1000, true
            😀,        501, 1000, false
            x,      100000, 100000, true
            x,      100001, 100000, false
            """)
    void stringLongerThanMaxStringLengthInUtf16UnitsIsRejected(String unit, int count, int limit, boolean accepted) {
        assertLimit("\"" + unit.repeat(count) + "\"", ReadLimits.DEFAULT.withMaxStringLength(limit), accepted, "a string longer than the limit of " + limit);
    }

    @ParameterizedTest(name = "key of {0} under a limit of {1}: accepted {2}")
    @CsvSource(textBlock = """
            1000, 1000, true
            1001, 1000, false
            """)
    void keyLongerThanMaxStringLengthIsRejected(int length, int limit, boolean accepted) {
        assertLimit("{\"" + "k".repeat(length) + "\":1}", ReadLimits.DEFAULT.withMaxStringLength(limit), accepted, "an object key longer than the limit of " + limit);
    }

    @ParameterizedTest(name = "{0} bytes under a limit of {1}: accepted {2}")
    @CsvSource(textBlock = """
            1000,   1000,   true
            1001,   1000,   false
            100000, 100000, true
            100001, 100000, false
            """)
    void documentLargerThanMaxDocumentBytesIsRejected(int bytes, long limit, boolean accepted) {
        String doc = "[" + " ".repeat(bytes - 2) + "]";
        assertLimit(doc, ReadLimits.DEFAULT.withMaxDocumentBytes(limit), accepted, "larger than the limit of " + limit + " bytes");
    }

    @ParameterizedTest(name = "{0} digits under a limit of {1}: accepted {2}")
    @CsvSource(textBlock = """
            10, 10, true
            11, 10, false
            """)
    void integerLiteralLongerThanMaxNumberLengthIsRejected(int digits, int limit, boolean accepted) {
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT.maxDocumentBytes(), 100, 1000, limit);
        assertLimit("[" + "1".repeat(digits) + "]", limits, accepted, "a number literal longer than the limit of");
    }

    /**
     * No limit beyond {@link ReadLimits}: 4,096 distinct keys that all collide in Jackson's name
     * hash (built from the pair "aB"/"b!", equal under h*33+c) are valid JSON and {@code JSON.parse}
     * reads them, so the reader must too, and quickly.
     */
    @Test
    void keysWithCollidingNameHashesAreReadAsJsonParseReadsThem() {
        int bits = 12;
        StringBuilder doc = new StringBuilder("{");
        for (int m = 0; m < (1 << bits); m++) {
            if (m > 0) doc.append(',');
            doc.append('"');
            for (int b = 0; b < bits; b++) doc.append(((m >> b) & 1) == 0 ? "aB" : "b!");
            doc.append("\":").append(m);
        }
        byte[] bytes = doc.append('}').toString().getBytes(StandardCharsets.US_ASCII);
        JsonValue v = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> JsonReader.hardened().read(bytes).value());
        assertEquals(1 << bits, ((JsonValue.Obj) v).members().size());
    }

    // ------------------------------------------------------------------ helpers

    private static void assertLimit(String doc, ReadLimits limits, boolean accepted, String messagePart) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        JsonReader reader = JsonReader.hardened(limits);
        if (accepted) {
            try {
                reader.read(bytes);
            } catch (JsonReadException e) {
                throw new AssertionError("rejected: " + e.code() + " " + e.getMessage(), e);
            }
            return;
        }
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read(bytes));
        assertEquals("LIMIT_EXCEEDED", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    private static byte[] nested(int levels, String open) {
        String close = open.equals("[") ? "]" : "}";
        String inner = open.equals("[") ? "" : "1";
        return (open.repeat(levels) + inner + close.repeat(levels)).getBytes(StandardCharsets.UTF_8);
    }

    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} on a thread with a {@link #SMALL_STACK} stack; rethrows what it throws, errors included. */
    private static <T> T onSmallStack(Work<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.run());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (t.isAlive()) throw new AssertionError("still running after 10 s");
        if (failure.get() instanceof Error err) throw err;
        if (failure.get() != null) throw new AssertionError(failure.get());
        return result.get();
    }
}
