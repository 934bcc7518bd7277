package dev.runlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A library at schema version 3 gets each file's outcome and cost summary from its V003 gate and cost
 * rows when V004 is applied, equal to what the indexer writes on import, so the daily cost table does
 * not change and no file needs re-indexing.
 */
class MigrationV004Test {
    @TempDir
    Path dir;

    @Test
    void aVersion3LibraryGetsTheSameCostSummaryAsAFreshImport() throws Exception {
        Map<Long, List<String>> imported;
        List<DailyWorkflowCost> daily;
        try (Library lib = LibraryFixture.importAll(dir)) {
            imported = summaries(lib.db());
            daily = lib.dailyWorkflowCosts(Optional.empty(), Optional.empty());
            try (Statement s = lib.db().createStatement()) {
                s.execute("DROP INDEX bundles_daily_costs");
                s.execute("ALTER TABLE bundles DROP COLUMN outcome");
                s.execute("ALTER TABLE bundles DROP COLUMN cost_text");
                s.execute("DELETE FROM schema_version WHERE version = 4");
            }
            assertEquals(3, Migrations.current(lib.db()));
        }
        assertTrue(imported.values().stream().map(v -> v.get(0)).distinct().count() >= 3, "the samples end in several ways: " + imported);
        assertTrue(imported.values().stream().anyMatch(v -> v.get(1) != null), "the samples record costs");

        try (Library lib = Library.open(dir)) {
            assertEquals(Migrations.standard().latest(), Migrations.current(lib.db()));
            assertEquals(imported, summaries(lib.db()));
            assertEquals(daily, lib.dailyWorkflowCosts(Optional.empty(), Optional.empty()));
            assertTrue(lib.staleRuns().isEmpty(), "nothing to re-index");
            assertFalse(daily.isEmpty());
        }
    }

    private static Map<Long, List<String>> summaries(Connection db) {
        Map<Long, List<String>> out = new TreeMap<>();
        Queries.list(db, "SELECT id, outcome, cost_text FROM bundles", r -> out.put(r.getLong(1),
                Arrays.asList(r.getString(2), r.getString(3))));
        return out;
    }
}
