package dev.runlens.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cost questions the library answers in SQL: which imported file stands for each run (the
 * oldest accepted import of its run id), and the daily cost per workflow over those runs, from the
 * indexed aggregates ({@code bundles}, {@code bundle_costs}, {@code gates}) without reading a file.
 */
final class CostQueries {
    /** Each run id once: its oldest accepted import, with the UTC day it started and how it ended. */
    private static final String RUNS = "WITH firsts AS (SELECT min(id) AS id FROM bundles WHERE accepted = 1 AND run_id IS NOT NULL"
            + " GROUP BY run_id),"
            + " runs AS (SELECT b.id, date(coalesce(b.started_epoch_ms, 0) / 1000, 'unixepoch') AS day, b.workflow_id, b.workflow_version,"
            + " b.receipt_count, b.unpriced_receipts,"
            + " CASE WHEN b.status = 'completed' THEN 'completed'"
            + " WHEN b.status NOT IN ('failed', 'cancelled') THEN 'open'"
            + " WHEN (SELECT g.decision FROM gates g WHERE g.bundle_id = b.id AND g.resolved_idx IS NOT NULL"
            + " ORDER BY g.resolved_idx DESC LIMIT 1) = 'rejected' THEN 'rejected'"
            + " ELSE b.status END AS outcome"
            + " FROM bundles b JOIN firsts f ON f.id = b.id"
            + " WHERE coalesce(b.started_epoch_ms, 0) >= ?1 AND coalesce(b.started_epoch_ms, 0) < ?2)";

    private final Connection db;

    CostQueries(Connection db) {
        this.db = db;
    }

    /** The files that stand for the runs started in [from, to), oldest import first. */
    List<RunRow> firstCopies(Optional<Instant> from, Optional<Instant> to) {
        String sql = RunListing.SELECT + " WHERE b.id IN (SELECT min(id) FROM bundles WHERE accepted = 1 AND run_id IS NOT NULL"
                + " GROUP BY run_id) AND coalesce(b.started_epoch_ms, 0) >= ? AND coalesce(b.started_epoch_ms, 0) < ? ORDER BY b.id";
        return RunQueries.rows(db, sql, lower(from), upper(to));
    }

    List<DailyWorkflowCost> daily(Optional<Instant> from, Optional<Instant> to) {
        Map<List<Object>, Acc> groups = new LinkedHashMap<>();
        Queries.list(db, RUNS + " SELECT day, workflow_id, workflow_version, outcome, count(*), sum(receipt_count),"
                        + " sum(unpriced_receipts) FROM runs GROUP BY day, workflow_id, workflow_version, outcome"
                        + " ORDER BY day, workflow_id, workflow_version",
                r -> {
                    Acc a = groups.computeIfAbsent(key(r.getString(1), r.getString(2), Queries.nullableLong(r, 3)), k -> new Acc());
                    int n = r.getInt(5);
                    a.runs += n;
                    a.outcomes.merge(r.getString(4), n, Integer::sum);
                    a.receipts += r.getInt(6);
                    a.unpriced += r.getInt(7);
                    return null;
                }, lower(from), upper(to));
        Queries.list(db, RUNS + " SELECT r.day, r.workflow_id, r.workflow_version, c.currency, " + DecimalSum.NAME + "(c.amount),"
                        + " " + DecimalSum.NAME + "(CASE WHEN r.outcome IN ('failed', 'rejected', 'cancelled') THEN c.amount END)"
                        + " FROM runs r JOIN bundle_costs c ON c.bundle_id = r.id"
                        + " GROUP BY r.day, r.workflow_id, r.workflow_version, c.currency",
                r -> {
                    Acc a = groups.get(key(r.getString(1), r.getString(2), Queries.nullableLong(r, 3)));
                    a.cost.put(r.getString(4), new BigDecimal(r.getString(5)));
                    if (r.getString(6) != null) a.waste.put(r.getString(4), new BigDecimal(r.getString(6)));
                    return null;
                }, lower(from), upper(to));
        List<DailyWorkflowCost> out = new ArrayList<>(groups.size());
        groups.forEach((k, a) -> out.add(new DailyWorkflowCost(LocalDate.parse((String) k.get(0)), (String) k.get(1), (Long) k.get(2),
                a.runs, a.outcomes, a.receipts, a.unpriced, a.cost, a.waste)));
        return out;
    }

    Optional<List<Instant>> span() {
        List<List<Instant>> r = Queries.list(db, "SELECT min(started_epoch_ms), max(started_epoch_ms) FROM bundles"
                + " WHERE accepted = 1 AND started_epoch_ms IS NOT NULL", x -> {
            Long min = Queries.nullableLong(x, 1);
            return min == null ? null : List.of(Instant.ofEpochMilli(min), Instant.ofEpochMilli(x.getLong(2)));
        });
        return r.isEmpty() ? Optional.empty() : Optional.ofNullable(r.get(0));
    }

    private static List<Object> key(String day, String workflow, Long version) {
        List<Object> k = new ArrayList<>(3);
        k.add(day);
        k.add(workflow);
        k.add(version);
        return k;
    }

    private static long lower(Optional<Instant> from) {
        return from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    }

    private static long upper(Optional<Instant> to) {
        return to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }

    private static final class Acc {
        int runs;
        int receipts;
        int unpriced;
        final Map<String, Integer> outcomes = new HashMap<>();
        final Map<String, BigDecimal> cost = new HashMap<>();
        final Map<String, BigDecimal> waste = new HashMap<>();
    }
}
