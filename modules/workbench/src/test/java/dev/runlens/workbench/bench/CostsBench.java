package dev.runlens.workbench.bench;

import dev.runlens.store.DailyWorkflowCost;
import dev.runlens.store.ImportProgress;
import dev.runlens.store.ImportSummary;
import dev.runlens.workbench.DateRange;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The library at scale: generates {@code bench.bundles} bundles (default 10,000) of about
 * {@code bench.receipts} receipts each (default 100, so about a million) from the sample runs,
 * imports them into a new library, and prints import throughput and the time of the daily cost
 * per workflow query in SQL (target under 100 ms). Run with
 * {@code ./mvnw -q -Pbench-costs -DskipTests verify -pl modules/workbench -am}. Prints; asserts nothing.
 */
public final class CostsBench {
    private CostsBench() {}

    public static void main(String[] args) throws Exception {
        int bundles = Integer.getInteger("bench.bundles", 10_000);
        int receipts = Integer.getInteger("bench.receipts", 100);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-costs"));
        Path samples = Path.of(System.getProperty("bench.samples", "sample-bundles"));
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(dir.resolve("library").resolve("library.db"));
        if (reuse) {
            try (RunLibrary library = RunLibrary.open(dir.resolve("library"), new Workbench(TaskExecutor.sameThread()))) {
                query(library);
            }
            return;
        }
        clean(dir);
        Path files = Files.createDirectories(dir.resolve("bundles"));
        List<Path> sampleFiles;
        try (Stream<Path> s = Files.list(samples)) {
            sampleFiles = s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        }
        GeneratedRuns gen = new GeneratedRuns(sampleFiles, receipts);
        long t0 = System.nanoTime();
        long written = 0;
        for (int i = 0; i < bundles; i++) written += gen.write(i, files.resolve(String.format("run-%05d.json", i)));
        long bytes = 0;
        try (Stream<Path> s = Files.list(files)) {
            for (Path p : s.toList()) bytes += Files.size(p);
        }
        System.out.printf(Locale.ROOT, "generated %,d bundles, %,d receipts, %.1f MB in %.1f s%n", bundles, written, bytes / 1e6,
                (System.nanoTime() - t0) / 1e9);

        Workbench workbench = new Workbench(TaskExecutor.sameThread());
        try (RunLibrary library = RunLibrary.open(dir.resolve("library"), workbench)) {
            long t1 = System.nanoTime();
            ImportSummary summary = library.importPaths(List.of(files), ImportProgress.NONE, () -> false);
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "import: %,d files in %.1f s = %.1f bundles/s, %.2f MB/s (audited, indexed, kept)%n",
                    summary.results().size(), seconds, summary.results().size() / seconds, bytes / 1e6 / seconds);
            query(library);
        }
    }

    /**
     * Times the daily cost per workflow query: the first run, then the median and minimum of thirty
     * warm runs, in wall time and in this thread's CPU time (SQLite runs on the calling thread, so
     * the CPU figure holds on a busy machine too).
     */
    private static void query(RunLibrary library) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[40];
        double[] cpu = new double[ms.length];
        List<DailyWorkflowCost> rows = List.of();
        for (int i = 0; i < ms.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long q = System.nanoTime();
            rows = library.dailyWorkflowCosts(DateRange.ALL);
            ms[i] = (System.nanoTime() - q) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        int runs = rows.stream().mapToInt(DailyWorkflowCost::runs).sum();
        long indexed = rows.stream().mapToLong(DailyWorkflowCost::receipts).sum();
        System.out.printf(Locale.ROOT, "daily cost per workflow (SQL): %,d rows over %,d runs and %,d receipts (target < 100 ms)%n",
                rows.size(), runs, indexed);
        System.out.printf(Locale.ROOT, "  wall: first %.1f ms, warm median %.1f ms, warm min %.1f ms%n", ms[0], median(ms), min(ms));
        System.out.printf(Locale.ROOT, "  cpu:  first %.1f ms, warm median %.1f ms, warm min %.1f ms (load average %.2f)%n", cpu[0],
                median(cpu), min(cpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(double[] all) {
        double[] warm = Arrays.copyOfRange(all, 10, all.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double min(double[] all) {
        return Arrays.stream(all, 10, all.length).min().orElseThrow();
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) Files.delete(p);
        }
    }
}
