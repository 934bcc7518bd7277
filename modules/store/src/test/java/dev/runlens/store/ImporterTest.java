package dev.runlens.store;

import dev.runlens.store.ImportResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {
    @TempDir
    Path dir;

    private Library open() {
        return Library.open(dir.resolve("lib"));
    }

    @Test
    void everySampleIsImportedAcceptedWithItsOriginalKeptByteExact() throws Exception {
        try (Library lib = open()) {
            for (Path p : Samples.bundles()) {
                ImportResult r = new Importer(lib).importFile(p);
                assertEquals(Outcome.IMPORTED, r.outcome(), r.message());
                RunRow row = lib.bundle(r.bundleId()).orElseThrow();
                assertArrayEquals(Files.readAllBytes(p), lib.blobs().read(row.fileSha()));
                assertEquals("VALID", row.integrity(), p.toString());
                assertTrue(row.eventCount() > 0);
            }
            assertEquals(Samples.bundles().size(), lib.listRuns(RunFilter.ALL).size());
        }
    }

    @Test
    void reimportingTheSameBytesIsANoOp() {
        try (Library lib = open()) {
            Importer importer = new Importer(lib);
            Path p = Samples.bundles().get(0);
            ImportResult first = importer.importFile(p);
            ImportResult again = importer.importFile(p);
            assertEquals(Outcome.ALREADY_IMPORTED, again.outcome());
            assertEquals(first.bundleId(), again.bundleId());
            assertEquals(1, lib.listRuns(RunFilter.ALL).size());
        }
    }

    @Test
    void aDifferentFileWithTheSameRunIdIsKeptAsASecondCopyAndFlagged() throws Exception {
        List<Path> two = Samples.variants(dir.resolve("v"), 15); // v0000 and v0014 are the same sample
        try (Library lib = open()) {
            Importer importer = new Importer(lib);
            ImportResult a = importer.importFile(two.get(0));
            ImportResult b = importer.importFile(two.get(14));
            assertEquals(Outcome.IMPORTED, b.outcome());
            assertEquals(a.runId(), b.runId());
            assertTrue(b.hasOtherCopies());
            assertEquals(2, lib.copies(a.runId()));
            assertTrue(lib.hasOtherCopies(a.bundleId()));
            assertFalse(lib.hasOtherCopies(importer.importFile(two.get(1)).bundleId()));
        }
    }

    @Test
    void aRejectedFileIsRecordedWithItsError() {
        try (Library lib = open()) {
            ImportResult r = new Importer(lib).importFile(Samples.negative("not-json.json"));
            assertEquals(Outcome.IMPORTED_WITH_ERROR, r.outcome());
            RunRow row = lib.bundle(r.bundleId()).orElseThrow();
            assertFalse(row.accepted());
            assertEquals("INVALID_JSON", row.errorCode());
            assertFalse(r.message().isEmpty());
        }
    }

    @Test
    void anIntegrityMismatchIsAcceptedButIndexedAsMismatch() {
        try (Library lib = open()) {
            ImportResult r = new Importer(lib).importFile(Samples.negative("integrity-hash-altered.json"));
            RunRow row = lib.bundle(r.bundleId()).orElseThrow();
            assertFalse("VALID".equals(row.integrity()), row.integrity());
        }
    }

    @Test
    void aFolderImportReportsProgressAndStopsWhenCancelled() throws Exception {
        List<Path> files = Samples.variants(dir.resolve("v"), 10);
        try (Library lib = open()) {
            List<int[]> seen = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            ImportSummary s = new Importer(lib).importAll(List.of(dir.resolve("v")),
                    (f, total, b, bt) -> { seen.add(new int[] {f, total}); done.set(f); }, () -> done.get() >= 4);
            assertTrue(s.cancelled());
            assertEquals(4, s.results().size());
            assertEquals(10, seen.get(0)[1]);
            ImportSummary rest = new Importer(lib).importAll(List.of(dir.resolve("v")), ImportProgress.NONE, () -> false);
            assertEquals(4, rest.count(Outcome.ALREADY_IMPORTED));
            assertEquals(6, rest.count(Outcome.IMPORTED));
            assertEquals(files.size(), lib.listRuns(RunFilter.ALL).size());
        }
    }

    @Test
    void badInputIsReportedNamingTheFileAndLosesNothingElse() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.bundles().get(0), in.resolve("good.json"));
        Files.writeString(in.resolve("broken.json"), "{\"run\": ");
        Path fakeZip = Files.writeString(dir.resolve("fake.zip"), "not a zip");
        Path missing = dir.resolve("gone.json");
        try (Library lib = open()) {
            ImportSummary s = new Importer(lib).importAll(List.of(in, fakeZip, missing, Samples.bundles().get(1)),
                    ImportProgress.NONE, () -> false);
            assertEquals(2, s.count(Outcome.IMPORTED));
            ImportResult broken = s.results().stream().filter(r -> r.source().endsWith("broken.json")).findFirst().orElseThrow();
            assertEquals(Outcome.IMPORTED_WITH_ERROR, broken.outcome());
            assertTrue(broken.message().contains("not valid JSON"), broken.message());
            ImportResult zip = s.results().stream().filter(r -> r.source().equals(fakeZip.toString())).findFirst().orElseThrow();
            assertEquals(Outcome.FAILED, zip.outcome());
            assertTrue(zip.message().contains("ZIP"), zip.message());
            ImportResult gone = s.results().stream().filter(r -> r.source().equals(missing.toString())).findFirst().orElseThrow();
            assertEquals(Outcome.FAILED, gone.outcome());
            assertEquals("cannot be read: no such file", gone.message());
            assertEquals(3, lib.listRuns(RunFilter.ALL).size(), "both good files and the broken one (kept with its error)");
        }
    }
}
