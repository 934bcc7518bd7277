package dev.runlens.workbench;

import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.model.UnknownEvent;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchTest {
    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());

    @Test
    void openGivesReportTreesAndTypedModel() {
        Path f = ProjectFolder.sampleBundles().resolve("2026-09-03-contract-review-completed.json");
        Workbench.OpenedBundle b = workbench.open(f);
        assertEquals(IntegrityVerdict.VALID, b.report().integrity());
        assertNotNull(b.normalizedTree());
        assertEquals(b.report().file(), f.toString());
        assertTrue(b.model().trace().size() > 50, "a realistic run has a long trace");
        assertEquals(12, b.model().run().workflowSnapshot().steps().size(), "the 12-step contract review");
    }

    @Test
    void aRejectedBundleStillOpensLenientlyForDisplay() {
        Workbench.OpenedBundle b = workbench.open(SharedFolder.require("corpus/v-invalid-unknown-event-type.json"));
        assertEquals("INVALID_RUN_BUNDLE", b.report().error().code());
        assertNull(b.normalizedTree());
        assertTrue(b.model().trace().get(52) instanceof UnknownEvent);
    }

    @Test
    void notJsonHasNoModel() {
        Workbench.OpenedBundle b = workbench.open(SharedFolder.require("corpus/v-invalid-truncated.json"));
        assertNull(b.model());
        assertEquals("INVALID_JSON", b.report().error().code());
    }

    @Test
    void verifyAllReportsEachFileInOrder() {
        List<String> codes = new ArrayList<>();
        workbench.verifyAll(List.of(SharedFolder.require("corpus/p17-meeting-digest-minimal.json"),
                SharedFolder.require("corpus/v-tampered-cost-digit.json")), r -> codes.add(r.integrity().label()));
        assertEquals(List.of("valid", "mismatch"), codes);
    }

    @Test
    void asyncVerifyDeliversThroughTheExecutor() {
        AtomicReference<VerificationReport> got = new AtomicReference<>();
        workbench.verifyAsync(SharedFolder.require("corpus/p17-meeting-digest-minimal.json"), got::set, e -> { });
        assertEquals(IntegrityVerdict.VALID, got.get().integrity());
    }

    @Test
    void canonicalOfABundleHashesToItsComputedSha(@TempDir Path dir) throws Exception {
        Path f = ProjectFolder.sampleBundles().resolve("2026-09-01-meeting-digest-completed.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbench.canonical(f, Workbench.CanonicalMode.HASHED, out::write);
        assertEquals(workbench.verify(f).computedSha256(), dev.runlens.protocol.integrity.Sha256.hex(out.toByteArray()));
        Path bad = Files.writeString(dir.resolve("bad.json"), "[1,");
        CanonicalFormException e = assertThrows(CanonicalFormException.class,
                () -> workbench.canonical(bad, Workbench.CanonicalMode.DOCUMENT, out::write));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("line 1"), e.getMessage());
    }
}
