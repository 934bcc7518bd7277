package dev.runlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A file's outcome and cost per currency, kept on its {@code bundles} row (V004) so the daily cost
 * query reads one covering index: written from the file's gate and cost rows in the same transaction
 * as they are. The expressions are V004's, which filled the rows indexed before it.
 */
final class CostSummary {
    /**
     * {@code completed}; {@code open} (running or waiting); {@code rejected} (failed or cancelled after
     * its last gate resolution rejected); else {@code failed} or {@code cancelled}.
     */
    static final String OUTCOME = "CASE WHEN status = 'completed' THEN 'completed'"
            + " WHEN status NOT IN ('failed', 'cancelled') THEN 'open'"
            + " WHEN (SELECT g.decision FROM gates g WHERE g.bundle_id = bundles.id AND g.resolved_idx IS NOT NULL"
            + " ORDER BY g.resolved_idx DESC LIMIT 1) = 'rejected' THEN 'rejected'"
            + " ELSE status END";

    /** {@code "<hex currency> <exact amount>;..."}, null without costs (hex: a currency is untrusted text). */
    static final String COSTS = "(SELECT group_concat(hex(c.currency) || ' ' || c.amount, ';') FROM bundle_costs c"
            + " WHERE c.bundle_id = bundles.id)";

    private CostSummary() {}

    /** Fills bundle {@code id}'s summary from its gate and cost rows, which must be written already. */
    static void fill(Connection db, long id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE bundles SET outcome = " + OUTCOME + ", cost_text = " + COSTS
                + " WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }
}
