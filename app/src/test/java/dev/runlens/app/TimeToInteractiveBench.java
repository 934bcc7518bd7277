package dev.runlens.app;

import dev.runlens.app.run.RunTab;
import dev.runlens.app.trace.TracePane;
import dev.runlens.protocol.bench.SyntheticBundles;
import dev.runlens.workbench.Warmup;
import dev.runlens.workbench.Workbench;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Opens a generated bundle of {@code bench.events} trace events (default 100,000) in the real
 * window, headless under Monocle, in a fresh process: the window comes up, the start-up warm-up
 * runs as in the app ({@code bench.warmup=false}: none) while the user would look for the file
 * ({@code bench.settle} seconds, default 5), then the file is opened {@code bench.runs} times
 * (the first open in the process, then warm ones) and it prints:
 * <ul>
 *   <li>time to first view: from the open command until the integrity banner has its verdict, the
 *       run is in the session (header, cursor, tabs) and the trace table lists every event;</li>
 *   <li>time to interactive: from the open command to the moment every piece of background work
 *       it started (read, verify, audit, replay index, trace rows, DAG layout and frame) has
 *       delivered its result on the FX thread and the FX queue is drained;</li>
 *   <li>replay jump time: moving the cursor to random positions with the Replay and DAG tabs in
 *       front, until the tab shows the state there.</li>
 * </ul>
 * Each open also prints the CPU time the whole process spent (garbage collector included) and
 * the 1-minute load average: on a small machine shared with other work, wall times swing with the
 * load, CPU times much less.
 * Run with {@code ./mvnw -q -Pbench-ui -DskipTests verify -pl app -am}. Targets: interactive in
 * under 2 s (issue 4), a jump in under 50 ms of replay work (issue 3; the JMH bench measures that part).
 */
public final class TimeToInteractiveBench {
    private static final AtomicReference<Stage> STAGE = new AtomicReference<>();

    private TimeToInteractiveBench() {}

    public static void main(String[] args) throws Exception {
        headless();
        int events = Integer.getInteger("bench.events", 100_000);
        int runs = Integer.getInteger("bench.runs", 4);
        int jumps = Integer.getInteger("bench.jumps", 30);
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
        SyntheticBundles.Bundle bundle = SyntheticBundles.writeEvents(dir.resolve("tti-" + events + ".json"), events, 42,
                SyntheticBundles.Layout.PRETTY);
        System.out.printf(Locale.ROOT, "bundle: %,d events, %.1f MB (%s)%n", bundle.events(), bundle.bytes() / 1e6, bundle.file());

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        FxTaskExecutor executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        AtomicReference<VerificationViewModel> model = new AtomicReference<>();
        onFx(() -> {
            STAGE.set(new Stage());
            model.set(RunLensApp.showMainWindow(STAGE.get(), workbench, owner -> Optional.empty(), () -> { }));
        });
        // As the app does when started without a file: the packaged samples are opened in the background
        // while the user looks for a file (bench.settle seconds here), then the first open is in this fresh process.
        long settle = Long.getLong("bench.settle", 5);
        if (Boolean.parseBoolean(System.getProperty("bench.warmup", "true"))) {
            long w0 = System.nanoTime();
            long wCpu0 = processCpuNanos();
            Warmup warmup = RunLensApp.warmUp(workbench);
            boolean ended = warmup.awaitEnd(settle * 1000);
            System.out.printf(Locale.ROOT, "start-up warm-up (%d rounds over the packaged samples): %s (process CPU %d ms)%n",
                    RunLensApp.WARMUP_ROUNDS, ended ? "done in " + (System.nanoTime() - w0) / 1_000_000 + " ms" : "still running",
                    (processCpuNanos() - wCpu0) / 1_000_000);
            long left = settle * 1000 - (System.nanoTime() - w0) / 1_000_000;
            if (left > 0) Thread.sleep(left);
        } else {
            System.out.println("no start-up warm-up (bench.warmup=false)");
            Thread.sleep(settle * 1000);
        }

        for (int i = 0; i < runs; i++) {
            String load = loadAverage();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            onFx(() -> model.get().open(bundle.file()));
            awaitShown(model.get(), bundle.events());
            long shown = System.nanoTime() - t0;
            long shownCpu = processCpuNanos() - cpu0;
            awaitIdle(executor);
            System.out.printf(Locale.ROOT, "time to first view (verdict, header, trace table), %s: %d ms (process CPU %d ms);"
                            + " time to interactive (all background work done): %d ms (process CPU %d ms); load %s%n",
                    i == 0 ? "first open in this process" : "warm " + i, shown / 1_000_000, shownCpu / 1_000_000,
                    (System.nanoTime() - t0) / 1_000_000, (processCpuNanos() - cpu0) / 1_000_000, load);
        }

        for (RunTab tab : List.of(RunTab.REPLAY, RunTab.DAG)) {
            onFx(() -> model.get().session().showTab(tab));
            awaitIdle(executor);
            Random random = new Random(7);
            double[] ms = new double[jumps];
            for (int j = 0; j < jumps; j++) {
                int position = random.nextInt(bundle.events() + 1);
                long t0 = System.nanoTime();
                onFx(() -> model.get().session().moveTo(position));
                awaitIdle(executor);
                ms[j] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "replay jump with the %s tab in front (%d random positions): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    tab.title(), jumps, ms[jumps / 2], ms[(int) (jumps * 0.9)], ms[jumps - 1]);
        }
        executor.shutdown();
        Platform.exit();
    }

    /**
     * CPU time of the whole process (every thread, garbage collector included): on this 2-core
     * machine shared with other builds, wall time swings with their load, CPU time much less.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The 1-minute load average, where the system tells it (Linux), else "?". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Monocle headless, software rendering, a screen larger than the window (app/pom.xml sets the same for tests). */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** Until the banner has a verdict, the run is in the session and the trace table has every event. */
    private static void awaitShown(VerificationViewModel model, int events) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        while (true) {
            onFx(() -> {
                Verdict v = model.bannerProperty().get().verdict();
                TableView<?> table = model.session().inspection().isEmpty() ? null
                        : (TableView<?>) STAGE.get().getScene().lookup("#" + TracePane.TABLE_ID);
                shown.set(v != Verdict.VERIFYING && v != Verdict.NONE && table != null && table.getItems().size() == events);
            });
            if (shown.get()) return;
            LockSupport.parkNanos(1_000_000);
        }
    }

    /**
     * Until no work is in flight across two FX round trips (a callback may start more work). Polls
     * every 0.1 ms rather than spinning, so the wait does not take one of the machine's two cores
     * from the work it waits for.
     */
    private static void awaitIdle(FxTaskExecutor executor) throws Exception {
        List<Boolean> quiet = new ArrayList<>();
        while (quiet.size() < 2) {
            while (executor.inFlight() > 0) LockSupport.parkNanos(100_000);
            onFx(() -> { });
            if (executor.inFlight() == 0) quiet.add(true);
            else quiet.clear();
        }
    }
}
