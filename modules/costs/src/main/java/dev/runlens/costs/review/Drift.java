package dev.runlens.costs.review;

import java.math.BigDecimal;

/**
 * Why one currency's cost of a workflow changed from the baseline week to this week:
 * {@code total = price + volume + mix + retries + other}.
 * <ul>
 * <li>price: this week's calls at their prices minus the same calls at the prices in force one
 * baseline-distance earlier (from the contract rates, else the catalog; calls that cannot be
 * priced both ways count 0 here and are in {@code unpricedCalls});</li>
 * <li>volume: the baseline's first-attempt cost scaled by the change in runs;</li>
 * <li>mix: the change in model shares among first-attempt calls, at baseline cost per call;</li>
 * <li>retries: this week's cost of superseded step attempts (at baseline prices) minus the
 * baseline's, scaled to this week's runs;</li>
 * <li>other: what remains, i.e. more or fewer calls per run and tokens per call.</li>
 * </ul>
 * With no baseline runs (a new workflow) or no runs this week, the change is all volume (after price).
 */
public record Drift(String currency, BigDecimal total, BigDecimal price, BigDecimal volume, BigDecimal mix,
                    BigDecimal retries, BigDecimal other, int unpricedCalls) {}
