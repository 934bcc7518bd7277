package dev.runlens.app.welcome;

import dev.runlens.app.ManualTaskExecutor;
import dev.runlens.app.run.RunTab;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
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
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatsHereViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Opened> opened = new ArrayList<>();
    private int refreshes;
    private RunLibrary library;

    private record Opened(long bundleId, RunTab tab, String step) {}

    @AfterEach
    void close() {
        if (library != null) library.close();
    }

    private WhatsHereViewModel model(TaskExecutor executor) {
        if (library == null) library = RunLibrary.open(dir.resolve("library"), new Workbench(TaskExecutor.sameThread()));
        return new WhatsHereViewModel(library, executor, (id, tab, step) -> opened.add(new Opened(id, tab, step)), () -> refreshes++, CLOCK);
    }

    private List<RunRow> rows() {
        return library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).stream().map(WorkflowGroup::runs).flatMap(List::stream).toList();
    }

    @Test
    void aNewLibraryShowsThePanel() {
        WhatsHereViewModel m = model(TaskExecutor.sameThread());
        assertFalse(m.showingProperty().get());
        m.start();
        assertTrue(m.showingProperty().get());
    }

    @Test
    void aDismissedPanelStaysDismissedOnTheNextStartUntilHelpShowsIt() {
        WhatsHereViewModel first = model(TaskExecutor.sameThread());
        first.start();
        first.dismiss();
        assertFalse(first.showingProperty().get());
        assertEquals(Optional.of("2026-11-23T10:15:00Z"), library.setting(WhatsHereViewModel.DISMISSED_KEY));
        library.close();
        library = null;

        WhatsHereViewModel next = model(TaskExecutor.sameThread());
        next.start();
        assertFalse(next.showingProperty().get(), "remembered by the library");
        next.show();
        assertTrue(next.showingProperty().get());
    }

    @Test
    void theTamperedTryoutImportsTheCopyBesideItsOriginalAndOpensItsOverview() throws Exception {
        WhatsHereViewModel m = model(TaskExecutor.sameThread());
        m.open(Tryout.TAMPERED);

        assertEquals(1, opened.size());
        assertEquals(RunTab.OVERVIEW, opened.get(0).tab());
        RunRow run = library.run(opened.get(0).bundleId()).orElseThrow();
        assertEquals("sample-bundles/negative/integrity-mismatch-cost-digit.json", run.sourcePath());
        assertEquals("MISMATCH", run.integrity());
        assertTrue(run.hasOtherCopies(), "the original rework run is its other copy");
        assertArrayEquals(Files.readAllBytes(ProjectFolder.sampleBundles().resolve("negative/integrity-mismatch-cost-digit.json")),
                Files.readAllBytes(library.original(run)), "the packaged copy is the negative sample byte for byte");
        assertEquals(1, refreshes, "the library list is refreshed to show the new runs");
        assertNull(m.openingProperty().get());
    }

    @ParameterizedTest
    @EnumSource(Tryout.class)
    void eachTryoutOpensItsRunAtItsTab(Tryout t) {
        model(TaskExecutor.sameThread()).open(t);
        RunRow run = library.run(opened.get(0).bundleId()).orElseThrow();
        assertEquals("sample-bundles/" + t.files().get(t.files().size() - 1), run.sourcePath());
        assertEquals(t.tab(), opened.get(0).tab());
        assertNull(opened.get(0).step());
    }

    @Test
    void aSeededRunIsFoundNotCopiedAndARemovedOneComesBack() {
        WhatsHereViewModel m = model(TaskExecutor.sameThread());
        m.open(Tryout.FAILED_REPLAY);
        m.open(Tryout.FAILED_REPLAY);
        assertEquals(opened.get(0).bundleId(), opened.get(1).bundleId());
        assertEquals(1, rows().size());

        library.remove(opened.get(1).bundleId());
        m.open(Tryout.FAILED_REPLAY);
        assertEquals(1, rows().size());
        assertEquals(rows().get(0).bundleId(), opened.get(2).bundleId());
    }

    @Test
    void theCostsTryoutOpensTheFortyStepRunOnItsDag() {
        model(TaskExecutor.sameThread()).open(Tryout.COSTS);
        RunRow run = library.run(opened.get(0).bundleId()).orElseThrow();
        assertEquals(40, run.stats().stepCount(), "the 40-step vendor due diligence run");
        assertEquals(RunTab.DAG, opened.get(0).tab());
    }

    @Test
    void onlyTheNewestRequestOpensARun() throws Exception {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        WhatsHereViewModel m = model(executor);
        m.open(Tryout.COSTS);
        m.open(Tryout.FAILED_REPLAY);
        assertEquals(Tryout.FAILED_REPLAY, m.openingProperty().get());
        executor.task(1).complete();
        executor.task(0).complete();
        assertEquals(1, opened.size());
        assertEquals(RunTab.REPLAY, opened.get(0).tab());
        assertNull(m.openingProperty().get());
    }

    @Test
    void aFailureIsShownAndNothingOpens() {
        WhatsHereViewModel m = model(TaskExecutor.sameThread());
        library.close();
        m.open(Tryout.COSTS);
        assertTrue(opened.isEmpty());
        assertTrue(m.statusProperty().get().startsWith("Cannot open \"See where the money went\""), m.statusProperty().get());
        assertNull(m.openingProperty().get());
        library = null;
    }
}
