package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.Run;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Writes one file's rows (bundle with its aggregates, events, receipts, gates, artifacts, findings,
 * search text) in ONE transaction, or rewrites them when an older index is brought up to date.
 */
final class BundleIndexer {
    /** The index layout rows are written in; rows with a lower {@code index_version} are re-indexed. */
    static final int INDEX_VERSION = 3;

    /** Columns derived from the file's content: written on import, rewritten on re-index. */
    private static final List<String> DERIVED = List.of("bytes", "accepted", "error_code", "error_message", "integrity",
            "declared_sha", "computed_sha", "run_id", "workflow_id", "workflow_version", "workflow_title", "status",
            "started_at", "ended_at", "event_count", "index_version", "started_epoch_ms", "duration_ms", "step_count",
            "receipt_count", "unpriced_receipts", "input_tokens", "output_tokens", "total_tokens", "cached_tokens",
            "reasoning_tokens", "pending_gates", "error_count", "warning_count", "note_count");
    private static final List<String> CHILD_TABLES = List.of("events", "findings", "receipts", "bundle_costs", "gates",
            "artifacts");

    private final Connection db;

    BundleIndexer(Connection db) {
        this.db = db;
    }

    long index(String fileSha, String source, BundleReader.Loaded loaded, RunBundle model, List<Finding> findings)
            throws SQLException {
        return inTransaction(() -> {
            BundleFacts facts = BundleFacts.of(model, findings);
            long id = insertBundle(fileSha, source, derived(loaded.report(), model, facts));
            writeChildren(id, source, model, findings, facts);
            return id;
        });
    }

    /** Replaces everything derived from bundle {@code id}'s content (its source and import time stay). */
    void reindex(long id, String source, BundleReader.Loaded loaded, RunBundle model, List<Finding> findings)
            throws SQLException {
        inTransaction(() -> {
            BundleFacts facts = BundleFacts.of(model, findings);
            for (String t : CHILD_TABLES) execute("DELETE FROM " + t + " WHERE bundle_id = ?", id);
            execute("DELETE FROM event_text WHERE bundle_id = ?", id);
            execute("DELETE FROM bundle_text WHERE bundle_id = ?", id);
            String set = DERIVED.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
            List<Object> values = new ArrayList<>(derived(loaded.report(), model, facts));
            values.add(id);
            execute("UPDATE bundles SET " + set + " WHERE id = ?", values.toArray());
            writeChildren(id, source, model, findings, facts);
            return id;
        });
    }

    private interface Work {
        long run() throws SQLException;
    }

    private long inTransaction(Work work) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long id = work.run();
            db.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private void writeChildren(long id, String source, RunBundle model, List<Finding> findings, BundleFacts facts)
            throws SQLException {
        if (model != null) insertEvents(id, model.trace());
        insertFindings(id, findings);
        FactRows rows = new FactRows(db);
        rows.receipts(id, facts.receipts());
        rows.costs(id, facts.stats());
        rows.gates(id, facts.gates());
        rows.artifacts(id, facts.artifacts());
        CostSummary.fill(db, id);
        execute("INSERT INTO bundle_text (text, bundle_id) VALUES (?, ?)", bundleText(source, model), id);
    }

