package dev.runlens.costs;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test access to real bundles: the samples and the shared corpus, read as the workbench reads them. */
public final class Bundles {
    private Bundles() {}

    /** The model of an accepted bundle, or null when the runtime rejects the file. */
    public static RunBundle accepted(Path file) {
        BundleReader.Loaded l = BundleReader.loader().read(file);
        return l.report().accepted() ? BundleModel.of(l) : null;
    }

    public static RunBundle sample(String name) {
        return accepted(ProjectFolder.sampleBundles().resolve(name));
    }

    /** The 14 realistic sample runs, by file name. */
    public static List<Path> sampleFiles() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RunBundle> samples() {
        return sampleFiles().stream().map(Bundles::accepted).toList();
    }

    public static JsonValue.Obj json(Path file) {
        try {
            return (JsonValue.Obj) JsonReader.hardened().read(Files.readAllBytes(file)).value();
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** A sample bundle with members added to {@code run.metadata} (the schema accepts it; integrity no longer holds). */
    public static RunBundle withMetadata(String sample, String members) {
        try {
            String text = Files.readString(ProjectFolder.sampleBundles().resolve(sample));
            var m = java.util.regex.Pattern.compile("\"metadata\":\\s*\\{").matcher(text);
            if (!m.find()) throw new IllegalArgumentException(sample + " has no metadata");
            String edited = text.substring(0, m.end()) + members + ", " + text.substring(m.end());
            BundleReader.Loaded l = BundleReader.loader().read(sample, edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (!l.report().accepted()) throw new IllegalArgumentException(String.valueOf(l.report().error()));
            return BundleModel.of(l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
