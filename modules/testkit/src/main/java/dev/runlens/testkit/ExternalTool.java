package dev.runlens.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command-line tool an interop test drives (e.g. {@code openssl}). Without it a test says so and
 * is skipped — except under {@code CI=true}, where {@code .ci/run} installs it and its absence fails.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** The executable on the {@code PATH}, or a skipped (locally) / failed (CI) test. */
    public static Path require(String name, String why) {
        Path found = find(name);
        if (found == null) {
            String msg = "'" + name + "' is not on the PATH: " + why + " is not tested";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(msg + " and CI=true (.ci/run installs it)");
            System.err.println("SKIPPED: " + msg);
            Assumptions.abort(msg);
        }
        return found;
    }

    /** One finished run of a tool. */
    public record Run(int exit, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code exe args...} in {@code dir} with no input; at most 60 seconds. */
    public static Run run(Path exe, Path dir, String... args) throws java.io.IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File(
                System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null"))).start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                return new byte[0];
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new java.io.IOException(name(exe) + " timed out: " + cmd);
        }
        return new Run(p.exitValue(), out, new String(err.join(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String name(Path exe) {
        return exe.getFileName().toString();
    }

    static Path find(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String ext : new String[]{"", ".exe"}) {
                Path p = Path.of(dir, name + ext);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return null;
    }
}
