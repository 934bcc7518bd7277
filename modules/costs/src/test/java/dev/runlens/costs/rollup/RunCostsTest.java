package dev.runlens.costs.rollup;

import dev.runlens.costs.Bundles;
import dev.runlens.costs.TestPolicies;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCostsTest {
    static final Repricer RECORDED = new Repricer(PriceBook.bundled(), RepriceMode.RECORDED, LocalDate.parse("2026-11-23"));

    @Test
    void callsRedoneAfterARejectedGateAreRetries() {
        RunCost c = RunCosts.of(Bundles.sample("2026-10-06-claims-triage-rework-completed.json"), RECORDED, Policies.NONE);
        List<ReceiptPrice> route = c.pricing().receipts().stream().filter(r -> r.stepId().orElse("").equals("route_claim")).toList();
        assertEquals(2, route.size());
        assertTrue(c.isRetry(route.get(0)), "the call before the rejection was redone");
        assertTrue(!c.isRetry(route.get(1)), "the call that was approved stands");
        assertEquals(route.get(0).recordedAmount().orElseThrow(), c.retryCost().get("USD"));
        assertEquals(1, c.retryEventIds().size());
    }

    @Test
    void runsWithoutReworkHaveNoRetriesAndCorpusReworkRunsDo() {
        for (RunBundle b : Bundles.samples()) {
            RunCost c = RunCosts.of(b, RECORDED, Policies.NONE);
            String name = b.run().workflowId() + " " + b.run().startedAt();
            if (!c.retryEventIds().isEmpty()) {
                assertTrue(b.trace().stream().anyMatch(e -> e instanceof dev.runlens.protocol.model.HumanGateResolved g
                        && g.decision() == dev.runlens.protocol.model.GateDecision.REJECTED), name);
            }
        }
        for (String f : List.of("p04-invoice-extraction-rework.json", "p13-support-triage-de-rework.json")) {
            RunCost c = RunCosts.of(Bundles.accepted(SharedFolder.require("corpus/" + f)), RECORDED, Policies.NONE);
            assertTrue(!c.retryCost().isZero(), f);
        }
    }

    @Test
    void readsUnitsOfOutputFromTheMetadataKeyThePolicyDeclares() throws Exception {
        var policies = TestPolicies.of("""
                {"format": "runlens-routing-policy/1", "workflowId": "wf_invoice_extraction",
                 "unit": {"name": "documents", "metadataKey": "batch.documents"}, "steps": {}}
                """);
        RunCost with = RunCosts.of(Bundles.withMetadata("2026-10-08-invoice-extraction-completed.json", "\"batch\": {\"documents\": 3}"),
                RECORDED, policies);
        assertEquals(new BigDecimal("3"), with.units().orElseThrow());
        RunCost without = RunCosts.of(Bundles.sample("2026-10-08-invoice-extraction-completed.json"), RECORDED, policies);
        assertTrue(without.units().isEmpty());
        assertEquals("run.metadata has no batch.documents", without.unitProblem().orElseThrow());
    }

    @Test
    void aRunCountsOnTheUtcDayAndIsoWeekItStarted() {
        RunCost c = RunCosts.of(Bundles.sample("2026-09-29-meeting-digest-cancelled.json"), RECORDED, Policies.NONE);
        assertEquals(LocalDate.parse("2026-09-29"), c.day());
        assertEquals("2026-W40", c.week());
        assertEquals(RunOutcome.CANCELLED, c.outcome());
    }
}
