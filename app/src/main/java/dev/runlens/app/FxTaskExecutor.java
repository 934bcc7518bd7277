package dev.runlens.app;

import dev.runlens.workbench.TaskExecutor;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work on daemon background threads and delivers results on the FX thread, so I/O, parsing
 * and hashing never block the UI ({@code STYLE.md} #4). A cancelled task delivers nothing, even if
 * its work had already finished and only the hand-over to the FX thread was pending.
 */
final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads());
    private final Executor deliverer;

    /** Delivers on the JavaFX application thread. */
    FxTaskExecutor() {
        this(Platform::runLater);
    }

    /** Delivers with {@code deliverer}; tests pass one that needs no toolkit. */
    FxTaskExecutor(Executor deliverer) {
        this.deliverer = deliverer;
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle handle = new Handle();
        handle.future = workers.submit(() -> {
            try {
                T result = work.call();
                deliver(handle, () -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                deliver(handle, () -> onFailure.accept(e));
            }
        });
        return handle;
    }

    /** Progress from running work goes the same way as results. */
    @Override
    public void report(Runnable update) {
        deliverer.execute(update);
    }

    private void deliver(Handle handle, Runnable callback) {
        if (handle.isCancelled()) return;
        deliverer.execute(() -> {
            if (!handle.isCancelled()) callback.run();
        });
    }

    /** Stops accepting work and interrupts what is running; called when the app stops. */
    void shutdown() {
        workers.shutdownNow();
    }

    private static final class Handle implements Cancellable {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled.set(true);
            Future<?> f = future;
            if (f != null) f.cancel(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "runlens-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
