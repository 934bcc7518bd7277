package dev.runlens.protocol.integrity;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;

/**
 * Where {@link BundleProcessor} runs its gating and hashing steps (schema gate and normalised tree,
 * canonical bytes into the spools, artifact payload hashes), strictly in the order they are handed
 * over. {@link #direct()} runs each step at once on the caller's thread; {@link #threaded()} runs
 * them on one second thread, so a large bundle is parsed on one core while the previous elements
 * are gated and hashed on another. Either way the steps see exactly the same inputs in the same
 * order, so the outcome is the same.
 */
abstract class HashLane implements AutoCloseable {

    /** Hands {@code step} over; steps run one at a time, in the order given. */
    abstract void run(Runnable step);

    /** Waits until every step handed over has run; rethrows the first failure of one. */
    abstract void drain();

    /** True when the steps run on a second thread. */
    abstract boolean isThreaded();

    /** Stops the lane (after the steps already handed over); idempotent. */
    @Override
    public abstract void close();

    static HashLane direct() {
        return new Direct();
    }

    static HashLane threaded() {
        return new Threaded();
    }

    private static final class Direct extends HashLane {
        @Override
        boolean isThreaded() {
            return false;
        }

        @Override
        void run(Runnable step) {
            step.run();
        }

        @Override
        void drain() {
            // every step already ran
        }

        @Override
        public void close() {
            // nothing to stop
        }
    }

    private static final class Threaded extends HashLane {
        private static final Runnable STOP = () -> { };

        private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(512);
        private final Thread thread;
        private volatile Throwable failure;
        private boolean closed;

        @Override
        boolean isThreaded() {
            return true;
        }

        Threaded() {
            thread = new Thread(this::loop, "runlens-hash");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (true) {
                Runnable step;
                try {
                    step = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (step == STOP) return;
                if (failure != null && !(step instanceof Barrier)) continue; // later steps would see a broken state
                try {
                    step.run();
                } catch (Throwable t) {
                    failure = t;
                }
            }
        }

        @Override
        void run(Runnable step) {
            if (failure != null) rethrow();
            put(step);
        }

        @Override
        void drain() {
            Barrier barrier = new Barrier();
            put(barrier);
            try {
                barrier.done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while hashing");
            }
            if (failure != null) rethrow();
        }

        private void put(Runnable step) {
            try {
                queue.put(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while hashing");
            }
        }

        private void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            throw new IllegalStateException(t);
        }

        /** Marks the point {@link #drain} waits for; runs even after a failure. */
        private static final class Barrier implements Runnable {
            final CountDownLatch done = new CountDownLatch(1);

            @Override
            public void run() {
                done.countDown();
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (!queue.offer(STOP)) {
                thread.interrupt(); // full queue and nobody will drain it: stop without running the rest
            }
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    thread.interrupt();
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
