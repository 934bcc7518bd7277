package dev.runlens.protocol.integrity;

import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repeated key is read as {@code JSON.parse} reads it (last value wins) and reported as an
 * error-severity {@code DUPLICATE_KEY} finding, wherever it sits: a first-wins reader of the same
 * bytes would see other content than the hash covers.
 */
class DuplicateKeyFindingTest {
    private static final String RUN = "{\"id\":\"run_1\",\"workflowId\":\"wf\",\"workflowVersion\":1,\"workflowSnapshot\":{\"id\":\"wf\","
            + "\"version\":1,\"steps\":[{\"id\":\"a\",\"gatePolicy\":\"AUTO\",\"inputs\":[],\"outputs\":[]}],\"edges\":[]},"
            + "\"startedAt\":\"2025-01-01T00:00:00.000Z\",\"status\":\"running\"}";
    /** design/protocol.md example 1 with integrity attached. */
    private static final String SIGNED_TAIL = ",\"trace\":[],\"artifacts\":[],\"ruleSets\":[],"
            + "\"integrity\":{\"sha256\":\"648f78e453fb10079326de66f61c32de97ac1630327b7e1ff4f8adb9e2b74df4\"}}";

    @Test
    void duplicateKeyInsideATraceEventIsAFinding() {
        VerificationReport r = BundleReader.verifier()
                .read(SharedFolder.require("corpus/v-tampered-duplicate-key-first-differs.json")).report();
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("DUPLICATE_KEY") && f.path().equals("trace[69].decision")),
                () -> "findings: " + r.findings());
    }

    @Test
    void duplicateTopLevelMemberIsAFindingAlthoughTheLastOneVerifies() {
        String forged = RUN.replace("\"status\":\"running\"", "\"status\":\"completed\"");
        String text = "{\"protocolVersion\":\"1.0.0\",\"run\":" + forged + ",\"run\":" + RUN + SIGNED_TAIL;
        VerificationReport r = BundleReader.verifier().read("duplicate-run.json", text.getBytes(StandardCharsets.UTF_8)).report();
        assertEquals(IntegrityVerdict.VALID, r.integrity(), () -> "error " + r.error());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("DUPLICATE_KEY") && f.path().equals("run")),
                () -> "findings: " + r.findings());
        assertFalse(r.strictOk());
    }
}
