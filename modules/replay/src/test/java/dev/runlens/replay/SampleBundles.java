package dev.runlens.replay;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The realistic sample bundles of {@code sample-bundles/}, by file name. */
public final class SampleBundles {
    private SampleBundles() {}

    /** File names of the realistic runs (none when the folder is not there). */
    public static List<String> realistic() throws IOException {
        Path dir;
        try {
            dir = ProjectFolder.sampleBundles();
        } catch (IllegalStateException e) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("expected.json")).sorted().toList();
        }
    }

    public static RunBundle bundle(String name) {
        BundleReader.Loaded l = BundleReader.loader().read(ProjectFolder.sampleBundles().resolve(name));
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }
}
