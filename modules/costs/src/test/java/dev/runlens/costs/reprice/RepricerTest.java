package dev.runlens.costs.reprice;

import dev.runlens.costs.Bundles;
import dev.runlens.costs.Money;
import dev.runlens.costs.Prices;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepricerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    /** The sample generator rounds Anthropic and Azure to 6, Google to 8, Mistral to 5 decimals; OpenAI not at all. */
    private static final Map<String, BigDecimal> ROUNDING = Map.of("anthropic", new BigDecimal("0.0000005"),
            "azure-openai", new BigDecimal("0.0000005"), "google", new BigDecimal("0.000000005"),
            "mistral", new BigDecimal("0.000005"), "openai", new BigDecimal("1e-15"));

    @Test
    void atTheSampleContractEveryReceiptCostsWhatItRecordedUpToProviderRounding() {
        Repricer r = new Repricer(Prices.contractOverBundled(), RepriceMode.CONTRACT, TODAY);
        int receipts = 0;
        for (RunBundle b : Bundles.samples()) {
            RunPricing p = r.price(b);
            assertEquals(0, p.unpriced(), b.run().id());
            for (ReceiptPrice rp : p.receipts()) {
                assertTrue(rp.pricing().orElseThrow().contract());
                BigDecimal gap = rp.gap().orElseThrow().abs();
                assertTrue(gap.compareTo(ROUNDING.get(rp.provider().orElseThrow())) <= 0, rp.eventId() + " gap " + gap);
                receipts++;
            }
        }
        assertTrue(receipts > 70, "priced " + receipts);
    }

    @Test
    void recordedTotalsEqualTheReplaysExactSpend() {
        Repricer r = new Repricer(PriceBook.bundled(), RepriceMode.RECORDED, TODAY);
        for (RunBundle b : Bundles.samples()) {
            RunPricing p = r.price(b);
            assertEquals(new Money(Replay.of(b).finalState().spend().total().cost()), p.cost(), b.run().id());
            assertEquals(b.events(ModelIo.class).stream().filter(m -> m.direction() == ModelDirection.RESPONSE).count(),
                    p.receipts().size());
        }
    }

    @Test
    void asOfUsesTheDayOfTheCallAndTodayUsesTodaysPrice() {
        RunBundle september = Bundles.sample("2026-09-24-vendor-due-diligence-completed.json");
        PriceBook table = Prices.sampleCatalogOnly();
        RunPricing asOf = new Repricer(table, RepriceMode.AS_OF, TODAY).price(september);
        RunPricing today = new Repricer(table, RepriceMode.TODAY, TODAY).price(september);
        for (int i = 0; i < asOf.receipts().size(); i++) {
            ReceiptPrice then = asOf.receipts().get(i);
            ReceiptPrice now = today.receipts().get(i);
            boolean repricedModel = then.model().orElseThrow().equals("gpt-4.1-mini-2025-04-14");
            int cmp = now.pricing().orElseThrow().amount().compareTo(then.pricing().orElseThrow().amount());
            assertEquals(repricedModel ? -1 : 0, Integer.signum(cmp), then.model() + " only gpt-4.1-mini got cheaper on 2026-10-01");
            if (repricedModel) assertEquals(LocalDate.parse("2026-10-01"), now.pricing().get().validFrom().orElseThrow());
        }
        assertTrue(today.gap().get("USD").signum() < 0, "today's prices are below what September recorded");
    }

    @Test
    void unpricedModelsAreCountedApartNeverAsZero() {
        RunBundle b = Bundles.sample("2026-10-14-contract-review-completed.json");
        RunPricing p = new Repricer(PriceBook.bundled(), RepriceMode.AS_OF, TODAY).price(b);
        long mistralSmall = p.receipts().stream().filter(r -> r.model().orElse("").equals("mistral-small-2503")).count();
        assertTrue(mistralSmall > 0);
        assertEquals(mistralSmall, p.unpriced());
        for (ReceiptPrice r : p.unpricedReceipts()) {
            assertTrue(r.pricing().isEmpty() && r.gap().isEmpty());
            assertTrue(r.whyUnpriced(RepriceMode.AS_OF).contains("mistral-small-2503"), r.whyUnpriced(RepriceMode.AS_OF));
        }
        BigDecimal pricedSum = p.receipts().stream().filter(r -> r.pricing().isPresent())
                .filter(r -> r.pricing().get().currency().equals("USD")).map(r -> r.pricing().get().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, pricedSum.compareTo(p.recomputed().get("USD")), "totals hold the priced receipts only");
    }

    @Test
    void aReceiptRecordedInAnotherCurrencyHasNoGapButANote() {
        RunBundle b = Bundles.sample("2026-09-17-claims-triage-pending-pause-before.json");
        RunPricing p = new Repricer(PriceBook.bundled(), RepriceMode.AS_OF, TODAY).price(b);
        ReceiptPrice azure = p.receipts().stream().filter(r -> r.provider().orElse("").equals("azure-openai")).findFirst().orElseThrow();
        assertEquals("EUR", azure.recorded().orElseThrow().currency());
        assertEquals("USD", azure.pricing().orElseThrow().currency());
        assertTrue(azure.gap().isEmpty());
        assertEquals("recorded in EUR, priced in USD", azure.gapNote().orElseThrow());
        assertTrue(p.notComparable() > 0);
    }

    @Test
    void theFormulaBillsEveryTokenExactlyOnce() {
        Repricer r = new Repricer(Prices.contractOverBundled(), RepriceMode.CONTRACT, TODAY);
        for (RunBundle b : Bundles.samples()) {
            for (ReceiptPrice rp : r.price(b).receipts()) {
                var usage = b.events(ModelIo.class).stream().filter(m -> m.id().equals(rp.eventId())).findFirst().orElseThrow().usage().orElseThrow();
                long billed = rp.pricing().orElseThrow().lines().stream().mapToLong(PriceLine::tokens).sum();
                assertEquals(usage.inputTokens().orElse(0) + usage.outputTokens().orElse(0), billed, rp.eventId());
                BigDecimal sum = rp.pricing().get().lines().stream().map(PriceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(rp.pricing().get().amount()));
            }
        }
    }
}
