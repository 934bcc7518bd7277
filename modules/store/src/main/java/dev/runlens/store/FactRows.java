package dev.runlens.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Batch inserts of one bundle's receipts, costs per currency, gate episodes and artifact versions. */
final class FactRows {
    private final Connection db;

    FactRows(Connection db) {
        this.db = db;
    }

    void receipts(long id, List<ReceiptRow> rows) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO receipts (bundle_id, idx, event_id, step_id, provider,"
                + " model, input_tokens, output_tokens, total_tokens, cached_tokens, reasoning_tokens, cost_amount,"
                + " cost_value, cost_currency, duration_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (ReceiptRow r : rows) {
                bind(p, id, r.eventIndex(), r.eventId(), r.stepId(), r.provider(), r.model(), r.inputTokens(),
                        r.outputTokens(), r.totalTokens(), r.cachedTokens(), r.reasoningTokens(),
                        r.priced() ? r.costAmount().toPlainString() : null,
                        r.priced() ? r.costAmount().doubleValue() : null, r.costCurrency(), r.durationMs());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    void costs(long id, RunStats stats) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO bundle_costs (bundle_id, currency, amount, value, receipts) VALUES (?,?,?,?,"
                        + "(SELECT count(*) FROM receipts WHERE bundle_id = ?1 AND cost_currency = ?2))")) {
            for (Map.Entry<String, BigDecimal> c : stats.cost().entrySet()) {
                bind(p, id, c.getKey(), c.getValue().toPlainString(), c.getValue().doubleValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    void gates(long id, List<GateRow> rows) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO gates (bundle_id, seq, step_id, gate, requested_idx,"
                + " requested_at, reason, resolved_idx, resolved_at, decision, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < rows.size(); i++) {
                GateRow g = rows.get(i);
                bind(p, id, i, g.stepId(), g.gate(), g.requestedIndex(), g.requestedAt(), g.reason(), g.resolvedIndex(),
                        g.resolvedAt(), g.decision(), g.note());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    void artifacts(long id, List<ArtifactRow> rows) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO artifacts (bundle_id, seq, artifact_key, version,"
                + " type_id, created_at, payload_hash, byte_length) VALUES (?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < rows.size(); i++) {
                ArtifactRow a = rows.get(i);
                bind(p, id, i, a.key(), a.version(), a.typeId(), a.createdAt(), a.payloadHash(), a.byteLength());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) p.setObject(i + 1, values[i]);
    }
}
