package dev.runlens.workbench.library;

import dev.runlens.audit.Auditor;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.store.ImportLimits;
import dev.runlens.store.ImportProgress;
import dev.runlens.store.ImportSource;
import dev.runlens.store.ImportSummary;
import dev.runlens.store.Importer;
import dev.runlens.store.Library;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunSort;
import dev.runlens.store.StoreException;
import dev.runlens.store.WorkflowGroup;
import dev.runlens.store.DailyWorkflowCost;
import dev.runlens.workbench.DateRange;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.LibraryRuns;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The library use cases: import files, folders and ZIPs (audited, with progress and cancel), list,
 * search and filter the runs by workflow, inspect one from its kept original, and compare it with
 * the other copies of the same run. Writes go through one connection, reads through a second one,
 * so the list can refresh while an import runs; each is used by one thread at a time.
 */
public final class RunLibrary implements AutoCloseable {
    /** The settings key set once the sample runs were offered to a new library. */
    public static final String SEEDED_KEY = "samples.seeded";

    private final Workbench workbench;
    private final Library writer;
    private final Library reader;
    private final Importer importer;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();

    private RunLibrary(Workbench workbench, Library writer, Library reader) {
        this.workbench = workbench;
        this.writer = writer;
        this.reader = reader;
        this.importer = new Importer(writer, BundleReader.loader(), new AuditFindings(workbench.auditor()), ImportLimits.DEFAULT);
    }

