package dev.runlens.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates {@code ../shared} (reference corpus, conformance suites) beside the checkout. When it is
 * absent a test says so and is skipped — except under {@code CI=true}, where its absence fails the
 * build rather than letting conformance silently go untested.
 */
public final class SharedFolder {
    private SharedFolder() {}

    /** The shared folder, or a skipped (locally) / failed (CI) test when it is missing. */
    public static Path require() {
        Path p = locate();
        if (p == null) {
            String msg = "../shared is not beside this checkout (set -Drunlens.shared=DIR): conformance tests need it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(msg + " and CI=true");
            System.err.println("SKIPPED: " + msg);
            Assumptions.abort(msg);
        }
        return p;
    }

    /** A path under the shared folder, e.g. {@code corpus/manifest.json}. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        if (!Files.exists(p)) Assertions.fail(p + " is missing from the shared folder");
        return p;
    }

    static Path locate() {
        String prop = System.getProperty("runlens.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop))) return Paths.get(prop).normalize();
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) return candidate;
        }
        return null;
    }
}
