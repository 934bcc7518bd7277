package dev.runlens.costs.review;

import dev.runlens.costs.Bundles;
import dev.runlens.costs.Prices;
import dev.runlens.costs.TestPolicies;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.costs.rollup.RunCosts;
import dev.runlens.costs.routing.MechanicalThresholds;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyReviewTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static Review review(List<RunCost> runs, Repricer r, Policies p, String week, String baseline) {
        return new WeeklyReview(r, p, MechanicalThresholds.DEFAULT, NOW).build(runs, IsoWeek.parse(week).orElseThrow(),
                Optional.ofNullable(baseline).map(b -> IsoWeek.parse(b).orElseThrow()));
    }

    private static void assertDriftAddsUp(Review review) {
        for (WorkflowReview w : review.workflows()) {
            for (Drift d : w.drift()) {
                BigDecimal parts = d.price().add(d.volume()).add(d.mix()).add(d.retries()).add(d.other());
                assertEquals(0, parts.compareTo(d.total()), w.workflowId() + " " + d);
                assertEquals(0, d.total().compareTo(w.change().get(d.currency())), w.workflowId() + " " + d.currency());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RepriceMode.class, names = {"RECORDED", "CONTRACT"})
    void driftAlwaysAddsUpToTheChangeOnEverySampleWeek(RepriceMode mode) {
        Repricer r = new Repricer(Prices.contractOverBundled(), mode, TODAY);
        List<RunCost> runs = RunCosts.of(Bundles.samples(), r, Policies.NONE);
        TreeSet<String> weeks = new TreeSet<>();
        runs.forEach(c -> weeks.add(c.week()));
        for (String w : weeks) assertDriftAddsUp(review(runs, r, Policies.NONE, w, null));
        assertDriftAddsUp(review(runs, r, Policies.NONE, "2026-W44", "2026-W38"));
    }

    @Test
    void theCorpusWeeksWithManyRunsPerWorkflowDecomposeToo() throws IOException {
        Repricer r = new Repricer(PriceBook.bundled(), RepriceMode.RECORDED, TODAY);
        List<RunBundle> bundles;
        try (Stream<Path> s = Files.list(SharedFolder.require("corpus"))) {
            bundles = s.filter(p -> p.getFileName().toString().matches("p\\d\\d-.*\\.json")).sorted().map(Bundles::accepted).toList();
        }
        List<RunCost> runs = RunCosts.of(bundles, r, Policies.NONE);
        TreeSet<String> weeks = new TreeSet<>();
        runs.forEach(c -> weeks.add(c.week()));
        int compared = 0;
        for (String w : weeks) {
            Review rev = review(runs, r, Policies.NONE, w, null);
            assertDriftAddsUp(rev);
            compared += (int) rev.workflows().stream().filter(x -> x.thisWeek().runs() > 0 && x.baseline().runs() > 0).count();
        }
        assertTrue(compared >= 5, "workflows with runs in two consecutive weeks: " + compared);
    }

    @Test
    void aNewWorkflowsCostIsAllVolume() {
        Repricer r = new Repricer(PriceBook.bundled(), RepriceMode.RECORDED, TODAY);
        Review rev = review(RunCosts.of(Bundles.samples(), r, Policies.NONE), r, Policies.NONE, "2026-W39", null);
        WorkflowReview vendor = rev.workflows().stream().filter(w -> w.workflowId().equals("wf_vendor_due_diligence")).findFirst().orElseThrow();
        assertEquals(0, vendor.baseline().runs());
        for (Drift d : vendor.drift()) {
            assertEquals(0, d.volume().compareTo(d.total().subtract(d.price())));
            assertEquals(0, d.mix().signum());
            assertEquals(0, d.retries().signum());
        }
    }

    @Test
    void thePriceEffectIsTheContractsPriceChangeOnThisWeeksCalls() {
        Repricer r = new Repricer(Prices.contractOverBundled(), RepriceMode.RECORDED, TODAY);
        List<RunCost> runs = RunCosts.of(Bundles.samples(), r, Policies.NONE);
        Review rev = review(runs, r, Policies.NONE, "2026-W41", "2026-W37");
        WorkflowReview invoice = rev.workflows().stream().filter(w -> w.workflowId().equals("wf_invoice_extraction")).findFirst().orElseThrow();
        Drift usd = invoice.drift().stream().filter(d -> d.currency().equals("USD")).findFirst().orElseThrow();
        BigDecimal expected = BigDecimal.ZERO;
        for (RunCost c : runs) {
            if (!c.week().equals("2026-W41") || !c.workflowId().equals("wf_invoice_extraction")) continue;
            for (ReceiptPrice p : c.pricing().receipts()) {
                if (!p.model().orElse("").equals("gpt-4.1-mini-2025-04-14")) continue;
                var t = p.tokens().orElseThrow();
                expected = expected.add(BigDecimal.valueOf(t.uncachedInput()).multiply(new BigDecimal("-0.05"))
                        .add(BigDecimal.valueOf(t.cachedInput()).multiply(new BigDecimal("-0.0125")))
                        .add(BigDecimal.valueOf(t.output() + t.reasoning()).multiply(new BigDecimal("-0.2"))).movePointLeft(6));
            }
        }
        assertTrue(expected.signum() < 0, "gpt-4.1-mini got cheaper on 2026-10-01");
        assertEquals(0, expected.compareTo(usd.price()), usd.toString());
        assertEquals(0, usd.unpricedCalls());
    }

    @Test
    void budgetsAdherenceAndAttentionComeFromThePolicy() {
        Policies p = TestPolicies.of(TestPolicies.CLAIMS);
        Repricer r = new Repricer(Prices.contractOverBundled(), RepriceMode.RECORDED, TODAY);
        Review rev = review(RunCosts.of(Bundles.samples(), r, p), r, p, "2026-W41", null);
        WorkflowReview claims = rev.workflows().stream().filter(w -> w.workflowId().equals("wf_claims_triage")).findFirst().orElseThrow();
        BudgetCheck b = claims.budget().orElseThrow();
        assertEquals(claims.thisWeek().cost(), b.actual());
        assertEquals(java.util.Set.of("USD"), b.over(), "0.0118489 USD spent against 0.01");
        assertTrue(claims.adherence().above() > 0);
        assertTrue(rev.attention().contains("wf_claims_triage: over its weekly budget in USD"), rev.attention().toString());
        assertTrue(rev.attention().stream().anyMatch(a -> a.startsWith("wf_claims_triage: ") && a.contains("above the policy's tier")));
        assertEquals(claims.thisWeek().cost().dividedBy(BigDecimal.ONE), claims.thisWeek().costPerRun().orElseThrow());
    }

    @Test
    void parsesIsoWeeks() {
        IsoWeek w = IsoWeek.parse("2026-W40").orElseThrow();
        assertEquals(LocalDate.parse("2026-09-28"), w.monday());
        assertEquals(LocalDate.parse("2026-10-04"), w.sunday());
        assertEquals("2026-W39", w.previous().toString());
        assertEquals("2026-W53", IsoWeek.parse("2026-W53").orElseThrow().toString());
        assertTrue(IsoWeek.parse("2025-W53").isEmpty(), "2025 has 52 ISO weeks");
        assertTrue(IsoWeek.parse("2026-40").isEmpty());
        assertEquals("2027-W01", IsoWeek.of(LocalDate.parse("2027-01-04")).toString());
    }
}
