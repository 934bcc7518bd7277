package dev.runlens.graph.layout;

/**
 * What a layout tells its caller while it runs, and how the caller stops it: no UI types, so a
 * view model can forward progress to the screen and cancel on its own terms.
 */
public interface LayoutMonitor {
    /** Neither reports nor cancels. */
    LayoutMonitor NONE = new LayoutMonitor() { };

    /** The engine started {@code task}; {@code done} is the fraction of the whole layout finished (0..1). */
    default void progress(String task, double done) {
        // ignored
    }

    /** Polled by the engine; once true, the layout stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Cancelled when the running thread is interrupted (what a cancelled background task does). */
    static LayoutMonitor interruptible() {
        return new LayoutMonitor() {
            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }
}
