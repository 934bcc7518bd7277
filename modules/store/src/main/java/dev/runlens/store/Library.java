package dev.runlens.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The library folder: {@code library.db} (SQLite, WAL, foreign keys on, migrated on open) and the
 * originals under {@code blobs/}. One connection, used by one thread at a time.
 */
public final class Library implements AutoCloseable {
    public static final String DB_FILE = "library.db";

    private final Path folder;
    private final Connection db;
    private final Blobs blobs;
    private final RunQueries queries;

    private Library(Path folder, Connection db, Blobs blobs) {
        this.folder = folder;
        this.db = db;
        this.blobs = blobs;
        this.queries = new RunQueries(db);
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

    /** A JDBC connection to {@code file} with the library's pragmas; read-only ones never write or migrate. */
    public static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
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

    public List<RunRow> listRuns(RunFilter filter) {
        return queries.list(filter);
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
        return queries.bundle(bundleId).map(r -> r.runId() != null && copies(r.runId()) > 1).orElse(false);
    }

    /** Gates requested and not (yet) resolved in the bundle's trace. */
    public int pendingGates(long bundleId) {
        return queries.pendingGates(bundleId);
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
