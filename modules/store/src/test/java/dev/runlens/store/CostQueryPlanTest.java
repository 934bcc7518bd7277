package dev.runlens.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily cost query reads index pages only (V004): on a large library the wide bundles rows lie
 * scattered between event pages, and reading them made the query several times slower (see the
 * costs bench in the README). SQLite's own plan says which structures a query touches.
 */
class CostQueryPlanTest {
    @TempDir
    static Path dir;
    static Library lib;

    @BeforeAll
    static void importSamples() {
        lib = Library.open(dir);
        new Importer(lib).importAll(Samples.bundles(), ImportProgress.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    @Test
    void everyTableTheDailyCostQueryReadsIsReadThroughACoveringIndex() {
        List<String> plan = Queries.list(lib.db(), "EXPLAIN QUERY PLAN " + CostQueries.DAILY, r -> r.getString(4), 0L, Long.MAX_VALUE);
        List<String> reads = plan.stream().filter(s -> s.startsWith("SCAN") || s.startsWith("SEARCH")).toList();
        assertFalse(reads.isEmpty(), "the plan names the tables it reads: " + plan);
        for (String alias : List.of("b", "o")) {
            assertTrue(reads.stream().anyMatch(s -> s.startsWith("SEARCH " + alias + " USING COVERING INDEX")),
                    alias + " is searched through a covering index: " + plan);
        }
        assertTrue(reads.stream().allMatch(s -> s.contains("COVERING INDEX")), "no table rows are read: " + plan);
    }

    @Test
    void theDailyCostsStillCountEveryAcceptedRunOnce() {
        int runs = lib.dailyWorkflowCosts(Optional.empty(), Optional.empty()).stream()
                .mapToInt(DailyWorkflowCost::runs).sum();
        long distinct = lib.listRuns(RunFilter.ALL).stream().filter(RunRow::accepted).map(RunRow::runId).filter(Objects::nonNull)
                .distinct().count();
        assertTrue(distinct > 0);
        assertEquals(distinct, runs);
    }
}
