package dev.runlens.workbench;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A computation run on a thread of its own beside the caller's work, so a large run's independent
 * steps use both cores of a small machine; {@link #get} waits for it. {@link #inline} runs it on
 * the caller's thread instead (small runs, one core), at {@code get}.
 */
final class Beside<T> {
    private final FutureTask<T> task;
    private final boolean started;

    private Beside(Supplier<T> work, boolean start) {
        this.task = new FutureTask<>(work::get);
        this.started = start;
        if (start) {
            Thread t = new Thread(task, "runlens-beside");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts {@code work} on its own thread now. */
    static <T> Beside<T> start(Supplier<T> work) {
        return new Beside<>(work, true);
    }

    /** Runs {@code work} on the caller's thread when {@link #get} is called. */
    static <T> Beside<T> inline(Supplier<T> work) {
        return new Beside<>(work, false);
    }

    /** The result; rethrows what the work threw. Interrupted (a cancelled open): {@link CancellationException}. */
    T get() {
        if (!started) task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for work beside");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
