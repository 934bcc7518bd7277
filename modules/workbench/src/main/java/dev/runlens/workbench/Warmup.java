package dev.runlens.workbench;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Opens a few small bundles in the background, so that the Java runtime has compiled the reading,
 * hashing, modelling and auditing code before the user opens a large run: in a fresh process the
 * first open of a 172 MB, 100,000-event run otherwise spends seconds running that code in the
 * interpreter. One daemon thread of the lowest priority; it gives way for good as soon as a real
 * open begins ({@link #stop}) and never reports anything: a bundle that cannot be read is skipped.
 */
public final class Warmup implements TaskExecutor.Cancellable {
    private final Thread thread;
    private volatile boolean stopped;

    private Warmup(List<Callable<byte[]>> bundles, int rounds, Opener opener) {
        thread = new Thread(() -> run(bundles, rounds, opener), "runlens-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** What one warm-up open does: the same steps as a real one. */
    @FunctionalInterface
    interface Opener {
        void open(String name, byte[] bytes);
    }

    static Warmup start(List<Callable<byte[]>> bundles, int rounds, Opener opener) {
        Warmup w = new Warmup(List.copyOf(bundles), rounds, opener);
        w.thread.start();
        return w;
    }

    private void run(List<Callable<byte[]>> bundles, int rounds, Opener opener) {
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < bundles.size(); i++) {
                if (stopped) return;
                try {
                    opener.open("warm-up " + i, bundles.get(i).call());
                } catch (Exception | StackOverflowError e) {
                    // a bundle the warm-up cannot open teaches the compiler nothing more; the next one will
                }
            }
        }
    }

    /** Gives way: no further bundle is started (the one under way finishes, in a fraction of a second). */
    void stop() {
        stopped = true;
    }

    /** Waits up to {@code millis} for the warm-up to end; true when it has (benches and tests). */
    public boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    @Override
    public void cancel() {
        stop();
    }

    @Override
    public boolean isCancelled() {
        return stopped;
    }
}
