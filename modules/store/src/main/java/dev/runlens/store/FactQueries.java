package dev.runlens.store;

import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.Severity;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;

/** One bundle's indexed receipts, gate episodes, artifact versions and findings, in trace / file order. */
final class FactQueries {
    private final Connection db;

    FactQueries(Connection db) {
        this.db = db;
    }

    List<ReceiptRow> receipts(long bundleId) {
        return Queries.list(db, "SELECT idx, event_id, step_id, provider, model, input_tokens, output_tokens, total_tokens,"
                + " cached_tokens, reasoning_tokens, cost_amount, cost_currency, duration_ms FROM receipts"
                + " WHERE bundle_id = ? ORDER BY idx", r -> new ReceiptRow(r.getInt(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), Queries.nullableLong(r, 6), Queries.nullableLong(r, 7),
                Queries.nullableLong(r, 8), Queries.nullableLong(r, 9), Queries.nullableLong(r, 10),
                r.getString(11) == null ? null : new BigDecimal(r.getString(11)), r.getString(12),
                Queries.nullableDouble(r, 13)), bundleId);
    }

    List<GateRow> gates(long bundleId) {
        return Queries.list(db, "SELECT step_id, gate, requested_idx, requested_at, reason, resolved_idx, resolved_at,"
                + " decision, note FROM gates WHERE bundle_id = ? ORDER BY seq", r -> new GateRow(r.getString(1),
                r.getString(2), Queries.nullableInt(r, 3), r.getString(4), r.getString(5), Queries.nullableInt(r, 6),
                r.getString(7), r.getString(8), r.getString(9)), bundleId);
    }

    List<ArtifactRow> artifacts(long bundleId) {
        return Queries.list(db, "SELECT artifact_key, version, type_id, created_at, payload_hash, byte_length FROM artifacts"
                + " WHERE bundle_id = ? ORDER BY seq", r -> new ArtifactRow(r.getString(1), r.getLong(2), r.getString(3),
                r.getString(4), r.getString(5), Queries.nullableLong(r, 6)), bundleId);
    }

    List<Finding> findings(long bundleId) {
        return Queries.list(db, "SELECT code, severity, message, path, location FROM findings WHERE bundle_id = ?"
                + " ORDER BY seq", r -> new Finding(r.getString(1), Severity.valueOf(r.getString(2)), r.getString(3),
                r.getString(4), r.getString(5)), bundleId);
    }

    /** Every currency some run has a cost in, sorted. */
    List<String> currencies() {
        return Queries.list(db, "SELECT DISTINCT currency FROM bundle_costs ORDER BY currency", r -> r.getString(1));
    }
}
