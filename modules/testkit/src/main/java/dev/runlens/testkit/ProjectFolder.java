package dev.runlens.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The checkout's root (the folder with {@code sample-bundles/}), found from the test's working directory. */
public final class ProjectFolder {
    private ProjectFolder() {}

    public static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-bundles")) && Files.exists(dir.resolve("mvnw"))) return dir;
        }
        throw new IllegalStateException("cannot find the project root (sample-bundles/ and mvnw) above " + Paths.get("").toAbsolutePath());
    }

    public static Path sampleBundles() {
        return root().resolve("sample-bundles");
    }
}
