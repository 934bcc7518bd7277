package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Imports files, folders (recursive, {@code *.json}) and ZIPs into a {@link Library}. Per file: the
 * original is stored first (content-addressed, atomic), then its rows are written in one
 * transaction; a file whose bytes are already indexed is skipped before it is parsed, which makes
 * an interrupted import resumable by simply running it again.
 */
public final class Importer {
    private final Library library;
    private final BundleReader reader;
    private final FindingsSource findings;
    private final ImportLimits limits;

    public Importer(Library library, BundleReader reader, FindingsSource findings, ImportLimits limits) {
        this.library = library;
        this.reader = reader;
        this.findings = findings;
        this.limits = limits;
    }

    /** The loader reader, strict findings and default limits. */
    public Importer(Library library) {
        this(library, BundleReader.loader(), FindingsSource.STRICT, ImportLimits.DEFAULT);
    }

    public ImportResult importFile(Path file) {
        return importAll(List.of(file), ImportProgress.NONE, () -> false).results().get(0);
    }

    /** Imports every path; {@code cancelled} is checked between files. */
    public ImportSummary importAll(List<Path> paths, ImportProgress progress, BooleanSupplier cancelled) {
        List<Closeable> open = new ArrayList<>();
        List<ImportResult> results = new ArrayList<>();
        try {
            return run(plan(paths, open, results), results, progress, cancelled);
        } finally {
            for (Closeable c : open) closeQuietly(c);
        }
    }

    /** Imports sources that are not files on disk (e.g. bundled samples); {@code cancelled} is checked between them. */
    public ImportSummary importSources(List<ImportSource> sources, ImportProgress progress, BooleanSupplier cancelled) {
        return run(sources, new ArrayList<>(), progress, cancelled);
    }

    private ImportSummary run(List<ImportSource> plan, List<ImportResult> results, ImportProgress progress,
                              BooleanSupplier cancelled) {
        long bytesTotal = plan.stream().mapToLong(ImportSource::size).sum();
        long bytesDone = 0;
        int done = 0;
        for (ImportSource s : plan) {
            if (cancelled.getAsBoolean()) return new ImportSummary(results, true);
            results.add(importOne(s));
            bytesDone += s.size();
            progress.update(++done, plan.size(), bytesDone, bytesTotal);
        }
        return new ImportSummary(results, false);
    }

    /**
     * Re-indexes, from their kept originals, the rows an older RunLens indexed ({@link Library#staleRuns()}),
     * each in one transaction; {@code cancelled} is checked between files and a later call goes on.
     * An original that cannot be read is reported {@code FAILED} and its row is left as it was.
     */
    public ImportSummary reindex(ImportProgress progress, BooleanSupplier cancelled) {
        List<RunRow> stale = library.staleRuns();
        List<ImportResult> results = new ArrayList<>();
        int done = 0;
        for (RunRow row : stale) {
            if (cancelled.getAsBoolean()) return new ImportSummary(results, true);
            results.add(reindexOne(row));
            progress.update(++done, stale.size(), 0, 0);
        }
        return new ImportSummary(results, false);
    }

    private ImportResult reindexOne(RunRow row) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(library.blobs().path(row.fileSha()));
        } catch (IOException e) {
            return failure(row.sourcePath(), "the kept original " + library.blobs().path(row.fileSha())
                    + " cannot be read: " + why(e));
        }
        BundleReader.Loaded loaded = reader.read(row.sourcePath(), bytes);
        RunBundle model = BundleModel.of(loaded);
        try {
            new BundleIndexer(library.db()).reindex(row.bundleId(), row.sourcePath(), loaded, model,
                    findings.findings(loaded, bytes));
        } catch (SQLException e) {
            throw new StoreException("Cannot re-index " + row.sourcePath() + " in " + library.folder() + ": " + e.getMessage(), e);
        }
        boolean ok = loaded.report().accepted();
        return result(row.sourcePath(), ok ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.IMPORTED_WITH_ERROR,
                row.bundleId(), model == null ? null : model.run().id(), ok ? "" : loaded.report().error().message());
    }

    private List<ImportSource> plan(List<Path> paths, List<Closeable> open, List<ImportResult> failed) {
        List<ImportSource> plan = new ArrayList<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    plan.addAll(folder(p));
                } else if (p.getFileName().toString().toLowerCase().endsWith(".zip")) {
                    ZipSources zip = new ZipSources(p, limits);
                    open.add(zip);
                    plan.addAll(zip.sources());
                } else {
                    plan.add(file(p));
                }
            } catch (IOException e) {
                failed.add(failure(p.toString(), why(e)));
            } catch (java.io.UncheckedIOException e) {
                failed.add(failure(p.toString(), "a file in the folder " + why(e.getCause())));
            }
        }
        return plan;
    }

    private List<ImportSource> folder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase().endsWith(".json"))
                    .sorted().map(this::file).toList();
        }
    }

    private ImportSource file(Path f) {
        return new ImportSource() {
            @Override public String name() { return f.toString(); }
            @Override public long size() {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }
            @Override public byte[] read() throws IOException {
                if (Files.size(f) > limits.maxFileBytes()) {
                    throw new IOException(f + ": larger than the limit of " + limits.maxFileBytes() + " bytes");
                }
                return Files.readAllBytes(f);
            }
        };
    }

    private ImportResult importOne(ImportSource s) {
        byte[] bytes;
        try {
            bytes = s.read();
        } catch (IOException e) {
            return failure(s.name(), why(e));
        }
        String sha = Blobs.sha(bytes);
        var existing = library.byFileSha(sha);
        if (existing.isPresent()) {
            RunRow r = existing.get();
            return result(s.name(), ImportResult.Outcome.ALREADY_IMPORTED, r.bundleId(), r.runId(), "already imported as " + r.sourcePath());
        }
        BundleReader.Loaded loaded = reader.read(s.name(), bytes);
        RunBundle model = BundleModel.of(loaded);
        library.blobs().put(bytes);
        try {
            long id = new BundleIndexer(library.db()).index(sha, s.name(), loaded, model, findings.findings(loaded, bytes));
            boolean ok = loaded.report().accepted();
            return result(s.name(), ok ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.IMPORTED_WITH_ERROR, id,
                    model == null ? null : model.run().id(), ok ? "" : loaded.report().error().message());
        } catch (SQLException e) {
            throw new StoreException("Cannot index " + s.name() + " in " + library.folder() + ": " + e.getMessage(), e);
        }
    }

    private ImportResult result(String source, ImportResult.Outcome outcome, long id, String runId, String message) {
        int copies = runId == null ? 1 : library.copies(runId);
        return new ImportResult(source, outcome, id, runId, copies, message);
    }

    /** What went wrong reading a file, in words (NIO's own messages are often just the path). */
    static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "cannot be read: no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "cannot be read: permission denied";
        if (e instanceof java.util.zip.ZipException) return "not a readable ZIP archive: " + e.getMessage();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static ImportResult failure(String source, String message) {
        return new ImportResult(source, ImportResult.Outcome.FAILED, null, null, 0, message);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
