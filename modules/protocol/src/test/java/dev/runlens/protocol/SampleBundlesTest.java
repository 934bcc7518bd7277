package dev.runlens.protocol;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sample-bundles/}: every file gets the answers the reference runtime recorded in
 * {@code expected.json}; every negative fixture shows the failure it is named after; the realistic
 * runs (the app's default library) carry no error-severity finding.
 */
class SampleBundlesTest {
    private static final Path SAMPLES = ProjectFolder.sampleBundles();

    @TestFactory
    List<DynamicTest> everySampleGetsTheRuntimesRecordedAnswers() throws IOException {
        JsonValue expected = TestJson.read(SAMPLES.resolve("expected.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue entry : ((JsonValue.Arr) get(expected, "files")).items()) {
            String file = str(entry, "file");
            tests.add(DynamicTest.dynamicTest(file, () -> ReferenceAnswers.assertMatches(SAMPLES.resolve(file), entry)));
        }
        return tests;
    }

    @Test
    void expectedJsonCoversEverySampleFile() throws IOException {
        JsonValue expected = TestJson.read(SAMPLES.resolve("expected.json"));
        Set<String> listed = ((JsonValue.Arr) get(expected, "files")).items().stream()
                .map(e -> str(e, "file")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = new TreeSet<>();
        // negative/audit/: one fixture per audit finding code, pinned by modules/audit's AuditFixturesTest
        try (Stream<Path> s = Stream.of(SAMPLES, SAMPLES.resolve("negative"), SAMPLES.resolve("negative/audit"))
                .flatMap(SampleBundlesTest::list)) {
            s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("expected.json"))
                    .forEach(p -> present.add(SAMPLES.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(present, listed);
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).toList().stream() : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    List<DynamicTest> realisticRunsCarryNoErrorFinding() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("expected.json")).sorted()
                    .forEach(p -> tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        VerificationReport r = BundleReader.verifier().read(p).report();
                        assertTrue(r.valid(), () -> "not valid: " + r);
                        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
                        assertEquals(List.of(), errors);
                    })));
        }
        return tests;
    }

    /** Each negative fixture pinned to what it shows: rejection code or verdict, and the finding it must raise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            bom-prefixed.json,                                  INVALID_JSON,                 -
            deeply-nested-payload-5000.json,                    error,                        REFERENCE_CANNOT_HASH
            duplicate-key-gate-decision.json,                   valid,                        DUPLICATE_KEY
            empty-file.json,                                    INVALID_JSON,                 -
            engine-without-checkpoints-raw-hashed.json,         mismatch,                     RAW_HASH_ONLY
            field-added-in-stripped-position.json,              valid,                        RAW_HASH_DIFFERS
            integrity-hash-altered.json,                        mismatch,                     -
            integrity-mismatch-cost-digit.json,                 mismatch,                     -
            integrity-mismatch-event-removed.json,              mismatch,                     -
            integrity-missing.json,                             missing,                      -
            integrity-uppercase-hex.json,                       mismatch,                     DECLARED_HASH_NOT_CANONICAL
            invalid-utf8-in-payload.json,                       mismatch,                     INVALID_UTF8
            lone-surrogate-in-payload.json,                     valid,                        LONE_SURROGATE
            missing-protocol-version.json,                      UNSUPPORTED_PROTOCOL_VERSION, -
            non-finite-number-in-payload.json,                  valid,                        NON_FINITE_NUMBER
            not-json.json,                                      INVALID_JSON,                 -
            payload-hash-mismatch.json,                         valid,                        PAYLOAD_HASH_MISMATCH
            reserialized-number-spellings-tabs-crlf.json,       valid,                        -
            reserialized-reversed-keys-escaped-non-ascii.json,  valid,                        -
            schema-invalid-timestamp.json,                      INVALID_RUN_BUNDLE,           -
            schema-invalid-token-count.json,                    INVALID_RUN_BUNDLE,           -
            steps-without-defaults-raw-hashed.json,             mismatch,                     RAW_HASH_ONLY
            top-level-extra-field.json,                         valid,                        CONTENT_OUTSIDE_HASH
            truncated.json,                                     INVALID_JSON,                 -
            unknown-event-type.json,                            INVALID_RUN_BUNDLE,           -
            unknown-step-in-trace.json,                         valid,                        -
            unsafe-integer-in-payload.json,                     valid,                        UNSAFE_INTEGER
            unsupported-protocol-0.9.0.json,                    UNSUPPORTED_PROTOCOL_VERSION, -
            utf16le-with-bom.json,                              INVALID_JSON,                 -
            workflow-cycle.json,                                valid,                        -
            """)
    void negativeFixtureShowsTheFailureItIsNamedAfter(String file, String outcome, String finding) {
        VerificationReport r = BundleReader.verifier().read(SAMPLES.resolve("negative").resolve(file)).report();
        if (outcome.equals(outcome.toUpperCase())) {
            assertEquals(outcome, r.accepted() ? "accepted" : r.error().code());
        } else {
            assertTrue(r.accepted(), () -> "rejected: " + r.error());
            assertEquals(outcome, r.integrity().label());
        }
        if (!finding.equals("-")) {
            assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(finding)),
                    () -> "no " + finding + " among " + r.findings());
        }
    }

    @Test
    void everyNegativeFixtureIsPinned() throws Exception {
        String table = SampleBundlesTest.class.getDeclaredMethod("negativeFixtureShowsTheFailureItIsNamedAfter",
                String.class, String.class, String.class).getAnnotation(CsvSource.class).textBlock();
        try (Stream<Path> s = Files.list(SAMPLES.resolve("negative"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) { // negative/audit/ is pinned in modules/audit
                String name = p.getFileName().toString();
                assertTrue(table.contains(name + ","), name + " has no row in the pinning table");
            }
        }
    }
}
