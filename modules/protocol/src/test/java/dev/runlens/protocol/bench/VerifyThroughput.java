package dev.runlens.protocol.bench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.VerificationReport;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Verification throughput: RunLens in-process and cold (child JVM), {@code sha256sum}, and the
 * reference runtime in Node, on synthetic bundles of 10 and 100 MB (MB = 10^6 bytes).
 *
 * <pre>./mvnw -q -Pbench verify -pl modules/protocol -am [-Dbench.sizes=10,100] [-Dbench.huge=true]
 *     [-Dbench.layout=pretty|compact] [-Dbench.seed=42] [-Dbench.steadyWarmups=10]</pre>
 *
 * In-process timing follows the protocol asked for (one warm-up, best and median of three); an
 * extra row repeats it after {@code bench.steadyWarmups} more warm-ups, since on a small machine
 * one pass over 10 MB leaves the JIT far from done.
 *
 * With {@code bench.huge=true} it also verifies a 500 MB bundle in a child JVM limited to
 * {@code -Xmx256m}. Fails (after printing) when any verdict is not valid or differs from the reference.
 */
public final class VerifyThroughput {
    private static final int RUNS = 3;
    private static final double MB = 1e6;

    private record Config(List<Integer> sizesMb, boolean huge, int hugeMb, SyntheticBundles.Layout layout, long seed,
                          int steadyWarmups, Path dir, Path root) {
        static Config fromSystemProperties() {
            List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10,100").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
            String root = System.getProperty("bench.root");
            return new Config(sizes, Boolean.getBoolean("bench.huge"), Integer.getInteger("bench.hugeMb", 500),
                    SyntheticBundles.Layout.valueOf(System.getProperty("bench.layout", "pretty").toUpperCase(Locale.ROOT)),
                    Long.getLong("bench.seed", 42), Integer.getInteger("bench.steadyWarmups", 10), Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
                    root == null ? null : Path.of(root));
        }
    }

    private record Timing(double best, double median) {
        static Timing of(double[] seconds) {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return new Timing(s[0], s[s.length / 2]);
        }
    }

    private final Config config;
    private final String classPath;
    private final List<String> problems = new ArrayList<>();

    private VerifyThroughput(Config config) {
        this.config = config;
        this.classPath = classPath();
    }

    public static void main(String[] args) throws Exception {
        new VerifyThroughput(Config.fromSystemProperties()).run();
    }

    private void run() throws Exception {
        Files.createDirectories(config.dir());
        ReferenceRuntime ref = ReferenceRuntime.locate(config.root(), config.dir());
        System.out.printf(Locale.ROOT, "%nRunLens verify throughput: JDK %s, %d CPUs, max heap %d MiB; MB = 10^6 bytes; layout %s, seed %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, config.layout().name().toLowerCase(Locale.ROOT), config.seed());
        if (ref != null) System.out.println("reference runtime: " + ref.packageDir());
        for (int mb : config.sizesMb()) size(mb, ref);
        if (config.huge()) huge(config.hugeMb());
        if (!problems.isEmpty()) throw new IllegalStateException("benchmark found wrong answers: " + problems);
    }

    private SyntheticBundles.Bundle generate(int mb) throws Exception {
        Path file = config.dir().resolve("bundle-" + mb + "MB-" + config.layout().name().toLowerCase(Locale.ROOT) + ".json");
        long t0 = System.nanoTime();
        SyntheticBundles.Bundle b = SyntheticBundles.write(file, mb * (long) MB, config.seed(), config.layout());
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%n%s: %,d bytes, %,d events, integrity %s (generated in %.1f s)%n",
                file.getFileName(), b.bytes(), b.events(), b.integritySha256(), s);
        return b;
    }

    private void size(int mb, ReferenceRuntime ref) throws Exception {
        SyntheticBundles.Bundle b = generate(mb);
        Timing in = inProcess(b);
        Timing steady = steadyState(b);
        Timing cold = cold(b);
        Timing sha = sha256sum(b);
        ReferenceRuntime.Result r = ref == null ? null : ref.verify(b.file(), RUNS);

        System.out.printf("  %-52s %9s %9s %9s  %s%n", "measurement", "best s", "median s", "MB/s", "verdict / notes");
        row("RunLens in-process verify (1 warm-up, " + RUNS + " runs)", in, b, "valid, computedSha256 = generator's");
        if (steady != null) {
            row("  same, steady state (+" + config.steadyWarmups() + " warm-ups, " + RUNS + " runs)", steady, b, "for comparison: JIT fully warm");
        }
        row("RunLens cold, child JVM VerifyOnce (wall, " + RUNS + " runs)", cold, b, "valid, computedSha256 = generator's");
        if (sha != null) row("sha256sum FILE (wall, " + RUNS + " runs)", sha, b, "-");
        else System.out.println("  sha256sum: not on PATH");
        if (r != null) {
            double[] best = r.best();
            boolean verdictMatch = "valid".equals(r.verdict());
            boolean hashMatch = b.integritySha256().equals(r.computedSha256());
            row("reference parse+verify in node (" + RUNS + " runs)", new Timing(best[0] / 1000, r.medianSeconds()), b,
                    r.verdict() + " " + (verdictMatch ? "MATCH" : "DIFFER") + " (hash " + (hashMatch ? "MATCH" : "DIFFER") + ")");
            System.out.printf(Locale.ROOT, "  %-52s best run: readFileSync %.0f ms, parseRunBundleJson %.0f ms, verifyRunBundleIntegrity %.0f ms; %s, node %s%n",
                    "", best[1], best[2], best[3], r.runtime(), r.nodeVersion());
            if (!verdictMatch || !hashMatch) problems.add(b.file().getFileName() + ": reference says " + r.verdict() + " " + r.error());
            System.out.printf(Locale.ROOT, "  ratio: RunLens in-process is %.2fx faster than the reference (%s)%n",
                    best[0] / 1000 / in.best(), best[0] / 1000 / in.best() >= 2 ? "target >= 2x met" : "BELOW the 2x target");
        }
        if (sha != null) {
            System.out.printf(Locale.ROOT, "  ratio: RunLens in-process takes %.2fx the time of sha256sum (%s)%n",
                    in.best() / sha.best(), in.best() / sha.best() <= 4 ? "target <= 4x met" : "ABOVE the 4x target");
        }
    }

