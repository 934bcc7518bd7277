package dev.runlens.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadLimits;
import dev.runlens.protocol.json.ReadNote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzz targets for everything that reads untrusted bytes (Jazzer). A plain {@code mvn test} runs
 * only the seeds under {@code ReaderFuzzTestInputs/<method>/} (and any crash found earlier) as
 * regression tests. To fuzz, one target per JVM, for {@code maxDuration} each:
 * <pre>./mvnw -Pfuzz test -pl modules/protocol -am</pre>
 * (the profile sets {@code JAZZER_FUZZ=1}; one target by hand: {@code JAZZER_FUZZ=1 ./mvnw test -pl modules/protocol -am
 * -Dtest='ReaderFuzzTest#verifierAnswersEveryInput' -Dsurefire.failIfNoSpecifiedTests=false}, output then in
 * {@code target/surefire-reports}). The corpus grown while fuzzing is kept in {@code .cifuzz-corpus/} (ignored by git).
 * New crashing inputs land in the inputs directory of the target, where they stay as regression tests.
 */
class ReaderFuzzTest {
    private static final ReadLimits SMALL = new ReadLimits(1 << 16, 64, 4096, 256);
    /** Canonical text can be longer than its source ({@code 1e20} is 21 digits): only the size limit is relaxed. */
    private static final ReadLimits REREAD = new ReadLimits(1 << 24, 64, 4096, 256);
    private static final JsonReader READER = JsonReader.hardened(SMALL);
    private static final JsonReader REREADER = JsonReader.hardened(REREAD);
    private static final BundleReader VERIFIER = BundleReader.verifier();

    /**
     * The hardened reader fails only with {@link JsonReadException}; both canonical forms of what it
     * reads can be written, and read back give the same bytes again (idempotence), for every input
     * without lone surrogates or non-finite numbers.
     */
    @FuzzTest(maxDuration = "60s")
    void readerCanonicalFormsAreStable(byte[] input) throws JsonReadException {
        JsonReader.Result r;
        try {
            r = READER.read(input);
        } catch (JsonReadException expected) {
            return;
        }
        byte[] integrity = CanonicalJson.toBytes(r.value(), CanonicalJson.Form.INTEGRITY);
        byte[] payload = CanonicalJson.toBytes(r.value(), CanonicalJson.Form.ARTIFACT_PAYLOAD);
        if (r.notes().stream().anyMatch(n -> n.kind() == ReadNote.Kind.LONE_SURROGATE
                || n.kind() == ReadNote.Kind.NON_FINITE_NUMBER)) return;

        JsonValue fromIntegrity = REREADER.read(integrity).value();
        assertArrayEquals(integrity, CanonicalJson.toBytes(fromIntegrity, CanonicalJson.Form.INTEGRITY), "integrity form is idempotent");
        assertArrayEquals(payload, CanonicalJson.toBytes(fromIntegrity, CanonicalJson.Form.ARTIFACT_PAYLOAD),
                "payload form does not depend on the member order or duplicates of its input");
        JsonValue fromPayload = REREADER.read(payload).value();
        assertArrayEquals(payload, CanonicalJson.toBytes(fromPayload, CanonicalJson.Form.ARTIFACT_PAYLOAD), "payload form is idempotent");
    }

    /**
     * Reading from memory (the fast lane for plain JSON) and streaming end the same way for every
     * input: the same value (as written, member order kept), notes and error with its place.
     */
    @FuzzTest(maxDuration = "60s")
    void readingFromMemoryEndsAsStreamingDoes(byte[] input) throws java.io.IOException {
        assertEquals(outcome(() -> READER.read(new java.io.ByteArrayInputStream(input))), outcome(() -> READER.read(input)));
    }

    private interface Read {
        JsonReader.Result run() throws JsonReadException, java.io.IOException;
    }

    private static String outcome(Read read) throws java.io.IOException {
        try {
            JsonReader.Result r = read.run();
            return CanonicalJson.toString(r.value(), CanonicalJson.Form.AS_WRITTEN) + " " + signs(r.value()) + " " + r.notes() + " " + r.bytes();
        } catch (JsonReadException e) {
            return e.code() + " " + e.getMessage() + " " + e.line() + ":" + e.column();
        }
    }

    /** The sign bit of every number in document order (what the text form hides: {@code -0} is written {@code 0}). */
    private static String signs(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<JsonValue> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            JsonValue v = todo.pop();
            if (v instanceof JsonValue.Num n) sb.append(Double.doubleToRawLongBits(n.value()) < 0 ? '-' : '+');
            else if (v instanceof JsonValue.Arr a) for (int i = a.size() - 1; i >= 0; i--) todo.push(a.get(i));
            else if (v instanceof JsonValue.Obj o) {
                java.util.List<JsonValue> values = new java.util.ArrayList<>(o.members().values());
                for (int i = values.size() - 1; i >= 0; i--) todo.push(values.get(i));
            }
        }
        return sb.toString();
    }

    /** The verifier answers every input with a report; nothing escapes, and its answer is consistent. */
    @FuzzTest(maxDuration = "60s")
    void verifierAnswersEveryInput(byte[] input) {
        VerificationReport r = VERIFIER.read("fuzz", input).report();
        assertNotNull(r.integrity());
        assertEquals(r.accepted(), r.error() == null, () -> "accepted exactly when there is no error: " + r.error());
        if (r.integrity() == IntegrityVerdict.VALID) assertEquals(r.declaredSha256(), r.computedSha256());
        assertEquals(input.length, r.bytes());
    }
}
