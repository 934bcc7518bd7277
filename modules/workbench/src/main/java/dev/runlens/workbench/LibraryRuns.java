package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.store.Library;
import dev.runlens.store.RunRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A RunLens library as a source of runs for cost figures: the runs the library answers for (each
 * run id once, its oldest accepted import) read from their kept originals, so every figure is
 * computed exactly as for files.
 */
public final class LibraryRuns {
    private LibraryRuns() {}

    /** Whether {@code folder} holds a RunLens library ({@code library.db}). */
    public static boolean isLibrary(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(Library.DB_FILE));
    }

    /** The library's runs started in {@code range}; a kept original that cannot be read is skipped with the reason. */
    public static RunSet read(Library library, DateRange range) {
        RunSet.Input input = new RunSet.Input(library.folder(), RunSet.Kind.LIBRARY);
        List<RunSet.Loaded> runs = new ArrayList<>();
        List<RunSet.Skipped> skipped = new ArrayList<>();
        for (RunRow row : library.costRuns(range.start(), range.end())) {
            Path blob = library.blobs().path(row.fileSha());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(blob);
            } catch (IOException e) {
                skipped.add(new RunSet.Skipped(blob, row.sourcePath() + ": the kept original cannot be read: " + e.getMessage(), false));
                continue;
            }
            BundleReader.Loaded l = BundleReader.loader().read(row.sourcePath(), bytes);
            if (!l.report().accepted()) {
                skipped.add(new RunSet.Skipped(blob, row.sourcePath() + ": " + l.report().error().code() + ": "
                        + l.report().error().message(), false));
                continue;
            }
            runs.add(new RunSet.Loaded(blob, BundleModel.of(l), input, l.report().integrity(), l.report().computedSha256(),
                    row.sourcePath(), row.bundleId()));
        }
        return new RunSet(List.of(input), runs, skipped);
    }
}