    private static void row(String what, Timing t, SyntheticBundles.Bundle b, String notes) {
        System.out.printf(Locale.ROOT, "  %-52s %9.3f %9.3f %9.1f  %s%n", what, t.best(), t.median(), b.bytes() / MB / t.best(), notes);
    }

    private Timing inProcess(SyntheticBundles.Bundle b) {
        check(b, BundleReader.verifier().read(b.file()).report()); // warm-up
        return timedRuns(b);
    }

    /** More warm-up runs first: on few cores the JIT needs several passes over a 10 MB file. */
    private Timing steadyState(SyntheticBundles.Bundle b) {
        if (config.steadyWarmups() <= 0) return null;
        for (int i = 0; i < config.steadyWarmups(); i++) check(b, BundleReader.verifier().read(b.file()).report());
        return timedRuns(b);
    }

    private Timing timedRuns(SyntheticBundles.Bundle b) {
        double[] s = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long t0 = System.nanoTime();
            VerificationReport r = BundleReader.verifier().read(b.file()).report();
            s[i] = (System.nanoTime() - t0) / 1e9;
            check(b, r);
        }
        return Timing.of(s);
    }

    private void check(SyntheticBundles.Bundle b, VerificationReport r) {
        if (!r.valid() || !b.integritySha256().equals(r.computedSha256())) {
            problems.add(b.file().getFileName() + ": RunLens says " + r.integrity() + " " + r.computedSha256() + " " + r.error());
        }
    }

    private Timing cold(SyntheticBundles.Bundle b) throws Exception {
        double[] s = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ChildProcess p = ChildProcess.run(List.of(java(), "-cp", classPath, VerifyOnce.class.getName(), b.file().toString()), 600);
            s[i] = p.wallSeconds();
            if (p.exitCode() != 0 || !b.integritySha256().equals(p.field("computedSha256"))) {
                problems.add(b.file().getFileName() + ": VerifyOnce exit " + p.exitCode() + ": " + p.output().strip());
            }
        }
        return Timing.of(s);
    }

    private static Timing sha256sum(SyntheticBundles.Bundle b) throws Exception {
        Path exe = ChildProcess.onPath("sha256sum");
        if (exe == null) return null;
        double[] s = new double[RUNS];
        for (int i = 0; i < RUNS; i++) s[i] = ChildProcess.run(List.of(exe.toString(), b.file().toString()), 600).wallSeconds();
        return Timing.of(s);
    }

    /** A bundle far larger than the heap, verified by a child JVM with {@code -Xmx256m}. */
    private void huge(int mb) throws Exception {
        SyntheticBundles.Bundle b = generate(mb);
        List<String> cmd = new ArrayList<>();
        Path time = Path.of("/usr/bin/time");
        boolean rss = Files.isExecutable(time);
        if (rss) cmd.addAll(List.of(time.toString(), "-v"));
        cmd.addAll(List.of(java(), "-Xmx256m", "-cp", classPath, VerifyOnce.class.getName(), b.file().toString()));
        ChildProcess p = ChildProcess.run(cmd, 1_800);
        boolean ok = p.exitCode() == 0 && b.integritySha256().equals(p.field("computedSha256"));
        if (!ok) problems.add(b.file().getFileName() + ": VerifyOnce -Xmx256m exit " + p.exitCode() + ": " + p.output().strip());
        System.out.printf(Locale.ROOT, "  child JVM -Xmx256m VerifyOnce: wall %.2f s (%.1f MB/s), exit %d, integrity=%s, computedSha256 %s, "
                        + "peak heap (pools, summed) %s MiB, peak RSS %s%n",
                p.wallSeconds(), b.bytes() / MB / p.wallSeconds(), p.exitCode(), p.field("integrity"),
                ok ? "= generator's" : "WRONG", p.field("peakHeapMiB"), rss ? peakRss(p.output()) : "n/a (no /usr/bin/time)");
        Files.deleteIfExists(b.file());
    }

    private static String peakRss(String timeOutput) {
        for (String line : timeOutput.split("\n")) {
            String l = line.strip();
            if (l.startsWith("Maximum resident set size (kbytes):")) {
                long kb = Long.parseLong(l.substring(l.indexOf(':') + 1).strip());
                return String.format(Locale.ROOT, "%.0f MiB (/usr/bin/time -v)", kb / 1024.0);
            }
        }
        return "n/a";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path this class was loaded from: under {@code exec:java} that is the plugin's
     * class loader (test scope), not {@code java.class.path} (Maven's launcher).
     */
    private static String classPath() {
        if (VerifyThroughput.class.getClassLoader() instanceof URLClassLoader u && u.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
