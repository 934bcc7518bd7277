package dev.runlens.app.library;

import dev.runlens.store.ImportResult;
import dev.runlens.store.ImportSource;
import dev.runlens.store.ImportSummary;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunSort;
import dev.runlens.store.WorkflowGroup;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library screen: runs grouped by workflow under the current search, filters and sort; imports
 * (queued, with progress, cancel and a report); the selected run, opened in the run view from its
 * kept original; and how it differs from other copies of the same run. Queries run on the
 * executor and only the newest result reaches the properties. Touches no control.
 */
public final class LibraryViewModel {
    /** What a file chooser is asked for. */
    public enum Choice { OPEN, IMPORT_FILE, IMPORT_FOLDER, IMPORT_ZIP }

    /** The file choosers, behind an interface ({@code STYLE.md} #7); empty when the user cancels. */
    @FunctionalInterface
    public interface Chooser {
        Optional<Path> choose(Choice choice);
    }

    /** Shows a run in the run view: its kept original, named after where it came from. */
    @FunctionalInterface
    public interface RunOpener {
        void open(Path original, String sourceName);
    }

    private final RunLibrary library;
    private final TaskExecutor executor;
    private final Chooser chooser;
    private final RunOpener opener;
    private final RunText text;
    private final LibraryFilters filters;
    private final ImportQueue imports = new ImportQueue(this::refresh);