    /**
     * Opens (creating and migrating if needed) the library in {@code folder}.
     *
     * @throws StoreException naming the folder when it cannot be created, opened or migrated
     */
    public static RunLibrary open(Path folder, Workbench workbench) {
        Library writer = Library.open(folder);
        try {
            return new RunLibrary(workbench, writer, Library.openReader(folder));
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    public Path folder() {
        return writer.folder();
    }

    private TaskExecutor executor() {
        return workbench.executor();
    }

    // ------------------------------------------------------------------ import

    /** Imports files, folders (recursive, {@code *.json}) and ZIPs on this thread; sources are kept as absolute paths. */
    public ImportSummary importPaths(List<Path> paths, ImportProgress progress, BooleanSupplier cancelled) {
        List<Path> absolute = paths.stream().map(Path::toAbsolutePath).toList();
        synchronized (writeLock) {
            ImportSummary s = importer.importAll(absolute, progress, cancelled);
            absolute.stream().filter(Files::isRegularFile).forEach(p -> writer.rememberRecent(p.toString()));
            return s;
        }
    }

    /**
     * Imports on the executor; {@code progress} and the outcome are delivered where the executor
     * delivers. {@code task} is the caller's handle to cancel it (even from a progress callback).
     */
    public void importAsync(List<Path> paths, ImportTask task, Consumer<Progress> progress, Consumer<ImportSummary> onDone,
                            Consumer<Throwable> onFailure) {
        List<Path> copy = List.copyOf(paths);
        run((p, c) -> importPaths(copy, p, c), task, progress, onDone, onFailure);
    }

    /**
     * Imports sources that are not files (runs the app carries) on this thread: the same bytes twice are
     * one run ({@code ALREADY_IMPORTED}, with its row), so a removed sample comes back and a present one stays.
     */
    public ImportSummary importSources(List<ImportSource> sources, ImportProgress progress, BooleanSupplier cancelled) {
        synchronized (writeLock) {
            return importer.importSources(List.copyOf(sources), progress, cancelled);
        }
    }

    /** Whether the sample runs were never offered to this library. */
    public boolean needsSeeding() {
        synchronized (readLock) {
            return reader.setting(SEEDED_KEY).isEmpty();
        }
    }

    /**
     * Imports {@code samples} once in the library's life: nothing when it was done before (even if
     * the runs were deleted since). Marked done only when the import was not cancelled.
     */
    public ImportSummary seed(List<ImportSource> samples, ImportProgress progress, BooleanSupplier cancelled) {
        synchronized (writeLock) {
            if (writer.setting(SEEDED_KEY).isPresent()) return new ImportSummary(List.of(), false);
            ImportSummary s = importer.importSources(samples, progress, cancelled);
            if (!s.cancelled()) writer.putSetting(SEEDED_KEY, Instant.now().toString());
            return s;
        }
    }

    public void seedAsync(List<ImportSource> samples, ImportTask task, Consumer<Progress> progress,
                          Consumer<ImportSummary> onDone, Consumer<Throwable> onFailure) {
        List<ImportSource> copy = List.copyOf(samples);
        run((p, c) -> seed(copy, p, c), task, progress, onDone, onFailure);
    }

    /** Whether some runs were indexed by an older RunLens and wait for {@link #reindex}. */
    public boolean needsReindex() {
        synchronized (readLock) {
            return !reader.staleRuns().isEmpty();
        }
    }

    /** Re-indexes, from their kept originals, the runs an older RunLens indexed. */
    public ImportSummary reindex(ImportProgress progress, BooleanSupplier cancelled) {
        synchronized (writeLock) {
            return importer.reindex(progress, cancelled);
        }
    }

    public void reindexAsync(ImportTask task, Consumer<Progress> progress, Consumer<ImportSummary> onDone,
                             Consumer<Throwable> onFailure) {
        run(this::reindex, task, progress, onDone, onFailure);
    }

    private interface ImportWork {
        ImportSummary run(ImportProgress progress, BooleanSupplier cancelled);
    }

    private void run(ImportWork work, ImportTask task, Consumer<Progress> progress, Consumer<ImportSummary> onDone,
                     Consumer<Throwable> onFailure) {
        ProgressRelay relay = new ProgressRelay(executor(), progress);
        executor().submit(() -> work.run(relay, task::isCancelled), onDone, onFailure);
    }

    // ------------------------------------------------------------------ list and search

    /** The runs {@code filter} lets through, grouped by workflow, each group in {@code sort} order. */
    public List<WorkflowGroup> runs(RunFilter filter, RunSort sort) {
        synchronized (readLock) {
            return reader.groupedRuns(filter, sort);
        }
    }

    public TaskExecutor.Cancellable runsAsync(RunFilter filter, RunSort sort, Consumer<List<WorkflowGroup>> onDone,
                                              Consumer<Throwable> onFailure) {
        return executor().submit(() -> runs(filter, sort), onDone, onFailure);
    }

    public Optional<RunRow> run(long bundleId) {
        return read(() -> reader.bundle(bundleId));
    }

    /** Every currency some run has a cost in (for the cost filter). */
    public List<String> currencies() {
        return read(reader::currencies);
    }

    // ------------------------------------------------------------------ costs

    /** The runs started in {@code range} (each run id once, its oldest accepted import), read from their kept originals. */
    public RunSet costRuns(DateRange range) {
        return read(() -> LibraryRuns.read(reader, range));
    }

    /** Recorded cost per workflow and UTC day over the same runs as {@link #costRuns}, answered in SQL without reading a file. */
    public List<DailyWorkflowCost> dailyWorkflowCosts(DateRange range) {
        return read(() -> reader.dailyWorkflowCosts(range.start(), range.end()));
    }

    /** The workflow ids of the library's runs, sorted. */
    public List<String> workflowIds() {
        return runs(RunFilter.ALL, RunSort.NEWEST_FIRST).stream().map(WorkflowGroup::workflowId).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
    }

    /** The step ids of the workflow as its newest readable run's snapshot lists them; empty when no run of it can be read. */
    public List<String> workflowSteps(String workflowId) {
        for (RunRow row : read(() -> reader.listRuns(RunFilter.ALL.withWorkflow(workflowId), RunSort.NEWEST_FIRST))) {
            if (!row.accepted()) continue;
            Optional<RunBundle> b = model(row);
            if (b.isPresent()) return b.get().run().workflowSnapshot().steps().stream().map(s -> s.id()).toList();
        }
        return List.of();
    }

    /** The UTC days of the first and the last run start, when the library has runs. */
    public Optional<DateRange> span() {
        return read(() -> reader.startSpan().map(s -> DateRange.of(day(s.get(0)), day(s.get(1)))));
    }

    private static LocalDate day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** A library-wide setting (what the app remembers per library, e.g. a dismissed panel); empty when never set. */
    public Optional<String> setting(String key) {
        return read(() -> reader.setting(key));
    }

    public void putSetting(String key, String value) {
        synchronized (writeLock) {
            writer.putSetting(key, value);
        }
    }

    /** Files imported or opened lately, newest first. */
    public List<Path> recentFiles() {
        return read(() -> reader.recentFiles().stream().map(Path::of).toList());
    }

    /** Removes a run's file from the library (rows and kept original). */
    public void remove(long bundleId) {
        synchronized (writeLock) {
            writer.delete(bundleId);
        }
    }

    private <T> T read(Callable<T> query) {
        synchronized (readLock) {
            try {
                return query.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ one run

    /** Where the run's original is kept, byte-exact. */
    public Path original(long bundleId) {
        return original(row(bundleId));
    }

    /** Where a listed run's original is kept (no query). */
    public Path original(RunRow row) {
        return writer.blobs().path(row.fileSha());
    }

    /** Audits and prepares the replay of a run from its kept original; the report names its source. */
    public Inspection inspect(long bundleId) {
        RunRow row = row(bundleId);
        return workbench.inspect(writer.blobs().path(row.fileSha()), row.sourcePath());
    }

    /** The other imported files with the same run id, oldest import first. */
    public List<RunRow> otherCopies(long bundleId) {
        return read(() -> reader.otherCopies(bundleId));
    }

    /** How each other copy of the run differs from this one (paths are this copy's). */
    public List<CopyComparison> compareWithOtherCopies(long bundleId) {
        Optional<RunBundle> self = model(row(bundleId));
        List<CopyComparison> out = new ArrayList<>();
        for (RunRow other : otherCopies(bundleId)) {
            Optional<RunBundle> that = model(other);
            if (self.isEmpty() || that.isEmpty()) {
                String which = self.isEmpty() ? "this file" : other.sourcePath();
                out.add(new CopyComparison(other, List.of(), Optional.of(which + " is not a readable run")));
            } else {
                out.add(new CopyComparison(other, Auditor.compare(self.get(), that.get()), Optional.empty()));
            }
        }
        return out;
    }

    /**
     * Tampering localisation for a signed decision: the library's copy of {@code runId} whose
     * integrity digest is {@code signedSha256} (the digest the decision was signed over), compared
     * with {@code current}: each difference reads signed value → presented value, with the signed
     * copy's paths. Empty when the library holds no copy with that digest.
     *
     * @throws IllegalArgumentException naming the file when {@code current} is not a readable run
     */
    public Optional<CopyComparison> compareWithSignedCopy(String runId, String signedSha256, Path current) {
        Optional<RunRow> signed = read(() -> reader.copiesOf(runId)).stream()
                .filter(r -> signedSha256.equalsIgnoreCase(r.computedSha() == null ? "" : r.computedSha())
                        && "valid".equalsIgnoreCase(r.integrity()))
                .findFirst();
        if (signed.isEmpty()) return Optional.empty();
        RunBundle now = Optional.ofNullable(workbench.open(current).model())
                .orElseThrow(() -> new IllegalArgumentException(current + ": not a readable run"));
        Optional<RunBundle> then = model(signed.get());
        if (then.isEmpty()) {
            return Optional.of(new CopyComparison(signed.get(), List.of(), Optional.of(signed.get().sourcePath() + " is not a readable run")));
        }
        return Optional.of(new CopyComparison(signed.get(), Auditor.compare(then.get(), now), Optional.empty()));
    }

    public TaskExecutor.Cancellable compareWithOtherCopiesAsync(long bundleId, Consumer<List<CopyComparison>> onDone,
                                                                Consumer<Throwable> onFailure) {
        return executor().submit(() -> compareWithOtherCopies(bundleId), onDone, onFailure);
    }

    private RunRow row(long bundleId) {
        return run(bundleId).orElseThrow(() -> new IllegalArgumentException("No run " + bundleId + " in the library " + folder()));
    }

    private Optional<RunBundle> model(RunRow row) {
        try {
            byte[] bytes = Files.readAllBytes(writer.blobs().path(row.fileSha()));
            return Optional.ofNullable(BundleModel.of(BundleReader.loader().read(row.sourcePath(), bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        synchronized (readLock) {
            reader.close();
        }
        synchronized (writeLock) {
            writer.close();
        }
    }
}
