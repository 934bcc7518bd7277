package dev.runlens.app;

import dev.runlens.workbench.TaskExecutor;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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
    private final AtomicInteger inFlight = new AtomicInteger();

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
        Handle handle = new Handle(inFlight);
        inFlight.incrementAndGet();
        try {
            handle.future = workers.submit(() -> run(work, handle, onSuccess, onFailure));
        } catch (RejectedExecutionException stopped) {
            handle.cancel(); // the app is stopping: late work (a debounce timer firing, say) is dropped, never thrown at the FX thread
        }
        return handle;
    }

    private <T> void run(Callable<T> work, Handle handle, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            deliver(handle, () -> onSuccess.accept(result));
        } catch (Exception | Error e) {
            deliver(handle, () -> onFailure.accept(e));
        }
    }

    /** Progress from running work goes the same way as results. */
    @Override
    public void report(Runnable update) {
        deliverer.execute(update);
    }

    private void deliver(Handle handle, Runnable callback) {
        if (handle.isCancelled()) return;
        deliverer.execute(() -> {
            try {
                if (!handle.isCancelled()) callback.run();
            } finally {
                handle.settle();
            }
        });
    }

    /**
     * Tasks submitted whose result has not been delivered (or dropped) yet. Zero once every piece
     * of background work, and the FX-thread callback it leads to, has finished: the bench's
     * "interactive" moment. Work submitted by a callback counts before that callback returns.
     */
    int inFlight() {
        return inFlight.get();
    }

    /** Stops accepting work and interrupts what is running; called when the app stops. */
    void shutdown() {
        workers.shutdownNow();
    }

    private static final class Handle implements Cancellable {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicInteger inFlight;
        private volatile Future<?> future;

        Handle(AtomicInteger inFlight) {
            this.inFlight = inFlight;
        }

        /** Counts this task out of {@code inFlight}, once, whether delivered or cancelled. */
        void settle() {
            if (settled.compareAndSet(false, true)) inFlight.decrementAndGet();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
            settle();
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
