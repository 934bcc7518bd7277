/**
 * Costed runs and cost tables: each run's outcome (completed, or the waste of failed, rejected and
 * cancelled runs), units of output, retry cost, and its receipts priced at one basis
 * ({@link dev.runlens.costs.rollup.RunCosts}); tables by workflow and version, step, model, provider,
 * user, tenant or plan, over all time, UTC days or ISO weeks ({@link dev.runlens.costs.rollup.CostLedger}).
 */
package dev.runlens.costs.rollup;
