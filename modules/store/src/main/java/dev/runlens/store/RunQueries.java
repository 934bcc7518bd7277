package dev.runlens.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The read side of the library: what the library screen lists, groups and searches. */
final class RunQueries {
    private final Connection db;

    RunQueries(Connection db) {
        this.db = db;
    }

    List<RunRow> list(RunFilter filter, RunSort sort) {
        RunListing l = new RunListing(filter, sort);
        return rows(l.sql(), l.args());
    }

    /** The listed runs by workflow id and version: groups by title (or id), newest version first; unreadable files last. */
    List<WorkflowGroup> grouped(RunFilter filter, RunSort sort) {
        Map<List<Object>, List<RunRow>> byWorkflow = new LinkedHashMap<>();
        for (RunRow r : list(filter, sort)) {
            byWorkflow.computeIfAbsent(Arrays.asList(r.workflowId(), r.workflowVersion()), k -> new ArrayList<>()).add(r);
        }
        List<WorkflowGroup> groups = new ArrayList<>();
        byWorkflow.forEach((k, runs) -> groups.add(new WorkflowGroup((String) k.get(0), (Long) k.get(1),
                runs.stream().map(RunRow::workflowTitle).filter(Objects::nonNull).findFirst().orElse(null), runs)));
        Comparator<WorkflowGroup> byName = Comparator.comparing((WorkflowGroup g) -> g.workflowId() == null)
                .thenComparing(g -> name(g).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(g -> g.version() == null ? Long.MIN_VALUE : -g.version());
        if (sort.key() == RunSort.Key.WORKFLOW && sort.descending()) {
            byName = Comparator.comparing((WorkflowGroup g) -> g.workflowId() == null).thenComparing(byName.reversed());
        }
        groups.sort(byName);
        return groups;
    }

    private static String name(WorkflowGroup g) {
        return g.title() != null ? g.title() : g.workflowId() != null ? g.workflowId() : "";
    }

    Optional<RunRow> bundle(long id) {
        return rows(RunListing.SELECT + " WHERE b.id = ?", id).stream().findFirst();
    }

    Optional<RunRow> byFileSha(String sha) {
        return rows(RunListing.SELECT + " WHERE b.file_sha = ?", sha).stream().findFirst();
    }

    /** The other files with {@code bundleId}'s run id, oldest import first. */
    List<RunRow> otherCopies(long bundleId) {
        return rows(RunListing.SELECT + " WHERE b.run_id = (SELECT run_id FROM bundles WHERE id = ?1) AND b.id <> ?1"
                + " ORDER BY b.id", bundleId);
    }

    List<RunRow> byRunId(String runId) {
        return rows(RunListing.SELECT + " WHERE b.run_id = ?1 ORDER BY b.id", runId);
    }

    /** Rows indexed by an older RunLens, oldest first. */
    List<RunRow> stale() {
        return rows(RunListing.SELECT + " WHERE b.index_version < ? ORDER BY b.id", BundleIndexer.INDEX_VERSION);
    }

    int copies(String runId) {
        return Queries.count(db, "SELECT count(*) FROM bundles WHERE run_id = ?", runId);
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

    private List<RunRow> rows(String sql, Object... args) {
        return rows(db, sql, args);
    }

    /** Rows of a query that selects {@link RunListing#SELECT}'s columns. */
    static List<RunRow> rows(Connection db, String sql, Object... args) {
        return Queries.list(db, sql, RunQueries::row, args);
    }

    private static RunRow row(ResultSet r) throws SQLException {
        RunStats stats = new RunStats(r.getInt(22), Queries.nullableDouble(r, 21), r.getInt(23), r.getInt(24),
                r.getLong(25), r.getLong(26), r.getLong(27), r.getLong(28), r.getLong(29), costs(r.getString(35)),
                r.getInt(30), r.getInt(31), r.getInt(32), r.getInt(33));
        boolean indexed = r.getInt(34) >= BundleIndexer.INDEX_VERSION;
        return new RunRow(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                r.getInt(6) != 0, r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), r.getString(13), Queries.nullableLong(r, 14), r.getString(15), r.getString(16),
                r.getString(17), r.getString(18), r.getInt(19), Queries.nullableLong(r, 20),
                indexed ? stats : RunStats.NONE, indexed, Math.max(1, r.getInt(36)));
    }

    /** {@code "<hex of EUR> 0.12;<hex of USD> 1.5"} as a map (hex: a currency is untrusted text). */
    static Map<String, BigDecimal> costs(String concatenated) {
        Map<String, BigDecimal> out = new TreeMap<>();
        addCosts(concatenated, out);
        return out;
    }

    /** Adds each amount of {@code concatenated} (a currency may repeat) to {@code totals}, exactly. */
    static void addCosts(String concatenated, Map<String, BigDecimal> totals) {
        if (concatenated == null) return;
        for (String part : concatenated.split(";")) {
            int space = part.lastIndexOf(' ');
            totals.merge(new String(HexFormat.of().parseHex(part.substring(0, space)), StandardCharsets.UTF_8),
                    new BigDecimal(part.substring(space + 1)), BigDecimal::add);
        }
    }
}
