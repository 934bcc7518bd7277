package dev.runlens.audit;

import dev.runlens.protocol.integrity.Severity;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clean realistic bundles — the sample set and every realistic run of the reference corpus —
 * produce no error-severity finding: what the runtime itself writes (patch pointers, fork
 * pointers, completed runs with unstarted steps, named checkpoints without requests) is graded
 * warning or note. User exports get the redaction code instead of payload-hash errors.
 */
class CleanBundlesTest {
    private static final Auditor AUDITOR = Auditor.standard();
    private static final Set<String> USER_EXPORTS = Set.of("p08b-customer-data-buildUserExportBundle-no-integrity.json",
            "p08c-customer-data-user-export-keepMetadata.json", "p08u-customer-data-user-profile-export.json");

    @TestFactory
    List<DynamicTest> realisticSamplesCarryNoErrorFinding() {
        return TestFiles.realisticSamples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertNoError(p))).toList();
    }

    @TestFactory
    List<DynamicTest> corpusRunsCarryNoErrorFinding() {
        Path corpus = SharedFolder.require("corpus");
        return TestFiles.jsonFiles(corpus).stream()
                .filter(p -> p.getFileName().toString().matches("p\\d.*") && !USER_EXPORTS.contains(p.getFileName().toString()))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertNoError(p))).toList();
    }

    private static void assertNoError(Path p) {
        AuditReport r = AUDITOR.audit(p);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    /** p08b is exported by buildUserExportBundle, which attaches no integrity: that stays an error. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            p08b-customer-data-buildUserExportBundle-no-integrity.json, INTEGRITY_MISSING
            p08c-customer-data-user-export-keepMetadata.json,           -
            p08u-customer-data-user-profile-export.json,                -
            """)
    void userExportsGetTheRedactionCodeInsteadOfPayloadHashErrors(String file, String onlyError) {
        AuditReport r = AUDITOR.audit(SharedFolder.require("corpus/" + file));
        assertTrue(r.codes().containsAll(Set.of("REDACTED_PAYLOAD_HASH_STALE", "USER_EXPORT")), r.codes()::toString);
        assertFalse(r.codes().contains("PAYLOAD_HASH_MISMATCH") || r.codes().contains("BYTE_LENGTH_MISMATCH"), r.codes()::toString);
        List<String> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(AuditFinding::code).toList();
        assertEquals(onlyError.equals("-") ? List.of() : List.of(onlyError), errors);
    }

    /** The full export of the same run is not mistaken for a user export. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            p08-customer-data-completed-full.json
            p18-vendor-due-diligence-40-steps.json
            p25-internal-reporting-completed.json
            """)
    void fullExportsAreNotUserExports(String file) {
        assertFalse(AUDITOR.audit(SharedFolder.require("corpus/" + file)).codes().contains("USER_EXPORT"));
    }
}
