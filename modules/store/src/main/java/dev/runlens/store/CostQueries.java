package dev.runlens.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cost questions the library answers in SQL: which imported file stands for each run (the
 * oldest accepted import of its run id), and the daily cost per workflow over those runs, from the
 * indexed aggregates ({@code bundles}, {@code bundle_costs}, {@code gates}) without reading a file:
 * one pass that returns a short row per run, grouped by day and workflow here.
 */
final class CostQueries {
    /**
     * Each run id once (its oldest accepted import) started in [?1, ?2): UTC start day, workflow and
     * version, how it ended, responses, unpriced responses, and its cost per currency as
     * {@code "<hex currency> <exact amount>;..."} (hex: a currency is untrusted text).
     */
    private static final String RUNS = "SELECT date(coalesce(b.started_epoch_ms, 0) / 1000, 'unixepoch'), b.workflow_id, b.workflow_version,"
            + " CASE WHEN b.status = 'completed' THEN 'completed'"
            + " WHEN b.status NOT IN ('failed', 'cancelled') THEN 'open'"
            + " WHEN (SELECT g.decision FROM gates g WHERE g.bundle_id = b.id AND g.resolved_idx IS NOT NULL"
            + " ORDER BY g.resolved_idx DESC LIMIT 1) = 'rejected' THEN 'rejected'"
            + " ELSE b.status END,"
            + " b.receipt_count, b.unpriced_receipts,"
            + " (SELECT group_concat(hex(c.currency) || ' ' || c.amount, ';') FROM bundle_costs c WHERE c.bundle_id = b.id)"
            + " FROM bundles b WHERE b.accepted = 1 AND b.run_id IS NOT NULL"
            + " AND coalesce(b.started_epoch_ms, 0) >= ?1 AND coalesce(b.started_epoch_ms, 0) < ?2"
            + " AND NOT EXISTS (SELECT 1 FROM bundles o WHERE o.run_id = b.run_id AND o.accepted = 1 AND o.id < b.id)";

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

    /** One pass over the runs in SQL; the exact amounts are added here, so no digit is lost to doubles. */
    List<DailyWorkflowCost> daily(Optional<Instant> from, Optional<Instant> to) {
        Map<List<Object>, Acc> groups = new TreeMap<>(GROUP_ORDER);
        Queries.list(db, RUNS, r -> {
            Acc a = groups.computeIfAbsent(key(r.getString(1), r.getString(2), Queries.nullableLong(r, 3)), k -> new Acc());
            String outcome = r.getString(4);
            boolean waste = outcome.equals("failed") || outcome.equals("rejected") || outcome.equals("cancelled");
            a.runs++;
            a.outcomes.merge(outcome, 1, Integer::sum);
            a.receipts += r.getInt(5);
            a.unpriced += r.getInt(6);
            RunQueries.costs(r.getString(7)).forEach((cur, amount) -> {
                a.cost.merge(cur, amount, BigDecimal::add);
                if (waste) a.waste.merge(cur, amount, BigDecimal::add);
            });
            return null;
        }, lower(from), upper(to));
        List<DailyWorkflowCost> out = new ArrayList<>(groups.size());
        groups.forEach((k, a) -> out.add(new DailyWorkflowCost(LocalDate.parse((String) k.get(0)), (String) k.get(1), (Long) k.get(2),
                a.runs, a.outcomes, a.receipts, a.unpriced, a.cost, a.waste)));
        return out;
    }

    /** By day, then workflow id, then version (a missing id or version first). */
    private static final Comparator<List<Object>> GROUP_ORDER = Comparator.comparing((List<Object> k) -> (String) k.get(0))
            .thenComparing(k -> (String) k.get(1), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> (Long) k.get(2), Comparator.nullsFirst(Comparator.naturalOrder()));

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
