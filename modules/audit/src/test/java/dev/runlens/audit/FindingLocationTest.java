package dev.runlens.audit;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings point at the right place in the file: the line (and column) where the value starts. */
class FindingLocationTest {
    private static final Auditor AUDITOR = Auditor.standard();

    private static String lineAt(Path file, String location) throws IOException {
        int line = Integer.parseInt(location.split(":")[0]);
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate-key.json               | DUPLICATE_KEY               | "decision": "rejected"
            dangling-edge.json               | DANGLING_EDGE               | "to": "escalate_siu"
            unknown-step.json                | UNKNOWN_STEP                | "stepId": "refer_to_siu"
            timestamp-outside-run.json       | TIMESTAMP_OUTSIDE_RUN       | "ts": "2026-10-06T10:04:08.000Z"
            engine-step-status-mismatch.json | ENGINE_STEP_STATUS_MISMATCH | "running"
            workflow-id-mismatch.json        | WORKFLOW_ID_MISMATCH        | "workflowVersion": 5
            non-finite-number.json           | NON_FINITE_NUMBER           | "upperBound": 1e400
            payload-hash-mismatch.json       | PAYLOAD_HASH_MISMATCH       | "payloadHash": "400880f1d64f51c7fcbd00fb30d2cdb6571ba06de977102dc3ec16df6a385937"
            stripped-field.json              | STRIPPED_FIELD              | "owner": "claims-ops@example.de"
            content-outside-hash.json        | CONTENT_OUTSIDE_HASH        | "exportedBy": {
            usage-total-mismatch.json        | USAGE_TOTAL_MISMATCH        | "totalTokens": 878
            mixed-currencies.json            | MIXED_CURRENCIES            | "currency": "EUR"
            patch-chain-mismatch.json        | PATCH_CHAIN_MISMATCH        | "data": {
            """)
    void theLocatedLineHoldsTheValue(String fixture, String code, String lineText) throws IOException {
        Path file = TestFiles.fixture(fixture);
        AuditFinding f = AUDITOR.audit(file).findings(code).get(0);
        assertFalse(f.location().isEmpty(), f::toString);
        assertEquals(lineText, lineAt(file, f.location()).strip().replaceAll(",$", ""), f::toString);
    }

    /** Every located finding of every fixture: the column is where its path's value (or, for reader notes, key) starts. */
    @Test
    void everyLocationStartsAtItsPathsValue() throws IOException {
        int checked = 0;
        for (Path file : TestFiles.jsonFiles(TestFiles.AUDIT_FIXTURES)) {
            for (AuditFinding f : AUDITOR.audit(file).findings()) {
                if (f.location().isEmpty() || f.path().isEmpty()) continue;
                String line = lineAt(file, f.location());
                int col = Integer.parseInt(f.location().split(":")[1]) - 1;
                JsonPath path = PathText.parse(f.path());
                String before = line.substring(0, col);
                String at = line.substring(col);
                boolean ok = path.lastKey() != null
                        ? before.endsWith("\"" + path.lastKey() + "\": ") || at.startsWith("\"" + path.lastKey() + "\"")
                        : before.isBlank() && !at.isBlank();
                assertTrue(ok, () -> f + " → " + line);
                checked++;
            }
        }
        assertTrue(checked > 40, "located findings checked: " + checked);
    }

    @Test
    void compactFilesAreLocatedByColumn() throws IOException {
        Path file = TestFiles.SAMPLES.resolve("2026-09-09-invoice-extraction-fork-completed.json");
        AuditFinding f = AUDITOR.audit(file).findings("PAYLOAD_HASH_CARRIED_OVER").get(0);
        String text = Files.readString(file);
        int col = Integer.parseInt(f.location().split(":")[1]);
        assertTrue(f.location().startsWith("1:"));
        assertTrue(text.startsWith("\"pointer\":{", col - 11) || text.startsWith("{", col - 1), f::toString);
    }

    @Test
    void aLoadedBundleIsLocatedOnlyWhenItsBytesAreGiven() throws IOException {
        Path file = TestFiles.fixture("dangling-edge.json");
        BundleReader.Loaded loaded = BundleReader.loader().read(file);
        List<AuditFinding> unlocated = AUDITOR.audit(loaded).findings();
        assertEquals("", unlocated.get(0).location());
        assertEquals(AUDITOR.audit(file).findings(), AUDITOR.audit(loaded, Files.readAllBytes(file)).findings());
    }

    /** A file read from memory locates its findings from the read's positions, reading only the values that hold them: the same findings, located the same. */
    @Test
    void findingsLocatedFromTheReadsPositionsAreTheOnesTheWholeFileGives() throws IOException {
        int withPositions = 0;
        List<Path> files = new java.util.ArrayList<>(TestFiles.jsonFiles(TestFiles.AUDIT_FIXTURES));
        files.addAll(TestFiles.jsonFiles(TestFiles.SAMPLES));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            BundleReader.Loaded fromMemory = BundleReader.loader().read(file.toString(), bytes);
            if (fromMemory.positions() != null) withPositions++;
            assertEquals(AUDITOR.audit(file).findings(), AUDITOR.audit(fromMemory, bytes).findings(), file::toString);
        }
        assertTrue(withPositions > 20, "files read from their bytes: " + withPositions);
    }
}
