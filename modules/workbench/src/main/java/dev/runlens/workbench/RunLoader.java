package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.store.Library;
import dev.runlens.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads files, folders (their {@code *.json} files, not recursively) and libraries (a folder that
 * holds {@code library.db}) into a {@link RunSet}.
 */
final class RunLoader {
    private final List<RunSet.Input> inputs = new ArrayList<>();
    private final List<RunSet.Loaded> runs = new ArrayList<>();
    private final List<RunSet.Skipped> skipped = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();

    static RunSet load(List<Path> inputs, List<Path> libraries, DateRange range) {
        RunLoader l = new RunLoader();
        for (Path lib : libraries) l.library(lib, range, true);
        for (Path in : inputs) {
            if (LibraryRuns.isLibrary(in)) l.library(in, range, false);
            else l.filesOrFolder(in);
        }
        return new RunSet(l.inputs, l.runs, l.skipped);
    }

    private void filesOrFolder(Path in) {
        boolean named = !Files.isDirectory(in);
        RunSet.Input input = new RunSet.Input(in, named ? RunSet.Kind.FILE : RunSet.Kind.FOLDER);
        inputs.add(input);
        for (Path f : named ? List.of(in) : jsonFiles(in)) {
            BundleReader.Loaded l = BundleReader.loader().read(f);
            if (!l.report().accepted()) {
                skipped.add(new RunSet.Skipped(f, l.report().error().code() + ": " + l.report().error().message(), named));
                continue;
            }
            add(new RunSet.Loaded(f, BundleModel.of(l), input, l.report().integrity(), l.report().computedSha256(), f.toString(), -1),
                    named);
        }
    }

    private void library(Path folder, DateRange range, boolean named) {
        RunSet.Input input = new RunSet.Input(folder, RunSet.Kind.LIBRARY);
        inputs.add(input);
        if (!LibraryRuns.isLibrary(folder)) {
            skipped.add(new RunSet.Skipped(folder, "no RunLens library here (" + Library.DB_FILE + ")", true));
            return;
        }
        try (Library reader = Library.openReader(folder)) {
            RunSet set = LibraryRuns.read(reader, range);
            set.runs().forEach(r -> add(r, named));
            skipped.addAll(set.skipped());
        } catch (StoreException e) {
            skipped.add(new RunSet.Skipped(folder, "cannot read the library: " + e.getMessage(), true));
        }
    }

    /** Keeps the first copy of each run id. */
    private void add(RunSet.Loaded run, boolean named) {
        RunBundle b = run.bundle();
        String first = seen.putIfAbsent(b.run().id(), run.name());
        if (first != null) skipped.add(new RunSet.Skipped(run.file(), "same run as " + first + " (" + b.run().id() + ")", named));
        else runs.add(run);
    }

    private List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            skipped.add(new RunSet.Skipped(dir, "cannot list the folder: " + e.getMessage(), true));
            return List.of();
        }
    }
}
