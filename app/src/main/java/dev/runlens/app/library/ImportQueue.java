package dev.runlens.app.library;

import dev.runlens.store.ImportSummary;
import dev.runlens.workbench.library.ImportTask;
import dev.runlens.workbench.library.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Imports run one at a time, in the order asked (seeding, re-indexing, what the user dropped...):
 * progress of the running one, cancel, and the report of the last one. Touches no control; call it
 * and let the executor deliver to it on one thread.
 */
final class ImportQueue {
    /** Starts an import on the workbench's executor, cancelled through {@code task}. */
    interface Starter {
        void start(ImportTask task, Consumer<Progress> progress, Consumer<ImportSummary> onDone, Consumer<Throwable> onFailure);
    }

    /** {@code what} names it in the progress line and the report; {@code then} runs after it succeeded. */
    record Job(String what, Starter starter, Consumer<ImportSummary> then) {}

    /** Progress not known yet (a ProgressBar shows it moving). */
    static final double INDETERMINATE = -1;

    private final Deque<Job> waiting = new ArrayDeque<>();
    private final Runnable afterEach;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private Job current;
    private ImportTask running;
    private boolean closed;

    /** @param afterEach run after every import, done or failed (e.g. refresh the list) */
    ImportQueue(Runnable afterEach) {
        this.afterEach = afterEach;
    }

    void add(Job job) {
        if (closed) return;
        waiting.add(job);
        if (current == null) next();
    }

    /** Stops the running import between two files; it still reports what it did. Queued ones go on. */
    void cancel() {
        if (running != null) running.cancel();
    }

    /** Cancels everything, for good (the app is closing). */
    void close() {
        closed = true;
        waiting.clear();
        cancel();
    }

    void dismissReport() {
        report.set(null);
    }

    private void next() {
        Job job = waiting.poll();
        current = job;
        if (job == null) {
            busy.set(false);
            return;
        }
        busy.set(true);
        progress.set(INDETERMINATE);
        progressText.set(job.what() + "…");
        running = new ImportTask();
        job.starter().start(running, p -> showProgress(job, p), s -> done(job, s), t -> failed(job, t));
    }

    private void showProgress(Job job, Progress p) {
        progress.set(p.fraction());
        progressText.set(String.format(Locale.ROOT, "%s… %d of %d files", job.what(), p.filesDone(), p.filesTotal()));
    }

    private void done(Job job, ImportSummary s) {
        current = null;
        running = null;
        if (!s.results().isEmpty()) report.set(ImportReport.of(job.what(), s));
        job.then().accept(s);
        afterEach.run();
        next();
    }

    private void failed(Job job, Throwable t) {
        current = null;
        running = null;
        report.set(ImportReport.failed(job.what(), t));
        afterEach.run();
        next();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
