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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Writes one file's rows (bundle, events, findings, search text) in ONE transaction. */
final class BundleIndexer {
    private final Connection db;

    BundleIndexer(Connection db) {
        this.db = db;
    }

    long index(String fileSha, String source, BundleReader.Loaded loaded, RunBundle model, List<Finding> findings)
            throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long id = insertBundle(fileSha, source, loaded.report(), model);
            if (model != null) insertEvents(id, model.trace());
            insertFindings(id, findings);
            db.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private long insertBundle(String sha, String source, VerificationReport rep, RunBundle model) throws SQLException {
        String sql = "INSERT INTO bundles (file_sha, bytes, source_path, imported_at, accepted, error_code, error_message,"
                + " integrity, declared_sha, computed_sha, run_id, workflow_id, workflow_version, workflow_title, status,"
                + " started_at, ended_at, event_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        Run run = model == null ? null : model.run();
        try (PreparedStatement p = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, sha);
            p.setLong(2, rep.bytes());
            p.setString(3, source);
            p.setString(4, Instant.now().toString());
            p.setInt(5, rep.accepted() ? 1 : 0);
            p.setString(6, rep.error() == null ? null : rep.error().code());
            p.setString(7, rep.error() == null ? null : rep.error().message());
            p.setString(8, rep.integrity().name());
            p.setString(9, rep.declaredSha256());
            p.setString(10, rep.computedSha256());
            p.setString(11, run == null ? null : run.id());
            p.setString(12, run == null ? null : run.workflowId());
            if (run == null) p.setNull(13, Types.INTEGER); else p.setLong(13, run.workflowVersion());
            p.setString(14, run == null ? null : run.workflowSnapshot().title().orElse(null));
            p.setString(15, run == null ? null : run.status().wire());
            p.setString(16, run == null ? null : run.startedAt());
            p.setString(17, run == null ? null : run.endedAt().orElse(null));
            p.setInt(18, model == null ? 0 : model.trace().size());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
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
