package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.store.ImportResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipImportTest {
    @TempDir
    Path dir;

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path z = dir.resolve("runs.zip");
        try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return z;
    }

    private ImportSummary importZip(Path z, ImportLimits limits) {
        try (Library lib = Library.open(dir.resolve("lib"))) {
            return new Importer(lib, BundleReader.loader(), FindingsSource.STRICT, limits)
                    .importAll(List.of(z), ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void theJsonEntriesOfAZipAreImportedUnderArchiveBangEntry() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("runs/a.json", Files.readAllBytes(Samples.bundles().get(0)));
        m.put("runs/b.json", Files.readAllBytes(Samples.bundles().get(1)));
        m.put("readme.txt", "not a bundle".getBytes());
        ImportSummary s = importZip(zip(m), ImportLimits.DEFAULT);
        assertEquals(2, s.count(Outcome.IMPORTED));
        assertTrue(s.results().get(0).source().endsWith("runs.zip!/runs/a.json"), s.results().get(0).source());
    }

    @Test
    void anEntryNamingAPathOutsideTheArchiveIsRefused() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("../escape.json", Files.readAllBytes(Samples.bundles().get(0)));
        ImportResult r = importZip(zip(m), ImportLimits.DEFAULT).results().get(0);
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.message().contains("runs.zip!/../escape.json") && r.message().contains("unsafe"), r.message());
    }

    @Test
    void anEntryExpandingPastTheEntryLimitIsRefusedNamingIt() throws Exception {
        ImportResult r = importZip(zip(Map.of("bomb.json", new byte[1 << 20])), new ImportLimits(1000, 1L << 30, 10))
                .results().get(0);
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.message().contains("bomb.json") && r.message().contains("entry limit"), r.message());
    }

    @Test
    void anArchiveExpandingPastTheTotalLimitIsRefused() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) m.put("e" + i + ".json", new byte[1000]);
        ImportSummary s = importZip(zip(m), new ImportLimits(2000, 2500, 10));
        assertTrue(s.results().get(2).message().contains("archive limit"), s.results().get(2).message());
        assertEquals(3, s.count(Outcome.FAILED));
    }

    @Test
    void anArchiveWithTooManyEntriesIsRefusedNamingIt() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) m.put("e" + i + ".json", new byte[1]);
        ImportSummary s = importZip(zip(m), new ImportLimits(2000, 2500, 3));
        assertEquals(1, s.results().size());
        assertTrue(s.results().get(0).message().contains("runs.zip") && s.results().get(0).message().contains("entries"));
    }
}
