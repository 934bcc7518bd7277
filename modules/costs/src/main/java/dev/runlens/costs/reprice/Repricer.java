package dev.runlens.costs.reprice;

import dev.runlens.costs.Money;
import dev.runlens.costs.catalog.Lookup;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.catalog.PriceRow;
import dev.runlens.costs.catalog.Quote;
import dev.runlens.costs.catalog.Rate;
import dev.runlens.costs.catalog.Rates;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Timestamps;
import dev.runlens.replay.Totals;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices every model response of a run at one basis ({@link RepriceMode}) without changing the
 * recorded receipt: the catalog price in force on the call's day, today's catalog price, or the
 * contract rate. Each response is one receipt (as in the telemetry ledger); requests and stream
 * chunks carry no billable usage of their own.
 */
public final class Repricer {
    private final PriceBook book;
    private final RepriceMode mode;
    private final LocalDate today;

    public Repricer(PriceBook book, RepriceMode mode, LocalDate today) {
        this.book = book;
        this.mode = mode;
        this.today = today;
    }

    public RepriceMode mode() {
        return mode;
    }

    public PriceBook book() {
        return book;
    }

    public RunPricing price(RunBundle bundle) {
        Instant runStart = Timestamps.parse(bundle.run().startedAt()).orElse(Instant.EPOCH);
        List<ReceiptPrice> out = new ArrayList<>();
        for (Receipt r : Receipts.of(bundle).all()) {
            if (r.response().isPresent()) out.add(price(bundle.run().id(), r, r.response().get(), runStart));
        }
        Money recorded = Money.ZERO;
        Money recomputed = Money.ZERO;
        Money gap = Money.ZERO;
        int unpriced = 0;
        int notComparable = 0;
        for (ReceiptPrice p : out) {
            if (p.recorded().isPresent()) recorded = recorded.plus(p.recorded().get().currency(), p.recordedAmount().orElseThrow());
            if (p.pricing().isPresent()) recomputed = recomputed.plus(p.pricing().get().currency(), p.pricing().get().amount());
            if (p.cost(mode).isEmpty()) unpriced++;
            if (p.gap().isPresent()) gap = gap.plus(p.pricing().get().currency(), p.gap().get());
            else if (mode != RepriceMode.RECORDED) notComparable++;
        }
        return new RunPricing(bundle.run().id(), mode, out, recorded, recomputed, gap, unpriced, notComparable);
    }

    private ReceiptPrice price(String runId, Receipt r, ModelIo response, Instant runStart) {
        Instant at = Timestamps.parse(response.ts()).orElse(runStart);
        Optional<Cost> recorded = r.cost().map(c -> new Cost(c.amount(), Totals.currency(c.currency())));
        Optional<BigDecimal> recordedAmount = recorded.map(c -> exact(c.amount()));
        Optional<BillableTokens> tokens = r.usage().map(u -> BillableTokens.of(u, response.payload()));
        Optional<Pricing> pricing = Optional.empty();
        Optional<String> unpriced = Optional.empty();
        if (mode != RepriceMode.RECORDED) {
            if (r.model().isEmpty()) unpriced = Optional.of("the response names no model");
            else if (tokens.isEmpty()) unpriced = Optional.of("the response reports no usage");
            else {
                Lookup l = lookup(r.provider(), r.model().get(), at);
                if (l.quote().isEmpty()) unpriced = Optional.of(l.whyNone());
                else {
                    Optional<Pricing> p = priced(l.quote().get(), tokens.get());
                    if (p.isPresent()) pricing = p;
                    else unpriced = Optional.of(missingRate(l.quote().get(), tokens.get()));
                }
            }
        }
        Optional<BigDecimal> gap = Optional.empty();
        Optional<String> gapNote = Optional.empty();
        if (pricing.isPresent()) {
            if (recorded.isEmpty()) gapNote = Optional.of("no recorded cost");
            else if (!recorded.get().currency().equals(pricing.get().currency())) {
                gapNote = Optional.of("recorded in " + recorded.get().currency() + ", priced in " + pricing.get().currency());
            } else gap = Optional.of(pricing.get().amount().subtract(recordedAmount.orElseThrow()));
        }
        return new ReceiptPrice(runId, response.id(), response.index(), r.stepId(), r.provider(), r.model(), at, tokens,
                r.toolCalls().size(), recorded, recordedAmount, pricing, unpriced, gap, gapNote);
    }

