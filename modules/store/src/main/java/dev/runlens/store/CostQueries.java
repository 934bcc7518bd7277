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
     * Each run id once (its oldest accepted import) started in [?1, ?2), grouped by UTC start day,
     * workflow, version and outcome: runs, responses, unpriced responses, and the runs' costs as
     * {@code "<hex currency> <exact amount>;..."} (summed here, exactly). Reads only the V004 index.
     */
    static final String DAILY = "SELECT date(coalesce(b.started_epoch_ms, 0) / 1000, 'unixepoch'), b.workflow_id, b.workflow_version,"
            + " coalesce(b.outcome, 'open'), count(*), sum(b.receipt_count), sum(b.unpriced_receipts), group_concat(b.cost_text, ';')"
            + " FROM bundles b WHERE b.accepted = 1 AND b.run_id IS NOT NULL"
            + " AND coalesce(b.started_epoch_ms, 0) >= ?1 AND coalesce(b.started_epoch_ms, 0) < ?2"
            + " AND NOT EXISTS (SELECT 1 FROM bundles o WHERE o.run_id = b.run_id AND o.accepted = 1 AND o.id < b.id)"
            + " GROUP BY 1, 2, 3, 4";

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

    /** Counted and grouped in SQL; the exact amounts are added here, so no digit is lost to doubles. */
    List<DailyWorkflowCost> daily(Optional<Instant> from, Optional<Instant> to) {
        Map<List<Object>, Acc> groups = new TreeMap<>(GROUP_ORDER);
        Queries.list(db, DAILY, r -> {
            Acc a = groups.computeIfAbsent(key(r.getString(1), r.getString(2), Queries.nullableLong(r, 3)), k -> new Acc());
            String outcome = r.getString(4);
            boolean waste = outcome.equals("failed") || outcome.equals("rejected") || outcome.equals("cancelled");
            int runs = r.getInt(5);
            a.runs += runs;
            a.outcomes.merge(outcome, runs, Integer::sum);
            a.receipts += r.getInt(6);
            a.unpriced += r.getInt(7);
            RunQueries.addCosts(r.getString(8), a.cost);
            if (waste) RunQueries.addCosts(r.getString(8), a.waste);
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
