package dev.runlens.app;

import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs without the FX toolkit: deliveries go to a queue the test drains, standing in for Platform.runLater. */
class FxTaskExecutorTest {
    private final BlockingQueue<Runnable> deliveries = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(deliveries::add);
    private final AtomicReference<Object> delivered = new AtomicReference<>();

    @AfterEach
    void shutdown() {
        executor.shutdown();
    }

    @Test
    void workRunsOnADaemonWorkerAndItsResultIsHandedToTheDeliverer() throws InterruptedException {
        executor.submit(Thread::currentThread, delivered::set, delivered::set);

        nextDelivery().run();
        Thread worker = (Thread) delivered.get();
        assertTrue(worker.isDaemon());
        assertTrue(worker.getName().startsWith("runlens-worker-"), worker.getName());
    }

    @Test
    void aFailureIsDeliveredToOnFailure() throws InterruptedException {
        IllegalStateException boom = new IllegalStateException("boom");
        executor.submit(() -> { throw boom; }, r -> delivered.set("success"), delivered::set);

        nextDelivery().run();
        assertEquals(boom, delivered.get());
    }

    @Test
    void cancellingAfterTheHandOverStillDeliversNothing() throws InterruptedException {
        TaskExecutor.Cancellable task = executor.submit(() -> "result", delivered::set, delivered::set);
        Runnable delivery = nextDelivery();

        task.cancel();
        delivery.run();
        assertTrue(task.isCancelled());
        assertNull(delivered.get());
    }

    @Test
    void cancellingRunningWorkDeliversNothing() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        TaskExecutor.Cancellable task = executor.submit(() -> {
            started.countDown();
            new CountDownLatch(1).await();
            return "never";
        }, delivered::set, delivered::set);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        task.cancel();
        Runnable late = deliveries.poll(300, TimeUnit.MILLISECONDS);
        if (late != null) late.run();
        assertNull(delivered.get());
    }

    @Test
    void aTaskCountsAsInFlightUntilItsCallbackHasRun() throws InterruptedException {
        executor.submit(() -> "result", delivered::set, delivered::set);
        assertEquals(1, executor.inFlight());

        Runnable delivery = nextDelivery();
        assertEquals(1, executor.inFlight(), "handed over but not yet delivered");
        delivery.run();
        assertEquals(0, executor.inFlight());
    }

    @Test
    void aCancelledTaskLeavesTheCountOnceEvenIfItNeverRan() throws InterruptedException {
        CountDownLatch hold = new CountDownLatch(1);
        TaskExecutor.Cancellable first = executor.submit(() -> { hold.await(); return "x"; }, delivered::set, delivered::set);
        TaskExecutor.Cancellable second = executor.submit(() -> "y", delivered::set, delivered::set);
        assertEquals(2, executor.inFlight());

        first.cancel();
        first.cancel();
        assertEquals(1, executor.inFlight());
        nextDelivery().run();
        assertEquals(0, executor.inFlight());
        second.cancel();
        assertEquals(0, executor.inFlight(), "cancelling a delivered task changes nothing");
    }

    @Test
    void workSubmittedAfterShutdownIsDroppedNotThrown() {
        executor.shutdown();

        TaskExecutor.Cancellable late = executor.submit(() -> "late", delivered::set, delivered::set);
        assertTrue(late.isCancelled());
        assertEquals(0, executor.inFlight());
        assertNull(deliveries.poll());
    }

    private Runnable nextDelivery() throws InterruptedException {
        Runnable r = deliveries.poll(10, TimeUnit.SECONDS);
        assertNotNull(r, "no delivery within 10 s");
        return r;
    }
}
