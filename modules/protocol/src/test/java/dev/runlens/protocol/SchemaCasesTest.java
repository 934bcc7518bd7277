package dev.runlens.protocol;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential set {@code sample-bundles/schema-cases/cases.json}: single mutations probing every
 * rule of the runtime's schemas, each with what {@code parseRunBundleJson} and
 * {@code computeRunBundleIntegrity} answered. Acceptance, error code, the path zod names first,
 * and both hashes must agree.
 */
class SchemaCasesTest {

    @TestFactory
    List<DynamicTest> everyMutationGetsTheRuntimesAnswer() throws IOException {
        JsonValue doc = TestJson.read(ProjectFolder.sampleBundles().resolve("schema-cases/cases.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue c : ((JsonValue.Arr) get(doc, "cases")).items()) {
            tests.add(DynamicTest.dynamicTest(str(c, "name"), () -> check(c)));
        }
        return tests;
    }

    private static void check(JsonValue c) {
        byte[] bytes = str(c, "text").getBytes(StandardCharsets.UTF_8);
        VerificationReport r = BundleReader.verifier().read(str(c, "name"), bytes).report();
        JsonValue parse = get(c, "parse");
        boolean accepted = get(parse, "accepted") == JsonValue.Bool.TRUE;
        assertEquals(accepted, r.accepted(), () -> "accepted; ours: " + r.error() + "; runtime: " + str(parse, "message"));
        if (!accepted) {
            assertEquals(str(parse, "code"), r.error().code(), () -> "code; ours: " + r.error());
            if ("INVALID_RUN_BUNDLE".equals(str(parse, "code"))) {
                String theirs = str(parse, "message");
                String firstPath = theirs.substring(0, theirs.indexOf(": "));
                assertTrue(r.error().message().startsWith(firstPath + ": "),
                        () -> "first path; runtime: " + theirs + "\n ours: " + r.error().message());
            }
        }
        assertEquals(hash(get(c, "canonicalSha256Parsed")), r.computedSha256(), "computedSha256");
        if (get(parse, "accepted") == JsonValue.Bool.TRUE || r.rawSha256() != null) {
            assertEquals(hash(get(c, "canonicalSha256Raw")), r.rawSha256(), "rawSha256");
        }
        JsonValue verify = get(c, "verifyParsed");
        if (verify instanceof JsonValue.Bool b) {
            assertEquals(b.value(), r.valid(), () -> "verifyParsed; ours: " + r.integrity());
        }
    }

    private static String hash(JsonValue v) {
        return v instanceof JsonValue.Str s ? s.value() : null;
    }
}
