package dev.runlens.protocol.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion and reports its exit code, output (stdout and stderr merged) and wall time. */
record ChildProcess(int exitCode, String output, double wallSeconds) {

    static ChildProcess run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                out[0] = in.readAllBytes();
            } catch (IOException e) {
                out[0] = ("<cannot read output: " + e + ">").getBytes(StandardCharsets.UTF_8);
            }
        }, "child-output");
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        reader.join();
        return new ChildProcess(p.exitValue(), new String(out[0], StandardCharsets.UTF_8), wall);
    }

    /** The executable {@code name} on PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** The {@code key=value} token of a VerifyOnce line, or null. */
    String field(String key) {
        for (String token : output.split("\\s+")) {
            if (token.startsWith(key + "=")) return token.substring(key.length() + 1);
        }
        return null;
    }
}
