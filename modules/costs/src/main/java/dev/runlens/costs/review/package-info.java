/**
 * The weekly review ({@link dev.runlens.costs.review.WeeklyReview}): blended cost per workflow this
 * week against a baseline week, cost per outcome, drift split into price, volume, model mix,
 * retries and the rest ({@link dev.runlens.costs.review.Drift}), capability-split adherence, and
 * budget against actual.
 */
package dev.runlens.costs.review;
