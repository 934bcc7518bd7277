package dev.runlens.workbench;

import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up warm-up opens its bundles the given number of rounds, in order, skips one it
 * cannot read, and gives way for good when a real open begins.
 */
class WarmupTest {
    private static final Path SAMPLE = ProjectFolder.sampleBundles().resolve("2026-09-03-contract-review-completed.json");

    @Test
    void opensEveryBundleEachRoundInOrderAndSkipsOneItCannotRead() throws Exception {
        List<String> opened = Collections.synchronizedList(new ArrayList<>());
        Callable<byte[]> broken = () -> {
            throw new IOException("gone");
        };
        Warmup w = Warmup.start(List.of(() -> new byte[] {'a'}, broken, () -> new byte[] {'c'}), 3,
                (name, bytes) -> opened.add(new String(bytes)));
        assertTrue(w.awaitEnd(10_000), "the warm-up ends");
        assertEquals(List.of("a", "c", "a", "c", "a", "c"), opened);
    }

    @Test
    void aRealOpenEndsTheWarmUpAfterTheBundleUnderWay() throws Exception {
        Workbench workbench = new Workbench(TaskExecutor.sameThread());
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> reads = Collections.synchronizedList(new ArrayList<>());
        byte[] sample = Files.readAllBytes(SAMPLE);
        List<Callable<byte[]>> bundles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            bundles.add(() -> {
                reads.add(n);
                if (n == 0) {
                    inFirst.countDown();
                    release.await(10, TimeUnit.SECONDS);
                }
                return sample;
            });
        }
        Warmup w = workbench.warmUp(bundles, 10);
        assertTrue(inFirst.await(10, TimeUnit.SECONDS));
        Inspection real = workbench.inspect(SAMPLE); // the user's open
        release.countDown();
        assertTrue(w.awaitEnd(10_000), "the warm-up ends");
        assertEquals(List.of(0), reads, "no bundle after the real open began");
        assertTrue(w.isCancelled());
        assertTrue(real.audited() && real.bundle().report().accepted(), "the real open is a full inspection");
    }
}
