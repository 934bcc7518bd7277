package dev.runlens.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bundle files tests run over whole: every sample and negative fixture, then every reference corpus file. */
public final class BundleFiles {
    private BundleFiles() {}

    public static List<Path> samplesAndCorpus() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ProjectFolder.sampleBundles())) {
            s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("node_modules")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(SharedFolder.require("corpus"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
        }
        return out;
    }
}
