package dev.runlens.workbench;

import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.model.RunBundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs read for cost figures: each accepted bundle once per run id (the first file, in the order
 * given and by name within a folder; in a library, its oldest accepted import), and every file left
 * out with the reason. {@code named} marks files given by name rather than found in a folder or a
 * library. {@code inputs} are what was given, each a file, a folder or a library.
 */
public record RunSet(List<Input> inputs, List<Loaded> runs, List<Skipped> skipped) {
    public RunSet {
        inputs = List.copyOf(inputs);
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
    }

    public RunSet(List<Loaded> runs, List<Skipped> skipped) {
        this(List.of(), runs, skipped);
    }

    /** What a path given to {@link Workbench#loadRuns} turned out to be. */
    public enum Kind { FILE, FOLDER, LIBRARY }

    public record Input(Path path, Kind kind) {}

    /**
     * One run read: the file it was read from (a library's kept original for a library run), the
     * bundle, where it came from, the reference runtime's integrity verdict and computed digest,
     * the name to show (the file, or the path a library run was imported from), and its library row
     * id ({@code -1} when not from a library).
     */
    public record Loaded(Path file, RunBundle bundle, Input from, IntegrityVerdict integrity, String sha256, String name,
                         long bundleId) {
        public Loaded(Path file, RunBundle bundle) {
            this(file, bundle, new Input(file, Kind.FILE), IntegrityVerdict.VALID, null, file.toString(), -1);
        }
    }

    public record Skipped(Path file, String reason, boolean named) {}

    /** One input's share: runs read, their integrity verdicts, files left out. */
    public record SourceSummary(Input input, int runs, Map<IntegrityVerdict, Integer> verdicts, int skipped) {
        public SourceSummary {
            verdicts = Map.copyOf(verdicts);
        }
    }

    public List<RunBundle> bundles() {
        return runs.stream().map(Loaded::bundle).toList();
    }

    /** Whether a file given by name could not be read or was rejected (not just a duplicate run). */
    public boolean namedFileUnusable() {
        return skipped.stream().anyMatch(s -> s.named() && !s.reason().startsWith("same run as "));
    }

    /** Per input, in the order given: how many runs it gave, with which integrity verdicts, and how many files it left out. */
    public List<SourceSummary> sources() {
        List<SourceSummary> out = new ArrayList<>();
        for (Input in : inputs) {
            Map<IntegrityVerdict, Integer> verdicts = new EnumMap<>(IntegrityVerdict.class);
            int n = 0;
            for (Loaded l : runs) {
                if (!l.from().equals(in)) continue;
                n++;
                verdicts.merge(l.integrity(), 1, Integer::sum);
            }
            int left = (int) skipped.stream().filter(s -> s.file().startsWith(in.path())).count();
            out.add(new SourceSummary(in, n, verdicts, left));
        }
        return out;
    }
}
