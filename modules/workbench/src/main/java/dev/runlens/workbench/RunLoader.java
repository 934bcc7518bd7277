package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads files and folders (their {@code *.json} files, not recursively) into a {@link RunSet}. */
final class RunLoader {
    private RunLoader() {}

    static RunSet load(List<Path> inputs) {
        List<RunSet.Loaded> runs = new ArrayList<>();
        List<RunSet.Skipped> skipped = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path in : inputs) {
            boolean named = !Files.isDirectory(in);
            for (Path f : named ? List.of(in) : jsonFiles(in, skipped)) {
                BundleReader.Loaded l = BundleReader.loader().read(f);
                if (!l.report().accepted()) {
                    skipped.add(new RunSet.Skipped(f, l.report().error().code() + ": " + l.report().error().message(), named));
                    continue;
                }
                RunBundle b = BundleModel.of(l);
                Path first = seen.putIfAbsent(b.run().id(), f);
                if (first != null) skipped.add(new RunSet.Skipped(f, "same run as " + first + " (" + b.run().id() + ")", named));
                else runs.add(new RunSet.Loaded(f, b));
            }
        }
        return new RunSet(runs, skipped);
    }

    private static List<Path> jsonFiles(Path dir, List<RunSet.Skipped> skipped) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            skipped.add(new RunSet.Skipped(dir, "cannot list the folder: " + e.getMessage(), true));
            return List.of();
        }
    }
}
