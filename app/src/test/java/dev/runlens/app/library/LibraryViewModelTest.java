package dev.runlens.app.library;

import dev.runlens.store.ImportSource;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunSort;
import dev.runlens.store.WorkflowGroup;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryViewModelTest {
    private static final Path TAMPERED = ProjectFolder.sampleBundles().resolve("negative/integrity-mismatch-cost-digit.json");

    @TempDir
    Path dir;

    private final Map<LibraryViewModel.Choice, Path> chosen = new HashMap<>();
    private final List<String> opened = new ArrayList<>();
    private final List<Path> openedFiles = new ArrayList<>();
    private RunLibrary library;
    private LibraryViewModel model;

    private LibraryViewModel modelOn(TaskExecutor executor) {
        library = RunLibrary.open(dir.resolve("lib"), new Workbench(executor));
        model = new LibraryViewModel(library, executor, c -> Optional.ofNullable(chosen.get(c)), (file, source) -> {
            openedFiles.add(file);
            opened.add(source);
        }, ZoneOffset.UTC);
        return model;
    }

    private LibraryViewModel seeded() {
        modelOn(TaskExecutor.sameThread()).start(SampleSeeds.sources(), List.of());
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) model.close();
        if (library != null) library.close();
    }

    private int runs() {
        return model.groups().stream().mapToInt(g -> g.runs().size()).sum();
    }

    private LibraryRow run(String fileName) {
        return model.groups().stream().flatMap(g -> g.runs().stream()).filter(r -> r.name().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError(fileName + " is not listed"));
    }

    @Test
    void aNewLibraryIsSeededWithTheSampleRunsGroupedByWorkflow() {
        seeded();
        assertEquals(5, model.groups().size());
        assertEquals(14, runs());
        assertEquals("14 runs in 5 workflows", model.statusProperty().get());
        assertEquals("Adding the sample runs: 14 imported, 0 already there, 0 rejected.", model.reportProperty().get().headline());
        LibraryGroup claims = model.groups().stream().filter(g -> g.workflow().name().startsWith("First-notice-of-loss"))
                .findFirst().orElseThrow();
        assertEquals("First-notice-of-loss claims triage v4 (4)", claims.workflow().name());
        assertEquals("4 runs", claims.workflow().status());
        assertEquals(4, claims.runs().size());
        assertFalse(model.importingProperty().get());
    }

    @Test
    void runRowsShowTheRunsFigures() {
        seeded();
        LibraryRow digest = run("2026-09-01-meeting-digest-completed.json");
        assertEquals("2026-09-01 09:05", digest.started());
        assertEquals("completed", digest.status());
        assertEquals(IntegrityMark.VALID, digest.integrity());
        assertEquals("3", digest.steps());
        assertEquals("3.3 s", digest.duration());
        assertEquals("USD 0.001748", digest.cost());
        assertFalse(digest.secondCopy());
        LibraryRow vendor = run("2026-09-24-vendor-due-diligence-completed.json");
        assertTrue(vendor.cost().startsWith("EUR ") && vendor.cost().contains(" · USD "), vendor.cost());
        assertEquals("1", run("2026-09-17-claims-triage-pending-pause-before.json").pending());
    }

    @Test
    void seedingHappensOnceEvenAfterRunsAreRemoved() {
        seeded();
        model.groups().get(0).runs().forEach(r -> model.remove(r.bundleId()));
        int left = runs();
        assertTrue(left < 14);
        model.start(SampleSeeds.sources(), List.of());
        assertEquals(left, runs());
    }

    @Test
    void searchNarrowsTheRunsAndClearingBringsThemBack() {
        seeded();
        model.filters().search("vendor");
        assertTrue(model.groups().size() < 5, "vendor: " + model.groups().size());
        assertTrue(model.groups().stream().anyMatch(g -> g.workflow().name().startsWith("Third-party vendor")));
        model.filters().search("wf_vendor_due_diligence");
        assertEquals(1, model.groups().size());
        assertEquals("1 run in 1 workflow match", model.statusProperty().get());
        model.filters().search("invoice");
        assertTrue(runs() >= 3 && runs() < 14, "invoice: " + runs());
        model.filters().search("  ");
        assertEquals(14, runs());
    }

    @Test
    void filtersNarrowByStatusPendingFindingsAndDate() {
        seeded();
        model.filters().statuses(Set.of("running"));
        assertEquals(3, runs());
        assertTrue(model.groups().stream().flatMap(g -> g.runs().stream()).allMatch(r -> r.status().equals("running")));
        model.filters().statuses(Set.of());
        model.filters().pendingOnly(true);
        assertTrue(model.groups().stream().flatMap(g -> g.runs().stream()).allMatch(r -> !r.pending().isEmpty()));
        model.filters().pendingOnly(false);
        model.filters().findings(RunFilter.Findings.WARNINGS);
        assertTrue(model.groups().stream().flatMap(g -> g.runs().stream()).allMatch(r -> r.findings().contains("W")));
        model.filters().findings(RunFilter.Findings.ANY);
        model.filters().started(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 9));
        assertEquals(4, runs(), "09-01, 09-03, 09-08 and 09-09, both days included");
        model.filters().clear();
        assertEquals(14, runs());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            USD, abc, ,     'Cost: the minimum "abc" is not a number'
            USD, 0.5, 0.1,  'Cost: the maximum is below the minimum'
            USD, -1,  ,     'Cost: the minimum is negative'
            """)
    void aBadCostBoundIsRefusedAndTheFilterKept(String currency, String min, String max, String problem) {
        seeded();
        model.filters().cost(currency, min, max);
        assertEquals(problem, model.filters().problemProperty().get());
        assertEquals(RunFilter.ALL, model.filters().filterProperty().get());
        assertEquals(14, runs());
    }

    @Test
    void aCostRangeKeepsRunsWithThatCurrencyInRange() {
        seeded();
        model.filters().cost("eur", "0.005", "");
        assertEquals("", model.filters().problemProperty().get());
        assertTrue(runs() >= 1 && runs() < 14);
        assertTrue(model.groups().stream().flatMap(g -> g.runs().stream()).allMatch(r -> r.cost().contains("EUR")));
        assertEquals(List.of("EUR", "USD"), model.currencies());
    }

    @Test
    void sortingReordersTheRunsOfEachWorkflowAsTheLibraryDoes() {
        seeded();
        model.sortBy(RunSort.Key.TOKENS, false);
        List<WorkflowGroup> expected = library.runs(RunFilter.ALL, RunSort.by(RunSort.Key.TOKENS, false));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).runs().stream().map(r -> r.bundleId()).toList(),
                    model.groups().get(i).runs().stream().map(LibraryRow::bundleId).toList());
        }
        LibraryGroup contract = model.groups().stream().filter(g -> g.workflow().name().startsWith("Commercial")).findFirst().orElseThrow();
        List<Long> ascending = contract.runs().stream().map(r -> Long.parseLong(r.tokens().replace(",", ""))).toList();
        assertEquals(ascending.stream().sorted().toList(), ascending);
    }

    @Test
    void selectingARunOpensItsKeptOriginalNamedAfterItsSource() {
        seeded();
        LibraryRow r = run("2026-09-03-contract-review-completed.json");
        model.select(r.bundleId());
        assertEquals(List.of("sample-bundles/2026-09-03-contract-review-completed.json"), opened);
        assertEquals(library.original(r.bundleId()), openedFiles.get(0));
        assertTrue(Files.exists(openedFiles.get(0)));
        assertEquals(r.bundleId(), model.selectedProperty().get());
        assertTrue(model.copies().isEmpty());
    }

    @Test
    void anOpenedTamperedCopyIsFlaggedAndItsDifferencesListed() {
        seeded();
        chosen.put(LibraryViewModel.Choice.OPEN, TAMPERED);
        model.openWithDialog();
        assertEquals(List.of(TAMPERED.toString()), opened);
        LibraryRow t = run("integrity-mismatch-cost-digit.json");
        assertEquals(IntegrityMark.MISMATCH, t.integrity());
        assertTrue(t.secondCopy());
        assertTrue(run("2026-10-06-claims-triage-rework-completed.json").secondCopy());
        assertEquals(1, model.copies().size());
        CopyEntry copy = model.copies().get(0);
        assertTrue(copy.source().contains("2026-10-06-claims-triage-rework-completed.json"), copy.source());
        assertTrue(copy.summary().matches("\\d+ differences? \\(paths in the selected run\\)"), copy.summary());
        assertTrue(copy.differences().stream().anyMatch(d -> d.startsWith("changed") && d.contains("cost")), copy.differences().toString());
    }

    @Test
    void anImportReportNamesEachRejectedFileAndWhy() throws Exception {
        modelOn(TaskExecutor.sameThread());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(ProjectFolder.sampleBundles().resolve("2026-09-01-meeting-digest-completed.json"), in.resolve("ok.json"));
        Files.writeString(in.resolve("half.json"), "{\"run\": {");
        Path fakeZip = Files.writeString(dir.resolve("runs.zip"), "PK but not really");
        chosen.put(LibraryViewModel.Choice.IMPORT_FOLDER, in);
        chosen.put(LibraryViewModel.Choice.IMPORT_ZIP, fakeZip);

        model.importWithDialog(LibraryViewModel.Choice.IMPORT_FOLDER);
        ImportReport folder = model.reportProperty().get();
        assertEquals("Importing in: 1 imported, 0 already there, 1 rejected.", folder.headline());
        assertEquals(1, folder.problems().size());
        assertTrue(folder.problems().get(0).contains("half.json: Run bundle is not valid JSON"), folder.problems().get(0));

        model.importWithDialog(LibraryViewModel.Choice.IMPORT_ZIP);
        ImportReport zip = model.reportProperty().get();
        assertEquals("Importing runs.zip: 0 imported, 0 already there, 1 rejected.", zip.headline());
        assertTrue(zip.problems().get(0).startsWith(fakeZip + ": not a readable ZIP archive"), zip.problems().get(0));
        assertEquals(2, runs(), "the good file and the broken one, kept to show why");
        assertTrue(opened.isEmpty(), "importing opens nothing");
        model.dismissReport();
        assertNull(model.reportProperty().get());
    }

    @Test
    void anImportShowsProgressAndCanBeCancelled() {
        List<Double> fractions = new ArrayList<>();
        TaskExecutor executor = new TaskExecutor() {
            @Override
            public <T> Cancellable submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                          java.util.function.Consumer<Throwable> failed) {
                return TaskExecutor.sameThread().submit(work, ok, failed);
            }

            @Override
            public void report(Runnable update) {
                update.run();
                fractions.add(model.progressProperty().get());
                assertTrue(model.importingProperty().get());
                if (fractions.size() == 3) model.cancelImport();
            }
        };
        modelOn(executor);
        List<Path> samples = SampleSeeds.names().stream().map(n -> ProjectFolder.sampleBundles().resolve(n)).toList();
        model.importPaths(samples, false);
        assertEquals(3, fractions.size());
        assertTrue(fractions.get(0) > 0 && fractions.get(0) < fractions.get(2), fractions.toString());
        assertEquals("Importing 14 items cancelled after 3 files: 3 imported, 0 already there, 0 rejected.",
                model.reportProperty().get().headline());
        assertFalse(model.importingProperty().get());
        assertEquals(3, runs());
    }

    @Test
    void dropsOfFilesFoldersAndZipsAreImportedAndASingleFileOpened() throws Exception {
        modelOn(TaskExecutor.sameThread());
        Path folder = Files.createDirectories(dir.resolve("drop"));
        assertTrue(model.acceptsDrop(List.of(Path.of("notes.txt"), folder)));
        assertTrue(model.acceptsDrop(List.of(Path.of("runs.ZIP"))));
        assertFalse(model.acceptsDrop(List.of(Path.of("notes.txt"), Path.of("trace.json.gz"))));
        assertFalse(model.importDropped(List.of(Path.of("notes.txt"))));

        assertTrue(model.importDropped(List.of(Path.of("notes.txt"), TAMPERED)));
        assertEquals(List.of(TAMPERED.toString()), opened);
        assertEquals(1, runs());
    }

    @Test
    void importedFilesAreOfferedAsRecentAndReopened() {
        modelOn(TaskExecutor.sameThread());
        Path sample = ProjectFolder.sampleBundles().resolve("2026-09-01-meeting-digest-completed.json");
        chosen.put(LibraryViewModel.Choice.IMPORT_FILE, sample);
        model.importWithDialog(LibraryViewModel.Choice.IMPORT_FILE);
        assertEquals(List.of(sample.toAbsolutePath()), model.recentFiles());
        model.openRecent(sample);
        assertEquals(List.of(sample.toAbsolutePath().toString()), opened);
        assertEquals("Importing 2026-09-01-meeting-digest-completed.json: 0 imported, 1 already there, 0 rejected.",
                model.reportProperty().get().headline());
    }

    @Test
    void aCancelledChoiceImportsNothing() {
        modelOn(TaskExecutor.sameThread());
        model.openWithDialog();
        model.importWithDialog(LibraryViewModel.Choice.IMPORT_ZIP);
        assertNull(model.reportProperty().get());
        assertEquals(0, runs());
    }
}
