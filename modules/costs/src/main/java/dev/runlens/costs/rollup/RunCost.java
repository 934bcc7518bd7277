package dev.runlens.costs.rollup;

import dev.runlens.costs.Money;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RunPricing;
import dev.runlens.protocol.model.Subject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run, costed: who and what it was for, how it ended, how many units of output it declares,
 * its receipts priced at one basis, which receipts belong to superseded step attempts (retries and
 * rework), and how many tool calls each step made. A run counts on the UTC day and ISO week it
 * started, so its cost and its outcome stay together.
 */
public record RunCost(String runId, String workflowId, long workflowVersion, Instant startedAt, Optional<Subject> subject,
                      RunOutcome outcome, Optional<BigDecimal> units, Optional<String> unitProblem, RunPricing pricing,
                      Set<String> retryEventIds, Map<String, Integer> toolCallsByStep) {
    public RunCost {
        retryEventIds = Set.copyOf(retryEventIds);
        toolCallsByStep = Map.copyOf(toolCallsByStep);
    }

    public LocalDate day() {
        return startedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** ISO week of the start day, {@code 2026-W41}. */
    public String week() {
        return isoWeek(day());
    }

    public static String isoWeek(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public Money cost() {
        return pricing.cost();
    }

    public boolean isRetry(ReceiptPrice r) {
        return retryEventIds.contains(r.eventId());
    }

    /** Cost of receipts in superseded step attempts. */
    public Money retryCost() {
        Money m = Money.ZERO;
        for (ReceiptPrice r : pricing.receipts()) {
            if (isRetry(r)) m = plus(m, r);
        }
        return m;
    }

    Money plus(Money m, ReceiptPrice r) {
        return r.cost(pricing.mode()).map(l -> m.plus(l.currency(), l.amount())).orElse(m);
    }
}
