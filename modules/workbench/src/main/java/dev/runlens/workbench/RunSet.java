package dev.runlens.workbench;

import dev.runlens.protocol.model.RunBundle;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs read for cost figures: each accepted bundle once per run id (the first file, in the order
 * given and by name within a folder), and every file left out with the reason. {@code named} marks
 * files given by name rather than found in a folder.
 */
public record RunSet(List<Loaded> runs, List<Skipped> skipped) {
    public RunSet {
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
    }

    public record Loaded(Path file, RunBundle bundle) {}

    public record Skipped(Path file, String reason, boolean named) {}

    public List<RunBundle> bundles() {
        return runs.stream().map(Loaded::bundle).toList();
    }

    /** Whether a file given by name could not be read or was rejected (not just a duplicate run). */
    public boolean namedFileUnusable() {
        return skipped.stream().anyMatch(s -> s.named() && !s.reason().startsWith("same run as "));
    }
}
