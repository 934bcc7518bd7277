package dev.runlens.protocol.bench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.VerificationReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code runlens verify FILE} does, without picocli: one file through
 * {@code BundleReader.verifier()}, one line on stdout. Exit 0 valid, 1 integrity failed, 2 rejected.
 * The benchmark's cold-start measurement and the streaming memory test run it in a child JVM.
 */
public final class VerifyOnce {
    private VerifyOnce() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: VerifyOnce FILE");
            System.exit(64);
        }
        long t0 = System.nanoTime();
        VerificationReport r = BundleReader.verifier().read(Path.of(args[0])).report();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "integrity=%s accepted=%s computedSha256=%s bytes=%d verifySeconds=%.3f peakHeapMiB=%.1f maxHeapMiB=%.1f%n",
                r.integrity().label(), r.accepted(), r.computedSha256(), r.bytes(), seconds,
                peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        if (r.error() != null) System.out.println("error=" + r.error().code() + ": " + r.error().message());
        System.exit(r.valid() ? 0 : r.accepted() ? 1 : 2);
    }

    /** Sum of the heap pools' peak usage: an upper bound of the live heap at any one time. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
