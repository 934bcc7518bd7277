package dev.runlens.audit;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.FindingCode;
import dev.runlens.protocol.integrity.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor's configuration and report shape. */
class AuditorTest {

    @Test
    void suppressedCodesAreNotReported() {
        Auditor a = Auditor.builder().suppress(FindingCatalog.STEP_RETRIED).build();
        assertEquals(Set.of(), a.audit(TestFiles.fixture("step-retried.json")).codes());
    }

    @Test
    void onlyTheChosenGroupsRun() {
        Auditor receipts = Auditor.builder().checks(Group.RECEIPTS).build();
        assertEquals(Set.of(), receipts.audit(TestFiles.fixture("dangling-edge.json")).codes());
        assertEquals(Set.of("MIXED_CURRENCIES"), receipts.audit(TestFiles.fixture("mixed-currencies.json")).codes());
        Auditor integrity = Auditor.builder().checks(Group.INTEGRITY).build();
        assertEquals(Set.of("INTEGRITY_MISSING"), integrity.audit(TestFiles.fixture("integrity-missing.json")).codes());
        Auditor artifacts = Auditor.builder().checks(Group.ARTIFACTS).build();
        assertEquals(Set.of("PAYLOAD_HASH_MISMATCH"), artifacts.audit(TestFiles.fixture("payload-hash-mismatch.json")).codes(),
                "pointer findings come from the reader but belong to the artifacts group");
    }

    @Test
    void theRetryThresholdDecidesWhenRetriesAreReported() {
        Path threeFailures = TestFiles.fixture("step-retried.json");
        assertTrue(Auditor.builder().retryThreshold(3).build().audit(threeFailures).codes().contains("STEP_RETRIED"));
        assertFalse(Auditor.builder().retryThreshold(4).build().audit(threeFailures).codes().contains("STEP_RETRIED"));
        Path oneRateLimit = TestFiles.SAMPLES.resolve("2026-09-03-contract-review-completed.json");
        assertFalse(Auditor.standard().audit(oneRateLimit).codes().contains("STEP_RETRIED"));
        List<AuditFinding> f = Auditor.builder().retryThreshold(1).build().audit(oneRateLimit).findings("STEP_RETRIED");
        assertEquals("review_liability", f.get(0).target().stepId().orElseThrow());
    }

    @Test
    void clockSkewWithinTheToleranceIsNotReported() {
        Auditor tolerant = Auditor.builder().clockSkewTolerance(Duration.ofSeconds(2)).build();
        assertEquals(Set.of(), tolerant.audit(TestFiles.fixture("timestamp-backwards.json")).codes()); // 1.5 s back
        assertEquals(Set.of(), tolerant.audit(TestFiles.fixture("timestamp-outside-run.json")).codes()); // 2 s early
        Auditor strict = Auditor.builder().clockSkewTolerance(Duration.ofMillis(1499)).build();
        assertEquals(Set.of("TIMESTAMP_BACKWARDS"), strict.audit(TestFiles.fixture("timestamp-backwards.json")).codes());
    }

    /** A step missing from engine.stepStatus rehydrates as pending: wrong when the trace completed it. */
    @Test
    void anEngineThatForgetsAStepDisagreesWithTheTrace() throws Exception {
        String text = Files.readString(TestFiles.FIXTURE_BASE);
        String entry = "[\n        \"notify_handler\",\n        \"completed\"\n      ]";
        int at = text.indexOf(entry);
        assertTrue(at > 0, "engine entry found");
        byte[] bytes = (text.substring(0, text.lastIndexOf(',', at)) + text.substring(at + entry.length()))
                .getBytes(StandardCharsets.UTF_8);
        AuditReport r = Auditor.standard().audit(BundleReader.loader().read("edited", bytes), bytes);
        AuditFinding f = r.findings("ENGINE_STEP_STATUS_MISMATCH").get(0);
        assertEquals("engine.stepStatus", f.path());
        assertEquals("notify_handler", f.target().stepId().orElseThrow());
        assertFalse(f.location().isEmpty());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Auditor.builder().retryThreshold(0).build());
        assertThrows(IllegalArgumentException.class, () -> Auditor.builder().clockSkewTolerance(Duration.ofSeconds(-1)).build());
    }

    @Test
    void findingsComeMostSevereFirstAndTheWorstGradeIsKnown() {
        AuditReport r = Auditor.standard().audit(TestFiles.fixture("declared-hash-not-canonical.json"));
        assertEquals(List.of(Severity.ERROR, Severity.NOTE), r.findings().stream().map(AuditFinding::severity).toList());
        assertEquals(Severity.ERROR, r.worst().orElseThrow());
        assertFalse(r.ok());
        AuditReport clean = Auditor.standard().audit(TestFiles.FIXTURE_BASE);
        assertTrue(clean.ok() && clean.worst().isEmpty());
    }

    @Test
    void findingsPointAtTheirEventStepOrArtifact() {
        AuditFinding gate = Auditor.standard().audit(TestFiles.fixture("gate-resolved-without-request.json")).findings().get(0);
        assertEquals(63, gate.target().eventIndex().orElseThrow());
        assertEquals("notify_handler", gate.target().stepId().orElseThrow());
        AuditFinding payload = Auditor.standard().audit(TestFiles.fixture("payload-hash-mismatch.json")).findings().get(0);
        assertEquals("claim.coverage", payload.target().artifactKey().orElseThrow());
        assertEquals(1, payload.target().artifactVersion().orElseThrow());
    }

    @Test
    void aFileThatIsNotJsonIsRejectedWithItsPlace() {
        AuditReport r = Auditor.standard().audit(TestFiles.SAMPLES.resolve("negative/truncated.json"));
        assertEquals(Set.of("BUNDLE_REJECTED"), r.codes());
        assertTrue(r.findings().get(0).location().matches("1:\\d+"), r.findings()::toString);
        AuditReport missing = Auditor.standard().audit(TestFiles.SAMPLES.resolve("no-such-file.json"));
        assertTrue(missing.findings().get(0).message().startsWith("IO_ERROR"));
    }

    @Test
    void aRejectedFileIsStillAuditedAsFarAsItCanBeRead() {
        AuditReport r = Auditor.standard().audit(TestFiles.SAMPLES.resolve("negative/workflow-cycle.json"));
        assertTrue(r.codes().contains("WORKFLOW_CYCLE"));
        AuditReport unknownEvent = Auditor.standard().audit(TestFiles.fixture("bundle-rejected.json"));
        assertEquals(Set.of("BUNDLE_REJECTED"), unknownEvent.codes(), "the unknown event is kept (lenient model): nothing shifts");
    }

    @Test
    void theStrictReadersCodesKeepTheirNamesAndGrades() {
        for (FindingCode c : FindingCode.values()) {
            FindingCatalog entry = FindingCatalog.find(c.name()).orElseThrow(() -> new AssertionError(c + " missing"));
            assertEquals(c.severity(), entry.severity(), c.name());
        }
    }

    @Test
    void everyCatalogEntryIsDocumented() {
        for (FindingCatalog c : FindingCatalog.values()) {
            assertFalse(c.title().isBlank(), c.name());
            assertTrue(c.explanation().length() > 80 && c.explanation().endsWith("."), c.name());
            assertTrue(c.fixtureName().matches("[a-z0-9-]+\\.json"), c.name());
        }
        Set<String> titles = Arrays.stream(FindingCatalog.values()).map(FindingCatalog::title).collect(Collectors.toSet());
        assertEquals(FindingCatalog.values().length, titles.size(), "titles are distinct");
    }
}
