package dev.runlens.costs.reprice;

import dev.runlens.protocol.model.Cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One model response, what it recorded and what it costs at the chosen basis. {@code unpriced}
 * says why there is no recomputed price (an unknown model, no price on that day, no usage): such a
 * receipt is counted apart, never as zero. {@code gap} is recomputed − recorded when both exist in
 * the same currency. {@code toolCalls} counts the tools the response asked for.
 */
public record ReceiptPrice(String runId, String eventId, int traceIndex, Optional<String> stepId, Optional<String> provider,
                           Optional<String> model, Instant at, Optional<BillableTokens> tokens, int toolCalls, Optional<Cost> recorded,
                           Optional<BigDecimal> recordedAmount, Optional<Pricing> pricing, Optional<String> unpriced,
                           Optional<BigDecimal> gap, Optional<String> gapNote) {

    /** The cost this receipt counts for under {@code mode}: recorded, or recomputed; empty when unknown. */
    public Optional<Line> cost(RepriceMode mode) {
        if (mode == RepriceMode.RECORDED) {
            return recorded.map(c -> new Line(c.currency(), recordedAmount.orElse(BigDecimal.ZERO)));
        }
        return pricing.map(p -> new Line(p.currency(), p.amount()));
    }

    /** Why {@link #cost(RepriceMode)} is empty under {@code mode}. */
    public String whyUnpriced(RepriceMode mode) {
        if (mode == RepriceMode.RECORDED) return recorded.isPresent() ? "" : "no recorded cost";
        return unpriced.orElse("");
    }

    /** A recorded cost of zero for a call that used tokens: the "silent $0" of an unpriced model. */
    public boolean recordedZeroWithTokens() {
        return recordedAmount.filter(a -> a.signum() == 0).isPresent() && tokens.filter(t -> t.total() > 0).isPresent();
    }

    public record Line(String currency, BigDecimal amount) {}
}
