package dev.runlens.workbench;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work beside the caller's: on its own thread or inline, the same result; failures come back to the caller. */
class BesideTest {

    @Test
    void startedWorkRunsOnAnotherThreadAndGetWaitsForIt() {
        Thread caller = Thread.currentThread();
        Beside<Thread> beside = Beside.start(Thread::currentThread);
        assertNotEquals(caller, beside.get());
    }

    @Test
    void inlineWorkRunsOnTheCallersThreadWhenItsResultIsTaken() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        Beside<String> beside = Beside.inline(() -> {
            ran.set(Thread.currentThread());
            return "done";
        });
        assertEquals(null, ran.get(), "not before get");
        assertEquals("done", beside.get());
        assertSame(Thread.currentThread(), ran.get());
    }

    @Test
    void aFailureOfTheWorkIsThrownByGet() {
        IllegalStateException thrown = new IllegalStateException("broken model");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Beside.start(() -> { throw thrown; }).get()));
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Beside.inline(() -> { throw thrown; }).get()));
    }

    @Test
    void aCancelledOpenStopsWaiting() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                Beside.start(() -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "late";
                }).get();
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        waiter.start();
        waiter.interrupt();
        waiter.join(10_000);
        never.countDown();
        assertTrue(outcome.get() instanceof CancellationException, () -> "got " + outcome.get());
    }
}
