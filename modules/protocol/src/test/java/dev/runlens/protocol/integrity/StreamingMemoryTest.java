package dev.runlens.protocol.integrity;

import dev.runlens.protocol.bench.SyntheticBundles;
import dev.runlens.protocol.bench.VerifyOnce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verification streams: a 64 MB bundle is verified by a JVM whose whole heap is 32 MiB, half the
 * file's size, with the runtime's verdict and hash. Memory is bounded by the largest trace event
 * (plus fixed buffers), not by the file.
 */
class StreamingMemoryTest {
    private static final long BUNDLE_BYTES = 64_000_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void bundleTwiceTheHeapVerifiesValidInAChildJvmWith32MiB() throws Exception {
        SyntheticBundles.Bundle b = SyntheticBundles.write(dir.resolve("big.json"), BUNDLE_BYTES, 64, SyntheticBundles.Layout.COMPACT);
        assertTrue(b.bytes() > 2L * (32 << 20) * 9 / 10, () -> "bundle is only " + b.bytes() + " bytes");

        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                VerifyOnce.class.getName(), b.file().toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(50, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();

        assertTrue(done, "child JVM did not finish");
        assertEquals(0, p.exitValue(), () -> "child JVM output:\n" + out);
        assertTrue(out.contains("integrity=valid accepted=true computedSha256=" + b.integritySha256() + " "), () -> out);
        System.out.println("StreamingMemoryTest: " + b.bytes() + " bytes, " + b.events() + " events; child -Xmx32m: " + out.strip());
    }

}
