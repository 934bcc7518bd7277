package dev.runlens.replay.analysis;

import dev.runlens.replay.Totals;
import dev.runlens.replay.receipt.Receipt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * The model calls of one group of a run (a step, a model, a provider, or the whole run): their
 * {@link Totals} (responses, tokens, duration, cost per currency, summed as the replay's spend is),
 * the responses that carry no cost ({@code unpriced}, never counted as zero) and the requests no
 * response answered ({@code unanswered}: no usage, no cost).
 *
 * @param key      the step id, model or provider; empty when the calls do not name one
 * @param provider for a model line, the provider the model was called through (else empty)
 */
public record CostLine(String key, Optional<String> provider, Totals totals, long unpriced, long unanswered) {

    static CostLine empty(String key, Optional<String> provider) {
        return new CostLine(key, provider, Totals.ZERO, 0, 0);
    }

    CostLine plus(Receipt r) {
        if (r.response().isEmpty()) return new CostLine(key, provider, totals, unpriced, unanswered + 1);
        return new CostLine(key, provider, totals.plus(r.response().get()),
                unpriced + (r.cost().isEmpty() ? 1 : 0), unanswered);
    }

    /** Responses (the calls that were answered). */
    public long calls() {
        return totals.responses();
    }

    /** Exact amounts by currency (trimmed, upper-cased); currencies are never added to each other. */
    public Map<String, BigDecimal> cost() {
        return totals.cost();
    }

    /** True when no answered call of the line carries a cost (it has calls and all are unpriced). */
    public boolean onlyUnpriced() {
        return calls() > 0 && unpriced == calls();
    }

    /**
     * This line's part of {@code whole}'s cost in {@code currency} (0..1, 16 significant digits);
     * empty when the line has no cost in that currency or the whole is zero in it.
     */
    public Optional<BigDecimal> share(String currency, CostLine whole) {
        BigDecimal mine = cost().get(currency);
        BigDecimal all = whole.cost().get(currency);
        if (mine == null || all == null || all.signum() == 0) return Optional.empty();
        return Optional.of(mine.divide(all, MathContext.DECIMAL64));
    }
}
