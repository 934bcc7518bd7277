package dev.runlens.app.costs;

import dev.runlens.replay.analysis.CostLine;
import dev.runlens.replay.analysis.RunCosts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the costs table: a step, a model, a provider or the run total, with its texts made
 * safe to show ({@code PlainText}) and its numbers as they are.
 *
 * @param by     the grouping, null for the run total
 * @param key    the step id, model or provider as written (what {@code selectStep} takes); empty when the calls name none
 * @param name   the key as shown ({@code (no step)} when empty)
 * @param detail the step's title, or the provider of a model
 * @param cost   amounts per currency, {@code unpriced}, or both
 * @param share  part of the run's cost in each currency
 */
public record CostRow(RunCosts.By by, String key, String name, String detail, long calls, long unpriced, long unanswered,
                      long inputTokens, long outputTokens, long cachedInputTokens, long reasoningTokens,
                      String cost, String share, String duration, CostLine line) {

    /** Exact amounts by currency. */
    public Map<String, BigDecimal> amounts() {
        return line.cost();
    }
}
