package dev.runlens.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueriesTest {
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
    void runsCanBeListedByWorkflowAndStatus() {
        List<RunRow> all = lib.listRuns(RunFilter.ALL);
        RunRow any = all.get(0);
        List<RunRow> same = lib.listRuns(RunFilter.ALL.withWorkflow(any.workflowId()));
        assertTrue(same.size() >= 1 && same.size() < all.size());
        assertTrue(same.stream().allMatch(r -> r.workflowId().equals(any.workflowId())));
        assertTrue(lib.listRuns(RunFilter.ALL.withStatus("failed")).stream().allMatch(r -> r.status().equals("failed")));
        assertFalse(lib.listRuns(RunFilter.ALL.withStatus("completed")).isEmpty());
    }

    @Test
    void fullTextSearchFindsRunAndEventIds() {
        assertTrue(lib.search("", 10).isEmpty());
        // the tool names recorded in the samples are payload text too
        List<SearchHit> hits = lib.search("invoice", 50);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.runId() != null && h.eventId() != null));
    }

    @Test
    void userTextIsNeverFtsSyntax() {
        lib.search("\"unbalanced AND ( OR *", 10);
    }

    @Test
    void pendingGatesAreCountedPerRun() {
        int pending = lib.listRuns(RunFilter.ALL).stream().filter(r -> r.sourcePath().contains("pending"))
                .mapToInt(r -> lib.pendingGates(r.bundleId())).sum();
        assertTrue(pending > 0, "the pending samples wait on a gate");
        RunRow done = lib.listRuns(RunFilter.ALL.withStatus("completed")).get(0);
        assertEquals(0, lib.pendingGates(done.bundleId()));
    }

    /**
     * The daily cost query reads index pages only (V004): on a large library the wide bundles rows lie
     * scattered between event pages, and reading them made the query several times slower (see the
     * costs bench in the README). SQLite's own plan says which structures a query touches.
     */
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
