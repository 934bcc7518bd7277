package dev.runlens.workbench;

import dev.runlens.costs.Money;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.store.DailyWorkflowCost;
import dev.runlens.store.ImportProgress;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.library.RunLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A library as a source of cost figures gives exactly what the same runs give as files, and its SQL daily table agrees. */
class LibraryCostsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;

    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());
    private RunLibrary library;

    static List<Path> samples() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void importSamples() {
        library = RunLibrary.open(dir.resolve("lib"), workbench);
        library.importPaths(samples(), ImportProgress.NONE, () -> false);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private RunSet files() {
        return workbench.loadRuns(List.of(ProjectFolder.sampleBundles()));
    }

    private RunSet fromLibrary() {
        return workbench.loadRuns(List.of(dir.resolve("lib")));
    }

    @Test
    void aLibraryFolderIsReadAsALibrary() {
        RunSet set = fromLibrary();
        assertEquals(List.of(new RunSet.Input(dir.resolve("lib"), RunSet.Kind.LIBRARY)), set.inputs());
        assertEquals(14, set.runs().size());
        assertTrue(set.runs().stream().allMatch(r -> r.bundleId() > 0 && r.integrity() == IntegrityVerdict.VALID));
        assertTrue(set.runs().stream().allMatch(r -> r.name().startsWith(ProjectFolder.sampleBundles().toAbsolutePath().toString())),
                "named by where they were imported from, not by blob");
        assertEquals(14, set.sources().get(0).runs());
    }

    @Test
    void costTablesEqualTheFileBasedOnesAtEveryBasis() throws Exception {
        for (RepriceMode mode : List.of(RepriceMode.RECORDED, RepriceMode.AS_OF, RepriceMode.TODAY)) {
            CostSettings s = new CostSettings(mode, List.of(), Optional.empty(), List.of(), List.of(), TODAY);
            for (Dimension d : List.of(Dimension.WORKFLOW, Dimension.MODEL, Dimension.STEP)) {
                CostReport a = workbench.costs(files(), s, d, Period.DAY, Optional.empty());
                CostReport b = workbench.costs(fromLibrary(), s, d, Period.DAY, Optional.empty());
                assertEquals(a.rows(), b.rows(), mode + " by " + d);
                assertEquals(a.total(), b.total());
                assertEquals(a.unpriced().size(), b.unpriced().size());
            }
        }
    }

    @Test
    void theWeeklyReviewEqualsTheFileBasedOne() throws Exception {
        IsoWeek w = IsoWeek.parse("2026-W41").orElseThrow();
        Review a = workbench.review(files(), CostSettings.recorded(TODAY), w, Optional.empty());
        Review b = workbench.review(fromLibrary(), CostSettings.recorded(TODAY), w, Optional.empty());
        assertEquals(a, b);
    }

    @Test
    void theSqlDailyTableEqualsTheFileBasedDailyCostPerWorkflow() throws Exception {
        CostReport expected = workbench.costs(files(), CostSettings.recorded(TODAY), Dimension.WORKFLOW, Period.DAY, Optional.empty());
        List<DailyWorkflowCost> sql = library.dailyWorkflowCosts(DateRange.ALL);
        assertEquals(expected.rows().size(), sql.size());
        for (int i = 0; i < sql.size(); i++) {
            CostRow e = expected.rows().get(i);
            DailyWorkflowCost a = sql.get(i);
            String where = e.period() + " " + e.key();
            assertEquals(e.period(), a.day().toString(), where);
            assertEquals(e.key(), a.workflowId(), where);
            assertEquals(e.version().orElse(null), a.workflowVersion(), where);
            assertEquals(e.runs(), a.runs(), where);
            for (RunOutcome o : RunOutcome.values()) assertEquals(e.outcomes().get(o), a.outcome(o.wire()), where + " " + o);
            assertEquals(e.receipts(), a.receipts(), where);
            assertEquals(e.unpriced(), a.unpricedReceipts(), where);
            assertEquals(exact(e.cost()), exact(new Money(a.cost())), where);
            assertEquals(exact(e.waste()), exact(new Money(a.waste())), where);
        }
        assertTrue(sql.stream().anyMatch(r -> r.cost().size() > 0 && r.cost().containsKey("EUR")), "the samples have EUR runs");
        assertTrue(sql.stream().anyMatch(r -> !r.waste().isEmpty()), "and waste");
    }

    @Test
    void aDateRangeLimitsBothPathsAlike() throws Exception {
        DateRange october = DateRange.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-14"));
        RunSet set = library.costRuns(october);
        assertEquals(List.of("2026-10-06", "2026-10-08", "2026-10-14"),
                set.bundles().stream().map(b -> b.run().startedAt().substring(0, 10)).toList());
        assertEquals(3, library.dailyWorkflowCosts(october).stream().mapToInt(DailyWorkflowCost::runs).sum());
        assertEquals(Optional.of(DateRange.of(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-27"))), library.span());
    }

    @Test
    void aSecondCopyOfARunCountsOnceAsItsOldestImport() throws Exception {
        Path tampered = ProjectFolder.sampleBundles().resolve("negative/integrity-mismatch-cost-digit.json");
        library.importPaths(List.of(tampered), ImportProgress.NONE, () -> false);
        RunSet set = fromLibrary();
        assertEquals(14, set.runs().size());
        assertTrue(set.runs().stream().allMatch(r -> r.integrity() == IntegrityVerdict.VALID), "the first import stands for the run");
        assertEquals(14, library.dailyWorkflowCosts(DateRange.ALL).stream().mapToInt(DailyWorkflowCost::runs).sum());
    }

    @Test
    void aFolderWithoutALibraryNamedAsOneIsUnusable() {
        RunSet set = workbench.loadRuns(List.of(), List.of(dir), DateRange.ALL);
        assertTrue(set.namedFileUnusable());
        assertFalse(set.skipped().isEmpty());
    }

    private static Map<String, BigDecimal> exact(Money m) {
        Map<String, BigDecimal> out = new TreeMap<>();
        m.amounts().forEach((c, a) -> out.put(c, a.stripTrailingZeros()));
        return out;
    }
}
