package dev.runlens.workbench;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the workbench runs its work, and where results are delivered. The app supplies one that
 * works on a background thread and delivers on the FX thread; the CLI and tests use
 * {@link #sameThread()}.
 */
public interface TaskExecutor {

    /** Runs {@code work}; then exactly one of the callbacks, unless cancelled first. */
    <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands {@code update} to where results are delivered (the FX thread in the app), for progress
     * that running work reports; by default it runs at once on the caller's thread.
     */
    default void report(Runnable update) {
        update.run();
    }

    /** A handle to stop waiting for (and, where possible, interrupt) submitted work. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }

    /** Runs the work immediately on the caller's thread. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return DONE;
                }
                onSuccess.accept(result);
                return DONE;
            }
        };
    }

    Cancellable DONE = new Cancellable() {
        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
