package dev.runlens.workbench.library;

import dev.runlens.audit.AuditReport;
import dev.runlens.audit.Difference;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.Totals;
import dev.runlens.store.ImportResult;
import dev.runlens.store.ImportResult.Outcome;
import dev.runlens.store.ImportSource;
import dev.runlens.store.ImportProgress;
import dev.runlens.store.ImportSummary;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunSort;
import dev.runlens.store.RunStats;
import dev.runlens.store.WorkflowGroup;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLibraryTest {
    private static final String TAMPERED = "integrity-mismatch-cost-digit.json";

    @TempDir
    Path dir;

    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());
    private RunLibrary library;

    private RunLibrary open() {
        library = RunLibrary.open(dir.resolve("lib"), workbench);
        return library;
    }

    @AfterEach
    void close() {
        if (library != null) library.close();
    }

    private RunRow rowOf(Path file) {
        return library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).stream().flatMap(g -> g.runs().stream())
                .filter(r -> r.sourcePath().equals(file.toAbsolutePath().toString())).findFirst().orElseThrow();
    }

    @Test
    void importedRunsCountTheAuditorsFindings() {
        open().importPaths(LibrarySamples.runs(), ImportProgress.NONE, () -> false);
        long audited = 0;
        long strict = 0;
        for (Path p : LibrarySamples.runs()) {
            AuditReport audit = workbench.auditor().audit(p);
            RunStats s = rowOf(p).stats();
            assertEquals(audit.count(Severity.ERROR), s.errors(), p.toString());
            assertEquals(audit.count(Severity.WARNING), s.warnings(), p.toString());
            assertEquals(audit.count(Severity.NOTE), s.notes(), p.toString());
            audited += audit.findings().size();
            strict += workbench.verify(p).findings().size();
        }
        assertTrue(audited > strict, "the audit finds more than the strict checks: " + audited + " vs " + strict);
    }

    @Test
    void theLibrarysAggregatesAgreeWithReplay() {
        open().importPaths(LibrarySamples.runs(), ImportProgress.NONE, () -> false);
        for (Path p : LibrarySamples.runs()) {
            RunState end = Replay.of(workbench.open(p).model()).finalState();
            Totals t = end.spend().total();
            RunStats s = rowOf(p).stats();
            assertEquals(t.responses(), s.receipts(), p.toString());
            assertEquals(t.totalTokens(), s.totalTokens(), p.toString());
            assertEquals(t.inputTokens(), s.inputTokens(), p.toString());
            assertEquals(t.outputTokens(), s.outputTokens(), p.toString());
            assertEquals(t.cachedInputTokens(), s.cachedTokens(), p.toString());
            assertEquals(t.reasoningTokens(), s.reasoningTokens(), p.toString());
            assertEquals(t.cost().keySet(), s.cost().keySet(), p.toString());
            t.cost().forEach((c, amount) -> assertEquals(0, amount.compareTo(s.cost().get(c)), p + " " + c));
            assertEquals(end.pendingGates().size(), s.pendingGates(), p.toString());
            assertEquals(end.steps().size(), s.stepCount(), p.toString());
        }
    }

    @Test
    void runsAreListedByWorkflowAndFiltered() {
        open().importPaths(LibrarySamples.runs(), ImportProgress.NONE, () -> false);
        List<WorkflowGroup> groups = library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST);
        assertEquals(5, groups.size());
        assertEquals(LibrarySamples.runs().size(), groups.stream().mapToInt(WorkflowGroup::count).sum());
        List<WorkflowGroup> pending = library.runs(RunFilter.ALL.withPendingOnly(true), RunSort.NEWEST_FIRST);
        assertEquals(3, pending.stream().mapToInt(WorkflowGroup::count).sum(), "the three samples waiting at a gate");
    }

    @Test
    void samplesAreSeededOnceEvenAfterTheirRunsAreRemoved() {
        open();
        assertTrue(library.needsSeeding());
        ImportSummary first = library.seed(LibrarySamples.asSources(), ImportProgress.NONE, () -> false);
        assertEquals(LibrarySamples.runs().size(), first.count(Outcome.IMPORTED));
        assertFalse(library.needsSeeding());
        for (WorkflowGroup g : library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST)) g.runs().forEach(r -> library.remove(r.bundleId()));
        library.close();
        open();
        assertFalse(library.needsSeeding());
        assertTrue(library.seed(LibrarySamples.asSources(), ImportProgress.NONE, () -> false).results().isEmpty());
        assertTrue(library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).isEmpty());
    }

    @Test
    void carriedRunsImportOnceAndARemovedOneComesBack() {
        List<ImportSource> failed = LibrarySamples.asSources().stream().filter(s -> s.name().contains("invoice-extraction-failed")).toList();
        ImportResult first = open().importSources(failed, ImportProgress.NONE, () -> false).results().get(0);
        assertEquals(Outcome.IMPORTED, first.outcome());
        ImportResult again = library.importSources(failed, ImportProgress.NONE, () -> false).results().get(0);
        assertEquals(Outcome.ALREADY_IMPORTED, again.outcome());
        assertEquals(first.bundleId(), again.bundleId(), "the same bytes are the same run");
        library.remove(first.bundleId());
        ImportResult back = library.importSources(failed, ImportProgress.NONE, () -> false).results().get(0);
        assertEquals(Outcome.IMPORTED, back.outcome());
        assertEquals("sample-bundles/2026-09-08-invoice-extraction-failed.json", library.run(back.bundleId()).orElseThrow().sourcePath());
    }

    @Test
    void settingsAreKeptWithTheLibrary() {
        assertEquals(Optional.empty(), open().setting("welcome.dismissed"));
        library.putSetting("welcome.dismissed", "2026-11-23T00:00:00Z");
        library.putSetting("welcome.dismissed", "2026-11-24T00:00:00Z");
        library.close();
        assertEquals(Optional.of("2026-11-24T00:00:00Z"), open().setting("welcome.dismissed"), "the last value, after reopening");
    }

    @Test
    void aCancelledSeedingIsNotMarkedDone() {
        open().seed(LibrarySamples.asSources(), ImportProgress.NONE, () -> true);
        assertTrue(library.needsSeeding());
    }

    @Test
    void aRunIsInspectedFromItsKeptOriginalAndNamedAfterItsSource() throws Exception {
        Path sample = LibrarySamples.named("contract-review-completed");
        Path copy = Files.copy(sample, dir.resolve("elsewhere.json"));
        open().importPaths(List.of(copy), ImportProgress.NONE, () -> false);
        long id = rowOf(copy).bundleId();
        Files.delete(copy);

        Inspection i = library.inspect(id);
        assertEquals(copy.toString(), i.bundle().report().file());
        assertEquals(library.original(id), i.bundle().file());
        assertEquals(IntegrityVerdict.VALID, i.bundle().report().integrity());
        assertTrue(i.replay().isPresent());
        assertEquals(workbench.inspect(sample).audit().codes(), i.audit().codes());
    }

    @Test
    void aTamperedSecondCopyIsFlaggedAndItsDifferencesLocalised() {
        Path original = LibrarySamples.named("claims-triage-rework");
        Path tampered = LibrarySamples.negative(TAMPERED);
        open().importPaths(List.of(original, tampered), ImportProgress.NONE, () -> false);
        RunRow t = rowOf(tampered);
        assertTrue(t.hasOtherCopies());
        assertEquals("MISMATCH", t.integrity());
        assertEquals(List.of(rowOf(original).bundleId()), library.otherCopies(t.bundleId()).stream().map(RunRow::bundleId).toList());

        List<CopyComparison> cmp = library.compareWithOtherCopies(t.bundleId());
        assertEquals(1, cmp.size());
        List<Difference> diffs = cmp.get(0).differences();
        assertFalse(diffs.isEmpty());
        assertEquals(workbench.compare(tampered, original), diffs, "the same localisation as runlens compare");
        assertTrue(diffs.stream().anyMatch(d -> d.path().contains("cost")), diffs.toString());
    }

    @Test
    void anImportReportsProgressAndCanBeCancelledBetweenFiles() {
        List<Runnable> queued = new ArrayList<>();
        library = RunLibrary.open(dir.resolve("lib"), new Workbench(new TaskExecutor() {
            @Override
            public <T> Cancellable submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                          java.util.function.Consumer<Throwable> onFailure) {
                queued.add(() -> TaskExecutor.sameThread().submit(work, onSuccess, onFailure));
                return DONE;
            }
        }));
        List<Progress> seen = new ArrayList<>();
        AtomicReference<ImportSummary> done = new AtomicReference<>();
        ImportTask task = new ImportTask();
        library.importAsync(LibrarySamples.runs(), task, p -> {
            seen.add(p);
            if (p.filesDone() == 4) task.cancel();
        }, done::set, e -> { throw new AssertionError(e); });
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertNotNull(done.get());
        assertTrue(done.get().cancelled());
        assertEquals(4, done.get().results().size());
        assertEquals(LibrarySamples.runs().size(), seen.get(0).filesTotal());
        assertTrue(seen.get(seen.size() - 1).fraction() > 0);
        assertEquals(4, library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).stream().mapToInt(WorkflowGroup::count).sum());
    }

    @Test
    void aBadFileIsReportedByNameAndTheOthersAreImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(LibrarySamples.runs().get(0), folder.resolve("a.json"));
        Files.writeString(folder.resolve("b-broken.json"), "{\"protocolVersion\": \"1.0.0\", ");
        Files.copy(LibrarySamples.runs().get(1), folder.resolve("c.json"));
        ImportSummary s = open().importPaths(List.of(folder, dir.resolve("missing.json")), ImportProgress.NONE, () -> false);
        assertEquals(2, s.count(Outcome.IMPORTED));
        assertEquals(1, s.count(Outcome.IMPORTED_WITH_ERROR));
        assertEquals(1, s.count(Outcome.FAILED));
        assertTrue(s.results().stream().anyMatch(r -> r.source().endsWith("b-broken.json") && r.message().contains("JSON")));
        assertTrue(s.results().stream().anyMatch(r -> r.source().endsWith("missing.json") && r.message().contains("no such file")));
    }

    @Test
    void importedFilesBecomeRecentFiles() {
        Path a = LibrarySamples.runs().get(0);
        Path b = LibrarySamples.runs().get(1);
        open().importPaths(List.of(a), ImportProgress.NONE, () -> false);
        library.importPaths(List.of(b), ImportProgress.NONE, () -> false);
        assertEquals(List.of(b.toAbsolutePath(), a.toAbsolutePath()), library.recentFiles());
    }

    @Test
    void runsAnOlderRunLensIndexedAreReindexedWithTheAuditorsFindings() throws Exception {
        open().importPaths(LibrarySamples.runs(), ImportProgress.NONE, () -> false);
        RunStats before = rowOf(LibrarySamples.named("contract-review-completed")).stats();
        library.close();
        try (java.sql.Connection db = dev.runlens.store.Library.connect(dir.resolve("lib").resolve("library.db"), false);
             java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE bundles SET index_version = 0, warning_count = 0, note_count = 0");
        }
        open();
        assertTrue(library.needsReindex());
        assertFalse(rowOf(LibrarySamples.named("contract-review-completed")).indexed());
        ImportSummary s = library.reindex(ImportProgress.NONE, () -> false);
        assertEquals(LibrarySamples.runs().size(), s.count(Outcome.IMPORTED));
        assertFalse(library.needsReindex());
        assertEquals(before, rowOf(LibrarySamples.named("contract-review-completed")).stats());
    }

    @Test
    void costsStayPerCurrency() {
        open().importPaths(List.of(LibrarySamples.named("vendor-due-diligence")), ImportProgress.NONE, () -> false);
        RunRow r = rowOf(LibrarySamples.named("vendor-due-diligence"));
        assertEquals(List.of("EUR", "USD"), List.copyOf(r.stats().cost().keySet()));
        assertTrue(r.stats().cost().values().stream().allMatch(v -> v.compareTo(BigDecimal.ZERO) > 0));
        assertEquals(List.of("EUR", "USD"), library.currencies());
    }
}