    /**
     * What {@code tokens} would cost on another model at this repricer's basis (for what-if routing);
     * with recorded costs, at the contract rate else the catalog price of the call's day.
     */
    public Optional<Pricing> priceAs(Optional<String> provider, String model, BillableTokens tokens, Instant at) {
        Lookup l = mode == RepriceMode.RECORDED ? contractElseCatalog(provider, model, at) : lookup(provider, model, at);
        return l.quote().flatMap(q -> priced(q, tokens));
    }

    private Lookup contractElseCatalog(Optional<String> provider, String model, Instant at) {
        Lookup c = book.contractPrice(provider, model, at);
        return c.quote().isPresent() ? c : book.catalogPrice(provider, model, at);
    }

    private Lookup lookup(Optional<String> provider, String model, Instant at) {
        return switch (mode) {
            case AS_OF, RECORDED -> book.catalogPrice(provider, model, at);
            case TODAY -> book.catalogPrice(provider, model, today.atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(Math.floorMod(at.getEpochSecond(), 86_400L)));
            case CONTRACT -> contractElseCatalog(provider, model, at);
        };
    }

    /** The formula at the quote's rates, or empty when a token kind that occurs has no price. */
    static Optional<Pricing> priced(Quote q, BillableTokens t) {
        Rates rates = q.row().rates();
        long prompt = t.promptTokens();
        List<PriceLine> lines = new ArrayList<>();
        if (!add(lines, PriceLine.Kind.INPUT, t.uncachedInput(), rates.input(), prompt)) return Optional.empty();
        if (!add(lines, PriceLine.Kind.CACHED_INPUT, t.cachedInput(), rates.cachedInput().or(rates::input), prompt)) return Optional.empty();
        if (!add(lines, PriceLine.Kind.CACHE_WRITE, t.cacheWrite(), rates.cacheWrite().or(rates::input), prompt)) return Optional.empty();
        if (!add(lines, PriceLine.Kind.OUTPUT, t.output(), rates.output(), prompt)) return Optional.empty();
        if (!add(lines, PriceLine.Kind.REASONING, t.reasoning(), rates.reasoning().or(rates::output), prompt)) return Optional.empty();
        BigDecimal sum = lines.stream().map(PriceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        PriceRow row = q.row();
        return Optional.of(new Pricing(sum, q.model().currency(), q.source().label(), q.contract(), q.model().id(),
                row.validFrom(), lines));
    }

    private static boolean add(List<PriceLine> lines, PriceLine.Kind kind, long tokens, Optional<Rate> rate, long prompt) {
        if (tokens == 0) return true;
        if (rate.isEmpty()) return false;
        BigDecimal perMillion = rate.get().at(prompt);
        lines.add(new PriceLine(kind, tokens, perMillion, perMillion.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6)));
        return true;
    }

    private static String missingRate(Quote q, BillableTokens t) {
        Rates r = q.row().rates();
        String what = r.input().isEmpty() && t.promptTokens() > 0 ? "input" : "output";
        return q.source().label() + " has no " + what + " price for " + q.model().id();
    }

    /** The decimal JavaScript prints for a recorded amount, as {@code replay.Totals} takes it. */
    static BigDecimal exact(double amount) {
        return Double.isFinite(amount) ? new BigDecimal(JsNumber.format(amount)) : BigDecimal.ZERO;
    }
}
