package dev.runlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryStateTest {
    @TempDir
    Path dir;

    @Test
    void settingsPersistAcrossOpens() {
        try (Library lib = Library.open(dir)) {
            assertEquals(Optional.empty(), lib.setting("seeded"));
            lib.putSetting("seeded", "one");
            lib.putSetting("seeded", "two");
        }
        try (Library lib = Library.open(dir)) {
            assertEquals(Optional.of("two"), lib.setting("seeded"));
        }
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndCapped() {
        try (Library lib = Library.open(dir)) {
            IntStream.range(0, 12).forEach(i -> lib.rememberRecent("/runs/" + i + ".json"));
            lib.rememberRecent("/runs/5.json");
            List<String> recent = lib.recentFiles();
            assertEquals(LibraryState.RECENT_KEPT, recent.size());
            assertEquals("/runs/5.json", recent.get(0));
            assertEquals("/runs/11.json", recent.get(1));
            assertEquals(recent.size(), recent.stream().distinct().count());
        }
    }

    @Test
    void deletingARunRemovesItsRowsSearchTextAndOriginal() {
        try (Library lib = Library.open(dir)) {
            Path sample = Samples.bundles().get(2);
            ImportResult r = new Importer(lib).importFile(sample);
            RunRow row = lib.bundle(r.bundleId()).orElseThrow();
            String word = "invoice";
            assertFalse(lib.listRuns(RunFilter.ALL.withText(word)).isEmpty());
            lib.delete(row.bundleId());
            assertTrue(lib.listRuns(RunFilter.ALL).isEmpty());
            assertTrue(lib.search(word, 10).isEmpty());
            assertTrue(lib.listRuns(RunFilter.ALL.withText(word)).isEmpty());
            assertTrue(lib.receipts(row.bundleId()).isEmpty());
            assertFalse(Files.exists(lib.blobs().path(row.fileSha())));
            assertEquals(ImportResult.Outcome.IMPORTED, new Importer(lib).importFile(sample).outcome(), "it can come back");
        }
    }

    @Test
    void aReaderSeesWhatTheWriterCommitted() {
        try (Library writer = Library.open(dir); Library reader = Library.openReader(dir)) {
            assertTrue(reader.listRuns(RunFilter.ALL).isEmpty());
            new Importer(writer).importFile(Samples.bundles().get(0));
            assertEquals(1, reader.listRuns(RunFilter.ALL).size());
        }
    }
}
