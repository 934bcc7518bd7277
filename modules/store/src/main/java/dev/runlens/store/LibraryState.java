package dev.runlens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Library-wide settings and the recently opened files, kept in the library's database. */
final class LibraryState {
    /** How many recent files are kept. */
    static final int RECENT_KEPT = 10;

    private final Connection db;

    LibraryState(Connection db) {
        this.db = db;
    }

    Optional<String> setting(String key) {
        return Queries.list(db, "SELECT value FROM settings WHERE key = ?", r -> r.getString(1), key).stream().findFirst();
    }

    void putSetting(String key, String value) {
        Queries.update(db, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    /** Newest first. */
    List<String> recentFiles() {
        return Queries.list(db, "SELECT path FROM recent_files ORDER BY opened_at DESC, rowid DESC", r -> r.getString(1));
    }

    void rememberRecent(String path, Instant when) {
        Queries.update(db, "INSERT INTO recent_files (path, opened_at) VALUES (?, ?)"
                + " ON CONFLICT(path) DO UPDATE SET opened_at = excluded.opened_at", path, when.toString());
        Queries.update(db, "DELETE FROM recent_files WHERE path NOT IN"
                + " (SELECT path FROM recent_files ORDER BY opened_at DESC, rowid DESC LIMIT ?)", RECENT_KEPT);
    }

    /** Deletes a bundle's rows (search text included) in one transaction; returns its file sha, if it existed. */
    Optional<String> delete(long bundleId) {
        Optional<String> sha = Queries.list(db, "SELECT file_sha FROM bundles WHERE id = ?", r -> r.getString(1), bundleId)
                .stream().findFirst();
        if (sha.isEmpty()) return sha;
        try {
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                Queries.update(db, "DELETE FROM event_text WHERE bundle_id = ?", bundleId);
                Queries.update(db, "DELETE FROM bundle_text WHERE bundle_id = ?", bundleId);
                Queries.update(db, "DELETE FROM bundles WHERE id = ?", bundleId);
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot delete bundle " + bundleId + ": " + e.getMessage(), e);
        }
        return sha;
    }
}
