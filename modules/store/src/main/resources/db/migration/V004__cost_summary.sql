-- The daily cost per workflow query (CostQueries) from one covering index: each file's outcome and
-- its cost per currency are kept on its bundles row (a file's content never changes, so neither do
-- they), filled here from the V003 tables with the same expressions BundleIndexer uses on import.
-- Before this, the query read the wide bundles rows, scattered between the event pages of a large
-- library, and ran two correlated subqueries per run.
ALTER TABLE bundles ADD COLUMN outcome TEXT;
ALTER TABLE bundles ADD COLUMN cost_text TEXT;
UPDATE bundles SET
  outcome = CASE WHEN status = 'completed' THEN 'completed'
                 WHEN status NOT IN ('failed', 'cancelled') THEN 'open'
                 WHEN (SELECT g.decision FROM gates g WHERE g.bundle_id = bundles.id AND g.resolved_idx IS NOT NULL
                       ORDER BY g.resolved_idx DESC LIMIT 1) = 'rejected' THEN 'rejected'
                 ELSE status END,
  cost_text = (SELECT group_concat(hex(c.currency) || ' ' || c.amount, ';') FROM bundle_costs c WHERE c.bundle_id = bundles.id);
CREATE INDEX bundles_daily_costs ON bundles(accepted, run_id, id, started_epoch_ms, workflow_id, workflow_version, outcome,
                                            receipt_count, unpriced_receipts, cost_text);