    private final ObservableList<LibraryGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<CopyEntry> copies = FXCollections.observableArrayList();
    private final ObservableList<LibraryGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<String> currenciesView = FXCollections.unmodifiableObservableList(currencies);
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final ObservableList<CopyEntry> copiesView = FXCollections.unmodifiableObservableList(copies);
    private final ReadOnlyObjectWrapper<RunSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", RunSort.NEWEST_FIRST);
    private final ReadOnlyLongWrapper selected = new ReadOnlyLongWrapper(this, "selected", NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<Long, RunRow> listed = new HashMap<>();

    /** {@link #selectedProperty()} when no run is selected. */
    public static final long NONE = -1;

    private TaskExecutor.Cancellable listing = TaskExecutor.DONE;
    private TaskExecutor.Cancellable comparing = TaskExecutor.DONE;
    private long listTicket;
    private long compareTicket;

    /** @param zone the time zone dates are shown and filtered in */
    public LibraryViewModel(RunLibrary library, TaskExecutor executor, Chooser chooser, RunOpener opener, ZoneId zone) {
        this.library = library;
        this.executor = executor;
        this.chooser = chooser;
        this.opener = opener;
        this.text = new RunText(zone);
        this.filters = new LibraryFilters(zone, this::refresh);
    }

    // ------------------------------------------------------------------ start and list

    /**
     * First things after the window shows: import {@code paths} (from the command line) and open the
     * first, seed a new library with {@code samples}, and re-index what an older RunLens indexed.
     */
    public void start(List<ImportSource> samples, List<Path> paths) {
        if (!paths.isEmpty()) importPaths(paths, true);
        imports.add(new ImportQueue.Job("Adding the sample runs",
                (task, p, done, failed) -> library.seedAsync(samples, task, p, done, failed), s -> { }));
        imports.add(new ImportQueue.Job("Re-indexing the library",
                library::reindexAsync, s -> { }));
        refresh();
    }

    /** Lists the runs again under the current search, filters and sort; the newest request wins. */
    public void refresh() {
        listing.cancel();
        long ticket = ++listTicket;
        RunFilter filter = filters.current();
        RunSort order = sort.get();
        listing = executor.submit(() -> new Snapshot(library.runs(filter, order), library.currencies(), library.recentFiles()),
                s -> { if (ticket == listTicket) show(s); },
                t -> { if (ticket == listTicket) status.set("Cannot list the library: " + t.getMessage()); });
    }

    private record Snapshot(List<WorkflowGroup> groups, List<String> currencies, List<Path> recent) {}

    private void show(Snapshot s) {
        listed.clear();
        groups.setAll(s.groups().stream().map(g -> {
            g.runs().forEach(r -> listed.put(r.bundleId(), r));
            return new LibraryGroup(text.workflow(g), g.runs().stream().map(text::run).toList());
        }).toList());
        currencies.setAll(s.currencies());
        recentFiles.setAll(s.recent());
        int runs = listed.size();
        status.set(String.format(Locale.ROOT, "%s in %d workflow%s%s", RunText.count(runs),
                s.groups().stream().filter(g -> g.workflowId() != null).count(),
                s.groups().stream().filter(g -> g.workflowId() != null).count() == 1 ? "" : "s",
                filters.active() ? " match" : ""));
    }

    // ------------------------------------------------------------------ search, filters, sort

    public LibraryFilters filters() {
        return filters;
    }

    /** Orders the runs of each workflow by {@code key}; by cost in the cost filter's currency when there is one. */
    public void sortBy(RunSort.Key key, boolean descending) {
        RunSort next = RunSort.by(key, descending);
        if (key == RunSort.Key.COST) next = next.inCurrency(filters.current().cost().map(RunFilter.CostRange::currency).orElse(null));
        if (next.equals(sort.get())) return;
        sort.set(next);
        refresh();
    }

    // ------------------------------------------------------------------ selection

    /**
     * Opens the run in the run view and compares it with its other copies; a run not listed (hidden by
     * a filter, or imported since the last refresh) is looked up first.
     */
    public void select(long bundleId) {
        RunRow row = listed.get(bundleId);
        if (row == null) {
            selectById(bundleId);
            return;
        }
        if (bundleId == selected.get()) return;
        selected.set(bundleId);
        opener.open(library.original(row), row.sourcePath());
        compare(row);
    }

    private void compare(RunRow row) {
        comparing.cancel();
        long ticket = ++compareTicket;
        copies.clear();
        if (!row.hasOtherCopies()) return;
        comparing = library.compareWithOtherCopiesAsync(row.bundleId(),
                list -> { if (ticket == compareTicket) copies.setAll(list.stream().map(CopyEntry::of).toList()); },
                t -> { if (ticket == compareTicket) status.set("Cannot compare the copies: " + t.getMessage()); });
    }

    /** Selects and opens a run that may not be listed (e.g. hidden by a filter). */
    private void selectById(long bundleId) {
        executor.submit(() -> library.run(bundleId), row -> row.ifPresent(r -> {
            listed.putIfAbsent(r.bundleId(), r);
            selected.set(NONE);
            select(r.bundleId());
        }), t -> status.set("Cannot open the run: " + t.getMessage()));
    }

    /** Removes a run's file from the library. */
    public void remove(long bundleId) {
        executor.submit(() -> {
            library.remove(bundleId);
            return bundleId;
        }, id -> {
            if (selected.get() == id) selected.set(NONE);
            refresh();
        }, t -> status.set("Cannot remove the run: " + t.getMessage()));
    }

    // ------------------------------------------------------------------ import

    /** Asks for a file, imports it and opens it. */
    public void openWithDialog() {
        chooser.choose(Choice.OPEN).ifPresent(p -> importPaths(List.of(p), true));
    }

    /** Asks for a file, folder or ZIP and imports it. */
    public void importWithDialog(Choice choice) {
        chooser.choose(choice).ifPresent(p -> importPaths(List.of(p), false));
    }

    /** Imports files, folders and ZIPs; with {@code open}, shows the first run imported (or already there). */
    public void importPaths(List<Path> paths, boolean open) {
        List<Path> copy = List.copyOf(paths);
        imports.add(new ImportQueue.Job(copy.size() == 1 ? "Importing " + name(copy.get(0)) : "Importing " + copy.size() + " items",
                (task, p, done, failed) -> library.importAsync(copy, task, p, done, failed),
                s -> { if (open) firstRun(s).ifPresent(this::selectById); }));
    }

    /** Opens a recently used file: imports it again (a no-op when unchanged) and shows it. */
    public void openRecent(Path file) {
        importPaths(List.of(file), true);
    }

    /** Whether a drop of {@code paths} has something to import: a folder, a {@code .json} or a {@code .zip}. */
    public boolean acceptsDrop(List<Path> paths) {
        return paths.stream().anyMatch(LibraryViewModel::importable);
    }

    /** Imports what a drop holds; a single {@code .json} file is opened too. False when nothing is importable. */
    public boolean importDropped(List<Path> paths) {
        List<Path> wanted = paths.stream().filter(LibraryViewModel::importable).toList();
        if (wanted.isEmpty()) return false;
        importPaths(wanted, wanted.size() == 1 && name(wanted.get(0)).toLowerCase(Locale.ROOT).endsWith(".json"));
        return true;
    }

    public void cancelImport() {
        imports.cancel();
    }

    public void dismissReport() {
        imports.dismissReport();
    }

    /** Stops imports and comparisons for good (the window is closing). */
    public void close() {
        imports.close();
        listing.cancel();
        comparing.cancel();
    }

    private static boolean importable(Path p) {
        String n = name(p).toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".zip") || Files.isDirectory(p);
    }

    private static Optional<Long> firstRun(ImportSummary s) {
        return s.results().stream().map(ImportResult::bundleId).filter(Objects::nonNull).findFirst();
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    // ------------------------------------------------------------------ state

    /** The listed runs by workflow; read-only. */
    public ObservableList<LibraryGroup> groups() {
        return groupsView;
    }

    /** Currencies some run has a cost in (for the cost filter). */
    public ObservableList<String> currencies() {
        return currenciesView;
    }

    /** Files imported or opened lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** The other copies of the selected run and how each differs from it. */
    public ObservableList<CopyEntry> copies() {
        return copiesView;
    }

    public ReadOnlyLongProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** How many runs are listed, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return imports.busyProperty();
    }

    /** 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return imports.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return imports.progressTextProperty();
    }

    /** What the last import did; null when there is nothing to report. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return imports.reportProperty();
    }
}
