package dev.runlens.app;

import dev.runlens.workbench.TaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} the test drives: work waits until the test completes it, in any order.
 * Completing delivers even after a cancel, like a result already queued for the FX thread, so the
 * receiver's own stale-result guard is what the test sees.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Pending<T> p = new Pending<>(work, onSuccess, onFailure);
        pending.add(p);
        return p;
    }

    public Pending<?> task(int index) {
        return pending.get(index);
    }

    public int submitted() {
        return pending.size();
    }

    public static final class Pending<T> implements Cancellable {
        private final Callable<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private boolean cancelled;

        Pending(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        /** Runs the work and delivers its result (or failure). */
        public void complete() {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        public void fail(Throwable t) {
            onFailure.accept(t);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
