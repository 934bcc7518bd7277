/**
 * Repricing receipts without touching them: each model response priced at the catalog price of its
 * day ({@code as-of}), today's catalog price ({@code today}) or the contract rate ({@code contract}),
 * next to what it recorded, with the gap per receipt and per run. How tokens are billed once each
 * (cached input, cache writes, reasoning, per provider convention) is documented on
 * {@link dev.runlens.costs.reprice.BillableTokens}.
 */
package dev.runlens.costs.reprice;
