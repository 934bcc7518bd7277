package dev.runlens.workbench.library;

import dev.runlens.store.ImportSource;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The 14 realistic sample runs (top level of sample-bundles/, without expected.json). */
final class LibrarySamples {
    private LibrarySamples() {}

    static List<Path> runs() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path named(String part) {
        return runs().stream().filter(p -> p.getFileName().toString().contains(part)).findFirst().orElseThrow();
    }

    static Path negative(String name) {
        return ProjectFolder.sampleBundles().resolve("negative").resolve(name);
    }

    /** The runs as non-file sources, as the app's bundled samples are. */
    static List<ImportSource> asSources() {
        return runs().stream().map(p -> ImportSource.of("sample-bundles/" + p.getFileName(), 0, () -> Files.readAllBytes(p))).toList();
    }
}
