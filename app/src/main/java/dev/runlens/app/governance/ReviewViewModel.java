package dev.runlens.app.governance;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.workbench.DateRange;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The weekly review screen: pick an ISO week (and a cost basis); the review against the week
 * before — summary, what needs attention, per-workflow figures, drift split, the runs of both
 * weeks — computed over the library on the executor (newest choice wins); export as PDF or CSV
 * through the save dialog. A run row opens the run. Touches no control.
 */
public final class ReviewViewModel {
    private final RunLibrary library;
    private final Workbench workbench;
    private final TaskExecutor executor;
    private final CostBasis basis;
    private final RunNavigator navigator;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;

    private final ObservableList<IsoWeek> weeks = FXCollections.observableArrayList();
    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>(this, "week");
    private final ObjectProperty<RepriceMode> mode = new SimpleObjectProperty<>(this, "mode", RepriceMode.RECORDED);
    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> attention = FXCollections.observableArrayList();
    private final ObservableList<ReviewRows.WorkflowRow> workflows = FXCollections.observableArrayList();
    private final ObservableList<ReviewRows.DriftRow> drift = FXCollections.observableArrayList();
    private final ObservableList<ReviewRows.RunRow> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");

    private TaskExecutor.Cancellable running = TaskExecutor.DONE;
    private long latest;
    private RunSet set;

    public ReviewViewModel(RunLibrary library, Workbench workbench, TaskExecutor executor, CostBasis basis, RunNavigator navigator,
                           FileDialogs dialogs, Supplier<Window> owner) {
        this.library = library;
        this.workbench = workbench;
        this.executor = executor;
        this.basis = basis;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.owner = owner;
        week.addListener((o, was, now) -> load());
        mode.addListener((o, was, now) -> load());
    }

    public ObservableList<IsoWeek> weeks() {
        return FXCollections.unmodifiableObservableList(weeks);
    }

    public ObjectProperty<IsoWeek> weekProperty() {
        return week;
    }

    public ObjectProperty<RepriceMode> modeProperty() {
        return mode;
    }

    /** The review shown, or null while none is. */
    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> attention() {
        return FXCollections.unmodifiableObservableList(attention);
    }

    public ObservableList<ReviewRows.WorkflowRow> workflows() {
        return FXCollections.unmodifiableObservableList(workflows);
    }

    public ObservableList<ReviewRows.DriftRow> drift() {
        return FXCollections.unmodifiableObservableList(drift);
    }

    public ObservableList<ReviewRows.RunRow> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last file exported. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Lists the ISO weeks of the library's runs (newest first) and reviews the newest. */
    public void start() {
        executor.submit(library::span, span -> {
            List<IsoWeek> all = new ArrayList<>();
            span.ifPresent(s -> {
                IsoWeek first = IsoWeek.of(s.from().orElseThrow());
                for (IsoWeek w = IsoWeek.of(s.to().orElseThrow()); w.compareTo(first) >= 0 && all.size() < 520; w = w.previous()) all.add(w);
            });
            weeks.setAll(all);
            if (week.get() == null && !all.isEmpty()) week.set(all.get(0));
            if (all.isEmpty()) status.set("The library has no runs to review.");
        }, this::failed);
    }

    public void openRun(ReviewRows.RunRow row) {
        if (row != null && row.bundleId() > 0) navigator.openRun(row.bundleId(), RunTab.COSTS, null);
    }

    /** Asks where to save the PDF, then writes it on the executor. */
    public void exportPdf() {
        export("pdf", (d, f) -> workbench.writeReviewPdf(workbench.reviewDocument(d.set(), basis.settings(d.review().mode()), d.review(),
                Instant.now()), f));
    }

    public void exportCsv() {
        export("csv", (d, f) -> workbench.writeReviewCsv(d.review(), f));
    }

    private record Shown(RunSet set, Review review) {}

    private interface Writer {
        void write(Shown shown, Path file) throws Exception;
    }

    private void export(String extension, Writer writer) {
        Review r = review.get();
        if (r == null) return;
        Shown shown = new Shown(set, r);
        Optional<Path> target = dialogs.saveFile(owner.get(), "Export the weekly review", "runlens-review-" + r.week() + "." + extension,
                extension);
        if (target.isEmpty()) return;
        status.set("Writing " + PlainText.of(target.get().toString()) + "…");
        executor.submit(() -> {
            writer.write(shown, target.get());
            return target.get();
        }, f -> {
            exported.set(f);
            status.set("Saved " + PlainText.of(f.toString()) + ".");
        }, this::failed);
    }

    // ------------------------------------------------------------------ loading

    private void load() {
        IsoWeek w = week.get();
        if (w == null) return;
        running.cancel();
        long ticket = ++latest;
        RepriceMode m = mode.get();
        status.set("Reviewing " + w + "…");
        DateRange range = DateRange.of(w.previous().monday(), w.sunday());
        running = executor.submit(() -> {
            RunSet s = library.costRuns(range);
            return new Shown(s, workbench.review(s, basis.settings(m), w, Optional.empty()));
        }, shown -> { if (ticket == latest) show(shown); }, f -> { if (ticket == latest) failed(f); });
    }

    private void show(Shown s) {
        set = s.set();
        Review r = s.review();
        review.set(r);
        summary.set(ReviewRows.summary(r));
        attention.setAll(r.attention().stream().map(PlainText::of).toList());
        workflows.setAll(ReviewRows.workflows(r));
        drift.setAll(ReviewRows.drift(r));
        runs.setAll(ReviewRows.runs(r, s.set()));
        status.set("Review of " + r.week() + " against " + r.baseline() + ", " + DashboardViewModel.basisText(r.mode()) + ".");
    }

    private void failed(Throwable t) {
        status.set("Could not review the week: " + PlainText.of(String.valueOf(t.getMessage())));
    }
}
