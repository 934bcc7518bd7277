package dev.runlens.workbench.library;

import dev.runlens.store.ImportProgress;
import dev.runlens.workbench.TaskExecutor;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries progress from the importing thread to where results are delivered, newest only: while
 * one update waits to be delivered, later ones replace it instead of queueing behind it.
 */
final class ProgressRelay implements ImportProgress {
    private final TaskExecutor executor;
    private final Consumer<Progress> listener;
    private final AtomicReference<Progress> waiting = new AtomicReference<>();

    ProgressRelay(TaskExecutor executor, Consumer<Progress> listener) {
        this.executor = executor;
        this.listener = listener;
    }

    @Override
    public void update(int filesDone, int filesTotal, long bytesDone, long bytesTotal) {
        Progress p = new Progress(filesDone, filesTotal, bytesDone, bytesTotal);
        if (waiting.getAndSet(p) == null) {
            executor.report(() -> listener.accept(waiting.getAndSet(null)));
        }
    }
}
