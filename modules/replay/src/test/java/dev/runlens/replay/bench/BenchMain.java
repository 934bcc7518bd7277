package dev.runlens.replay.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;

/** Runs {@link ReplayBench} and prints a short summary after JMH's own report ({@code -Pbench}). */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(ReplayBench.class.getName())
                .verbosity(VerboseMode.NORMAL).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("RunLens replay, 200,000-event synthetic trace (ms per operation):");
        for (RunResult r : results) {
            var p = r.getPrimaryResult();
            var stats = p.getStatistics();
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            System.out.printf("  %-12s mean %8.3f  p50 %8.3f  p99 %8.3f  max %8.3f  (n=%d)%n", name,
                    stats.getMean(), stats.getPercentile(50), stats.getPercentile(99), stats.getMax(), stats.getN());
        }
    }
}
