package dev.runlens.app.governance;

import dev.runlens.app.run.RunTab;
import dev.runlens.store.ImportProgress;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A temporary library seeded with the 14 sample runs (2026-09..10, USD and EUR), a data folder beside it, and a navigator that records. */
final class SeededLibrary implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    record Navigation(long bundleId, RunTab tab, String stepId) {}

    final Workbench workbench;
    final RunLibrary library;
    final DataFolder data;
    final CostBasis basis;
    final List<Navigation> navigations = new ArrayList<>();

    SeededLibrary(Path dir, TaskExecutor executor) {
        workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("lib"), workbench);
        library.importPaths(samples(), ImportProgress.NONE, () -> false);
        data = new DataFolder(dir.resolve("data"));
        basis = new CostBasis(data.policies(), data.rates(), () -> TODAY);
    }

    static List<Path> samples() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void navigate(long bundleId, RunTab tab, String stepId) {
        navigations.add(new Navigation(bundleId, tab, stepId));
    }

    @Override
    public void close() {
        library.close();
    }
}
