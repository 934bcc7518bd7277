package dev.runlens.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of a filtered, sorted run list: WHERE and ORDER BY clauses with their parameters, in order. */
final class RunListing {
    static final String SELECT = "SELECT b.id, b.file_sha, b.bytes, b.source_path, b.imported_at, b.accepted,"
            + " b.error_code, b.error_message, b.integrity, b.declared_sha, b.computed_sha, b.run_id, b.workflow_id,"
            + " b.workflow_version, b.workflow_title, b.status, b.started_at, b.ended_at, b.event_count,"
            + " b.started_epoch_ms, b.duration_ms, b.step_count, b.receipt_count, b.unpriced_receipts, b.input_tokens,"
            + " b.output_tokens, b.total_tokens, b.cached_tokens, b.reasoning_tokens, b.pending_gates, b.error_count,"
            + " b.warning_count, b.note_count, b.index_version,"
            + " (SELECT group_concat(hex(c.currency) || ' ' || c.amount, ';') FROM bundle_costs c WHERE c.bundle_id = b.id),"
            + " (SELECT count(*) FROM bundles o WHERE o.run_id = b.run_id)"
            + " FROM bundles b";

    private final List<String> where = new ArrayList<>();
    private final List<Object> whereArgs = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private final List<Object> orderArgs = new ArrayList<>();

    RunListing(RunFilter f, RunSort sort) {
        f.workflowId().ifPresent(w -> where("b.workflow_id = ?", w));
        f.text().map(RunListing::prefixMatch).filter(m -> !m.isEmpty()).ifPresent(m -> where(
                "(b.id IN (SELECT bundle_id FROM event_text WHERE event_text MATCH ?)"
                        + " OR b.id IN (SELECT bundle_id FROM bundle_text WHERE bundle_text MATCH ?))", m, m));
        if (!f.statuses().isEmpty()) {
            where("b.status IN (" + f.statuses().stream().map(s -> "?").collect(Collectors.joining(", ")) + ")",
                    f.statuses().stream().sorted().toArray());
        }
        f.startedFrom().ifPresent(t -> where("b.started_epoch_ms >= ?", t.toEpochMilli()));
        f.startedTo().ifPresent(t -> where("b.started_epoch_ms < ?", t.toEpochMilli()));
        f.cost().ifPresent(c -> where("EXISTS (SELECT 1 FROM bundle_costs c WHERE c.bundle_id = b.id AND c.currency = ?"
                        + " AND (? IS NULL OR c.value >= ?) AND (? IS NULL OR c.value <= ?))", c.currency(),
                c.min().map(Number::doubleValue).orElse(null), c.min().map(Number::doubleValue).orElse(null),
                c.max().map(Number::doubleValue).orElse(null), c.max().map(Number::doubleValue).orElse(null)));
        if (f.pendingOnly()) where("b.pending_gates > 0");
        switch (f.findings()) {
            case ERRORS -> where("b.error_count > 0");
            case WARNINGS -> where("b.warning_count > 0");
            case CLEAN -> where("b.error_count = 0 AND b.warning_count = 0");
            case ANY -> { }
        }
        orderBy(sort);
    }

    String sql() {
        return SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + String.join(", ", order);
    }

    Object[] args() {
        List<Object> all = new ArrayList<>(whereArgs);
        all.addAll(orderArgs);
        return all.toArray();
    }

    private void where(String clause, Object... args) {
        where.add(clause);
        whereArgs.addAll(Arrays.asList(args));
    }

    private void orderBy(RunSort sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        switch (sort.key()) {
            case STARTED -> nullsLast("b.started_epoch_ms", dir);
            case DURATION -> nullsLast("b.duration_ms", dir);
            case TOKENS -> order.add("b.total_tokens" + dir);
            case FINDINGS -> order.addAll(List.of("b.error_count" + dir, "b.warning_count" + dir, "b.note_count" + dir));
            case WORKFLOW -> {
                nullsLast("coalesce(b.workflow_title, b.workflow_id) COLLATE NOCASE", dir);
                order.add("b.workflow_version" + dir);
            }
            case COST -> {
                if (sort.currency().isPresent()) {
                    nullsLast("(SELECT c.value FROM bundle_costs c WHERE c.bundle_id = b.id AND c.currency = ?)", dir);
                    orderArgs.add(sort.currency().get());
                    orderArgs.add(sort.currency().get());
                } else {
                    nullsLast("(SELECT min(c.currency) FROM bundle_costs c WHERE c.bundle_id = b.id)", " ASC");
                    order.add("(SELECT c.value FROM bundle_costs c WHERE c.bundle_id = b.id ORDER BY c.currency LIMIT 1)" + dir);
                }
            }
        }
        order.add("b.started_epoch_ms IS NULL");
        order.add("b.started_epoch_ms DESC");
        order.add("b.id");
    }

    private void nullsLast(String expr, String dir) {
        order.add(expr + " IS NULL");
        order.add(expr + dir);
    }

    /** Each word as a quoted FTS5 prefix phrase, so user text is never FTS query syntax. */
    static String prefixMatch(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w.replace("\"", "\"\"") + "\"*").collect(Collectors.joining(" "));
    }
}
