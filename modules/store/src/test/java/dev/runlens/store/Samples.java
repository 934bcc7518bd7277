package dev.runlens.store;

import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The realistic sample bundles, and distinct copies of them made by trailing whitespace (JSON unchanged). */
final class Samples {
    private Samples() {}

    static List<Path> bundles() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().equals("expected.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path negative(String name) {
        return ProjectFolder.sampleBundles().resolve("negative").resolve(name);
    }

    /** Writes {@code count} distinct files into {@code dir}: sample i mod 14 followed by i spaces. */
    static List<Path> variants(Path dir, int count) throws IOException {
        List<Path> samples = bundles();
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            byte[] src = Files.readAllBytes(samples.get(i % samples.size()));
            Path out = dir.resolve(String.format("v%04d.json", i));
            Files.write(out, concat(src, (" ".repeat(i) + "\n").getBytes()));
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
