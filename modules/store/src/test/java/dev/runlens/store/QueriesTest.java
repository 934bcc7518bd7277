package dev.runlens.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

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
}
