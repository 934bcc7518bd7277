package dev.runlens.store;

import dev.runlens.protocol.integrity.Finding;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The library folder: {@code library.db} (SQLite, WAL, foreign keys on, migrated on open) and the
 * originals under {@code blobs/}. One connection, used by one thread at a time; a second,
 * read-only handle ({@link #openReader}) can list and search while this one imports.
 */
public final class Library implements AutoCloseable {
    public static final String DB_FILE = "library.db";

    private final Path folder;
    private final Connection db;
    private final Blobs blobs;
    private final RunQueries queries;
    private final FactQueries facts;
    private final LibraryState state;
    private final CostQueries costs;

    private Library(Path folder, Connection db, Blobs blobs) {
        this.folder = folder;
        this.db = db;
        this.blobs = blobs;
        this.queries = new RunQueries(db);
        this.facts = new FactQueries(db);
        this.state = new LibraryState(db);
        this.costs = new CostQueries(db);
    }

    public static Library open(Path folder) {
        return open(folder, Migrations.standard());
    }

    /** Opens (creating if needed) the library in {@code folder}, applying {@code migrations}. */
    public static Library open(Path folder, Migrations migrations) {
        Path file = folder.resolve(DB_FILE);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the library folder " + folder + ": " + e.getMessage(), e);
        }
        Connection db = connect(file, false);
        try {
            migrations.apply(db, file);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(db);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("Cannot migrate the library " + file + ": " + e.getMessage(), e);
        }
        Blobs blobs = new Blobs(folder.resolve("blobs"));
        blobs.sweep();
        return new Library(folder, db, blobs);
    }

    /**
     * A read-only handle on a library already opened (and so migrated) by {@link #open}: it never
     * writes, migrates or sweeps, and reads the last committed state while the writer imports (WAL).
     */
    public static Library openReader(Path folder) {
        return new Library(folder, connect(folder.resolve(DB_FILE), true), new Blobs(folder.resolve("blobs")));
    }

    /** A JDBC connection to {@code file} with the library's pragmas; read-only ones never write or migrate. */
    public static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setCacheSize(-16_384); // 16 MiB of pages: the cost and list queries scan the bundles table
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20));
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Blobs blobs() {
        return blobs;
    }

    Connection db() {
        return db;
    }

    // ------------------------------------------------------------------ runs

    /** The runs {@code filter} lets through, newest start first. */
    public List<RunRow> listRuns(RunFilter filter) {
        return listRuns(filter, RunSort.NEWEST_FIRST);
    }

    public List<RunRow> listRuns(RunFilter filter, RunSort sort) {
        return queries.list(filter, sort);
    }

    /** The runs {@code filter} lets through, by workflow id and version, each group's runs in {@code sort} order. */
    public List<WorkflowGroup> groupedRuns(RunFilter filter, RunSort sort) {
        return queries.grouped(filter, sort);
    }

    public Optional<RunRow> bundle(long bundleId) {
        return queries.bundle(bundleId);
    }

    public Optional<RunRow> byFileSha(String fileSha) {
        return queries.byFileSha(fileSha);
    }

    /** Full-text search over model_io payloads and tool args/results. */
    public List<SearchHit> search(String text, int limit) {
        return queries.search(text, limit);
    }

    /** How many imported files carry {@code runId} (a second copy is a different file with the same run id). */
    public int copies(String runId) {
        return queries.copies(runId);
    }

    public boolean hasOtherCopies(long bundleId) {
        return queries.bundle(bundleId).map(RunRow::hasOtherCopies).orElse(false);
    }

    /** The other imported files with the same run id as {@code bundleId}, oldest import first. */
    /** Every imported file that carries {@code runId}, oldest import first. */
    public List<RunRow> copiesOf(String runId) {
        return queries.byRunId(runId);
    }

    public List<RunRow> otherCopies(long bundleId) {
        return queries.otherCopies(bundleId);
    }

    /** Rows indexed by an older RunLens; {@code Importer.reindex} brings them up to date. */
    public List<RunRow> staleRuns() {
        return queries.stale();
    }

    /** Gates requested and not (yet) resolved in the bundle's trace. */
    public int pendingGates(long bundleId) {
        return (int) facts.gates(bundleId).stream().filter(GateRow::pending).count();
    }

    public List<ReceiptRow> receipts(long bundleId) {
        return facts.receipts(bundleId);
    }

    public List<GateRow> gates(long bundleId) {
        return facts.gates(bundleId);
    }

    public List<ArtifactRow> artifacts(long bundleId) {
        return facts.artifacts(bundleId);
    }

    public List<Finding> findings(long bundleId) {
        return facts.findings(bundleId);
    }

    /** Every currency some run has a cost in, sorted. */
    public List<String> currencies() {
        return facts.currencies();
    }

    /** Removes a file from the library: its rows, then its original. */
    public void delete(long bundleId) {
        state.delete(bundleId).ifPresent(blobs::delete);
    }

    // ------------------------------------------------------------------ costs

    /**
     * The imported files that stand for the runs started in [{@code from}, {@code to}) (open ends
     * when empty): each run id once, its oldest accepted import; oldest import first.
     */
    public List<RunRow> costRuns(Optional<Instant> from, Optional<Instant> to) {
        return costs.firstCopies(from, to);
    }

    /**
     * The recorded cost per workflow and version per UTC day of the runs started in [{@code from},
     * {@code to}), answered in SQL from the indexed aggregates (no file is read), over the same runs
     * as {@link #costRuns}. Rows by day, then workflow id and version.
     */
    public List<DailyWorkflowCost> dailyWorkflowCosts(Optional<Instant> from, Optional<Instant> to) {
        return costs.daily(from, to);
    }

    /** The first and the last start of an accepted run, when there is one. */
    public Optional<List<Instant>> startSpan() {
        return costs.span();
    }

    // ------------------------------------------------------------------ settings and recent files

    public Optional<String> setting(String key) {
        return state.setting(key);
    }

    public void putSetting(String key, String value) {
        state.putSetting(key, value);
    }

    /** Recently opened files, newest first (at most ten). */
    public List<String> recentFiles() {
        return state.recentFiles();
    }

    public void rememberRecent(String path) {
        state.rememberRecent(path, Instant.now());
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the library " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }
}
