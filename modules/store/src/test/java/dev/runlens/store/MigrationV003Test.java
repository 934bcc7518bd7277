package dev.runlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A library written at schema version 2 (rows as the V002 indexer wrote them) opens, gets the V003
 * columns marked for re-index, and re-indexing from the kept originals gives exactly what a fresh
 * import gives.
 */
class MigrationV003Test {
    private static final String V002_BUNDLE_COLUMNS = "id, file_sha, bytes, source_path, imported_at, accepted, error_code,"
            + " error_message, integrity, declared_sha, computed_sha, run_id, workflow_id, workflow_version, workflow_title,"
            + " status, started_at, ended_at, event_count";

    @TempDir
    Path dir;

    @Test
    void aVersion2LibraryIsMigratedMarkedStaleAndReindexedToWhatAFreshImportGives() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path old = dir.resolve("old");
        try (Library lib = LibraryFixture.importAll(fresh)) {
            assertTrue(lib.staleRuns().isEmpty());
        }
        writeVersion2Copy(fresh, old);

        try (Library lib = Library.open(old)) {
            assertEquals(Migrations.standard().latest(), Migrations.current(lib.db()));
            List<RunRow> stale = lib.staleRuns();
            assertEquals(Samples.bundles().size() + 2, stale.size());
            assertTrue(stale.stream().noneMatch(RunRow::indexed));
            assertTrue(stale.stream().allMatch(r -> r.stats().equals(RunStats.NONE)), "no aggregates before re-indexing");

            ImportSummary s = new Importer(lib).reindex(ImportProgress.NONE, () -> false);
            assertEquals(stale.size(), s.results().size());
            assertEquals(1, s.count(ImportResult.Outcome.IMPORTED_WITH_ERROR), "the file that is not JSON");
            assertTrue(lib.staleRuns().isEmpty());

            try (Library reference = Library.open(fresh)) {
                assertSameIndex(reference, lib);
            }
        }
    }

    @Test
    void reindexingCanBeCancelledAndResumed() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path old = dir.resolve("old");
        LibraryFixture.importAll(fresh).close();
        writeVersion2Copy(fresh, old);
        try (Library lib = Library.open(old)) {
            int[] done = {0};
            ImportSummary first = new Importer(lib).reindex((f, t, b, bt) -> done[0] = f, () -> done[0] >= 3);
            assertTrue(first.cancelled());
            assertEquals(3, first.results().size());
            assertEquals(Samples.bundles().size() - 1, lib.staleRuns().size());
            new Importer(lib).reindex(ImportProgress.NONE, () -> false);
            assertTrue(lib.staleRuns().isEmpty());
        }
    }

    /** A library at schema version 2 holding the same files, rows copied column by column as V002 had them. */
    private static void writeVersion2Copy(Path fresh, Path old) throws Exception {
        Library.open(old, new Migrations(List.of("V001__init.sql", "V002__search.sql"))).close();
        try (Connection db = Library.connect(old.resolve(Library.DB_FILE), false); Statement s = db.createStatement()) {
            s.execute("ATTACH DATABASE '" + fresh.resolve(Library.DB_FILE).toAbsolutePath().toString().replace("'", "''") + "' AS f");
            s.execute("INSERT INTO bundles (" + V002_BUNDLE_COLUMNS + ") SELECT " + V002_BUNDLE_COLUMNS + " FROM f.bundles");
            s.execute("INSERT INTO events SELECT * FROM f.events");
            s.execute("INSERT INTO findings SELECT * FROM f.findings");
            s.execute("INSERT INTO event_text (text, bundle_id, event_id) SELECT text, bundle_id, event_id FROM f.event_text");
        }
        copyTree(fresh.resolve("blobs"), old.resolve("blobs"));
    }

    private static void assertSameIndex(Library expected, Library actual) {
        Map<String, RunRow> want = bySource(expected.listRuns(RunFilter.ALL));
        Map<String, RunRow> got = bySource(actual.listRuns(RunFilter.ALL));
        assertEquals(want.keySet(), got.keySet());
        for (String source : want.keySet()) {
            RunRow w = want.get(source);
            RunRow g = got.get(source);
            assertEquals(w.stats(), g.stats(), source);
            assertEquals(w.startedEpochMs(), g.startedEpochMs(), source);
            assertEquals(expected.receipts(w.bundleId()), actual.receipts(g.bundleId()), source);
            assertEquals(expected.gates(w.bundleId()), actual.gates(g.bundleId()), source);
            assertEquals(expected.artifacts(w.bundleId()), actual.artifacts(g.bundleId()), source);
            assertEquals(expected.findings(w.bundleId()), actual.findings(g.bundleId()), source);
        }
        for (String word : List.of("invoice", "vendor", "claims")) {
            assertEquals(expected.search(word, 1000).size(), actual.search(word, 1000).size(), "search text is not doubled");
            assertEquals(expected.listRuns(RunFilter.ALL.withText(word)).size(), actual.listRuns(RunFilter.ALL.withText(word)).size());
        }
        assertEquals(expected.dailyWorkflowCosts(Optional.empty(), Optional.empty()),
                actual.dailyWorkflowCosts(Optional.empty(), Optional.empty()), "the V004 cost summary is rewritten on re-index");
        assertFalse(actual.currencies().isEmpty());
    }

    private static Map<String, RunRow> bySource(List<RunRow> rows) {
        return rows.stream().collect(Collectors.toMap(RunRow::sourcePath, Function.identity()));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }
}
