package dev.runlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The read side of the library: what the library screen lists and searches. */
final class RunQueries {
    private static final String COLUMNS = "id, file_sha, bytes, source_path, imported_at, accepted, error_code, "
            + "error_message, integrity, declared_sha, computed_sha, run_id, workflow_id, workflow_version, "
            + "workflow_title, status, started_at, ended_at, event_count";

    private final Connection db;

    RunQueries(Connection db) {
        this.db = db;
    }

    List<RunRow> list(RunFilter filter) {
        String sql = "SELECT " + COLUMNS + " FROM bundles WHERE (?1 IS NULL OR workflow_id = ?1)"
                + " AND (?2 IS NULL OR status = ?2) ORDER BY started_at DESC, id";
        return rows(sql, filter.workflowId().orElse(null), filter.status().orElse(null));
    }

    Optional<RunRow> bundle(long id) {
        return rows("SELECT " + COLUMNS + " FROM bundles WHERE id = ?", id).stream().findFirst();
    }

    Optional<RunRow> byFileSha(String sha) {
        return rows("SELECT " + COLUMNS + " FROM bundles WHERE file_sha = ?", sha).stream().findFirst();
    }

    int copies(String runId) {
        return count("SELECT count(*) FROM bundles WHERE run_id = ?", runId);
    }

    int pendingGates(long bundleId) {
        return count("SELECT count(*) FROM events q WHERE q.bundle_id = ?1 AND q.type = 'human_gate_requested'"
                + " AND NOT EXISTS (SELECT 1 FROM events r WHERE r.bundle_id = ?1 AND r.type = 'human_gate_resolved'"
                + " AND r.idx > q.idx AND r.step_id IS q.step_id AND r.gate IS q.gate)", bundleId);
    }

    /** Each word of {@code text} must occur (FTS5 phrases, quoted so user text is never FTS syntax). */
    List<SearchHit> search(String text, int limit) {
        String match = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
        if (match.isEmpty()) return List.of();
        String sql = "SELECT t.bundle_id, b.run_id, t.event_id FROM event_text t JOIN bundles b ON b.id = t.bundle_id"
                + " WHERE event_text MATCH ? ORDER BY rank LIMIT ?";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, match);
            p.setInt(2, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) hits.add(new SearchHit(r.getLong(1), r.getString(2), r.getString(3)));
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("Search failed: " + e.getMessage(), e);
        }
    }

    private int count(String sql, Object arg) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setObject(1, arg);
            try (ResultSet r = p.executeQuery()) {
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + e.getMessage(), e);
        }
    }

    private List<RunRow> rows(String sql, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            List<RunRow> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(row(r));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + e.getMessage(), e);
        }
    }

    private static RunRow row(ResultSet r) throws SQLException {
        long wv = r.getLong(14);
        Long version = r.wasNull() ? null : wv;
        return new RunRow(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                r.getInt(6) != 0, r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), r.getString(13), version, r.getString(15), r.getString(16), r.getString(17),
                r.getString(18), r.getInt(19));
    }
}