    private long insertBundle(String sha, String source, List<Object> derived) throws SQLException {
        String sql = "INSERT INTO bundles (file_sha, source_path, imported_at, " + String.join(", ", DERIVED)
                + ") VALUES (?, ?, ?" + ", ?".repeat(DERIVED.size()) + ")";
        try (PreparedStatement p = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, sha);
            p.setString(2, source);
            p.setString(3, Instant.now().toString());
            for (int i = 0; i < derived.size(); i++) p.setObject(i + 4, derived.get(i));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The values of {@link #DERIVED}, in order. */
    private static List<Object> derived(VerificationReport rep, RunBundle model, BundleFacts facts) {
        Run run = model == null ? null : model.run();
        RunStats s = facts.stats();
        return Arrays.asList(rep.bytes(), rep.accepted() ? 1 : 0,
                rep.error() == null ? null : rep.error().code(), rep.error() == null ? null : rep.error().message(),
                rep.integrity().name(), rep.declaredSha256(), rep.computedSha256(),
                run == null ? null : run.id(), run == null ? null : run.workflowId(),
                run == null ? null : run.workflowVersion(),
                run == null ? null : run.workflowSnapshot().title().orElse(null),
                run == null ? null : run.status().wire(), run == null ? null : run.startedAt(),
                run == null ? null : run.endedAt().orElse(null), model == null ? 0 : model.trace().size(),
                INDEX_VERSION, facts.startedEpochMs(), s.durationMs(), s.stepCount(), s.receipts(),
                s.unpricedReceipts(), s.inputTokens(), s.outputTokens(), s.totalTokens(), s.cachedTokens(),
                s.reasoningTokens(), s.pendingGates(), s.errors(), s.warnings(), s.notes());
    }

    /** Run id, workflow id and title, status and the file's name: what the library search matches besides payloads. */
    private static String bundleText(String source, RunBundle model) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (model == null) return name;
        Run r = model.run();
        return String.join(" ", r.id(), r.workflowId(), r.workflowSnapshot().title().orElse(""),
                r.status().wire() == null ? "" : r.status().wire(), name);
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
        }
    }

    private void insertEvents(long id, List<TraceEvent> trace) throws SQLException {
        String sql = "INSERT INTO events (bundle_id, idx, event_id, type, ts, step_id, provider, model, input_tokens,"
                + " output_tokens, total_tokens, cost_amount, cost_currency, gate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement p = db.prepareStatement(sql);
             PreparedStatement t = db.prepareStatement("INSERT INTO event_text (text, bundle_id, event_id) VALUES (?,?,?)")) {
            for (TraceEvent e : trace) {
                bindEvent(p, id, e);
                p.addBatch();
                String text = searchText(e).strip();
                if (!text.isEmpty()) {
                    t.setString(1, text);
                    t.setLong(2, id);
                    t.setString(3, e.id());
                    t.addBatch();
                }
            }
            p.executeBatch();
            t.executeBatch();
        }
    }

    private static void bindEvent(PreparedStatement p, long id, TraceEvent e) throws SQLException {
        p.setLong(1, id);
        p.setInt(2, e.index());
        p.setString(3, e.id());
        p.setString(4, e.type());
        p.setString(5, e.ts());
        p.setString(6, e.stepId().orElse(null));
        ModelIo io = e instanceof ModelIo m ? m : null;
        p.setString(7, io == null ? null : io.provider().orElse(null));
        p.setString(8, io == null ? null : io.model().orElse(null));
        setLong(p, 9, io == null || io.usage().isEmpty() ? OptionalLong.empty() : io.usage().get().inputTokens());
        setLong(p, 10, io == null || io.usage().isEmpty() ? OptionalLong.empty() : io.usage().get().outputTokens());
        setLong(p, 11, io == null || io.usage().isEmpty() ? OptionalLong.empty() : io.usage().get().totalTokens());
        if (io != null && io.cost().isPresent()) {
            p.setDouble(12, io.cost().get().amount());
            p.setString(13, io.cost().get().currency());
        } else {
            p.setNull(12, Types.REAL);
            p.setNull(13, Types.VARCHAR);
        }
        String gate = e instanceof HumanGateRequested q ? q.gate().wire()
                : e instanceof HumanGateResolved r ? r.gate().wire() : null;
        p.setString(14, gate);
    }

    private static void setLong(PreparedStatement p, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) p.setLong(i, v.getAsLong()); else p.setNull(i, Types.INTEGER);
    }

    /** The JSON text of a model_io payload, or of a tool call's args and result; empty for other events. */
    static String searchText(TraceEvent e) {
        if (e instanceof ModelIo m) return json(m.payload()) + " " + m.summary().orElse("");
        if (e instanceof ToolCall c) return c.name() + " " + json(c.args()) + " " + json(c.result());
        return "";
    }

    private static String json(Optional<JsonValue> v) {
        return v.map(j -> CanonicalJson.toString(j, CanonicalJson.Form.AS_WRITTEN)).orElse("");
    }

    private void insertFindings(long id, List<Finding> findings) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO findings VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                p.setLong(1, id);
                p.setInt(2, i);
                p.setString(3, f.code());
                p.setString(4, f.severity().name());
                p.setString(5, f.message());
                p.setString(6, f.path());
                p.setString(7, f.location());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
