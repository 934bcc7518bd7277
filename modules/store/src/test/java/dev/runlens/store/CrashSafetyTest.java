package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Killing the importing process loses nothing already imported and leaves nothing half-imported. */
class CrashSafetyTest {
    private static final int FILES = 200;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAConsistentLibraryAndResumesToExactlyOnce() throws Exception {
        Path in = dir.resolve("in");
        Path libDir = dir.resolve("lib");
        List<Path> files = Samples.variants(in, FILES);
        Process child = startChild(in, libDir);
        try {
            waitForCommitted(libDir.resolve(Library.DB_FILE), 3, child);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (Library lib = Library.open(libDir)) {
            int before = lib.listRuns(RunFilter.ALL).size();
            assertTrue(before >= 3 && before < FILES, "killed mid-import: " + before + " imported");
            assertConsistent(lib);
            new Importer(lib).importAll(List.of(in), ImportProgress.NONE, () -> false);
            assertConsistent(lib);
            List<RunRow> rows = lib.listRuns(RunFilter.ALL);
            assertEquals(FILES, rows.size());
            Set<String> expected = new HashSet<>();
            for (Path f : files) expected.add(Blobs.sha(Files.readAllBytes(f)));
            assertEquals(expected, rows.stream().map(RunRow::fileSha).collect(Collectors.toSet()));
        }
    }

    private Process startChild(Path in, Path libDir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ImportMain.class.getName(), in.toString(), libDir.toString(), "10")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static void waitForCommitted(Path db, int atLeast, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the child ended before it was killed");
            if (Files.exists(db) && committed(db) >= atLeast) return;
            Thread.sleep(5);
        }
        throw new AssertionError("the child committed fewer than " + atLeast + " imports in 60 s");
    }

    private static int committed(Path db) {
        try (Connection c = Library.connect(db, true); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM bundles")) {
            return r.getInt(1);
        } catch (SQLException | StoreException e) {
            return 0; // not created or not migrated yet
        }
    }

    private static void assertConsistent(Library lib) throws Exception {
        assertEquals("ok", LibraryTest.scalar(lib.db(), "PRAGMA integrity_check"));
        for (RunRow row : lib.listRuns(RunFilter.ALL)) {
            Path blob = lib.blobs().path(row.fileSha());
            assertTrue(Files.exists(blob), "blob of " + row.sourcePath());
            byte[] bytes = Files.readAllBytes(blob);
            assertEquals(row.fileSha(), Blobs.sha(bytes));
            int trace = BundleModel.of(BundleReader.loader().read(row.sourcePath(), bytes)).trace().size();
            assertEquals(trace, row.eventCount(), row.sourcePath());
            assertEquals(String.valueOf(trace), LibraryTest.scalar(lib.db(),
                    "SELECT count(*) FROM events WHERE bundle_id = " + row.bundleId()));
        }
        try (Stream<Path> blobs = Files.walk(lib.folder().resolve("blobs"))) {
            for (Path b : blobs.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertEquals(b.getFileName().toString().replace(".json", ""), Blobs.sha(Files.readAllBytes(b)));
            }
        }
    }
}
