package dev.runlens.audit;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests' bundles live. */
final class TestFiles {
    private TestFiles() {}

    static final Path SAMPLES = ProjectFolder.sampleBundles();
    static final Path AUDIT_FIXTURES = SAMPLES.resolve("negative/audit");
    /** The realistic run every audit fixture is made from (generator: lib/audit-fixtures.mjs). */
    static final Path FIXTURE_BASE = SAMPLES.resolve("2026-10-06-claims-triage-rework-completed.json");

    static Path fixture(String name) {
        return AUDIT_FIXTURES.resolve(name);
    }

    /** The realistic sample bundles ({@code sample-bundles/*.json} but expected.json). */
    static List<Path> realisticSamples() {
        return jsonFiles(SAMPLES).stream().filter(p -> !p.getFileName().toString().equals("expected.json")).toList();
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typed model of a file: normalised when accepted, lenient otherwise. */
    static RunBundle model(Path file) {
        BundleReader.Loaded l = BundleReader.loader().read(file);
        return l.report().accepted() ? BundleModel.from(l.normalizedTree(), l.rawTree()) : BundleModel.lenient(l.rawTree());
    }
}
