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
