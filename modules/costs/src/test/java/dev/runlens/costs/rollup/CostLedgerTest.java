package dev.runlens.costs.rollup;

import dev.runlens.costs.Bundles;
import dev.runlens.costs.Money;
import dev.runlens.costs.Prices;
import dev.runlens.costs.TestPolicies;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.protocol.model.RunBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostLedgerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final List<RunCost> RECORDED = RunCosts.of(Bundles.samples(),
            new Repricer(PriceBook.bundled(), RepriceMode.RECORDED, TODAY), Policies.NONE);

    private static Money total(List<RunCost> runs) {
        return runs.stream().map(RunCost::cost).reduce(Money.ZERO, Money::plus);
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyDimensionSplitsTheSameTotal(Dimension by) {
        for (Period p : Period.values()) {
            List<CostRow> rows = CostLedger.rollup(RECORDED, by, p, Policies.NONE);
            assertEquals(total(RECORDED), rows.stream().map(CostRow::cost).reduce(Money.ZERO, Money::plus), by + " " + p);
            int receipts = RECORDED.stream().mapToInt(r -> r.pricing().receipts().size()).sum();
            assertEquals(receipts, rows.stream().mapToInt(CostRow::receipts).sum());
        }
    }

    @Test
    void dailyRowsFallOnTheDaysRunsStartedAndWeeklyOnTheirIsoWeeks() {
        Set<String> days = new TreeSet<>();
        Set<String> weeks = new TreeSet<>();
        RECORDED.forEach(r -> {
            days.add(r.day().toString());
            weeks.add(r.week());
        });
        assertEquals(days, new TreeSet<>(CostLedger.rollup(RECORDED, Dimension.WORKFLOW, Period.DAY, Policies.NONE).stream().map(CostRow::period).toList()));
        List<CostRow> weekly = CostLedger.rollup(RECORDED, Dimension.WORKFLOW, Period.WEEK, Policies.NONE);
        assertEquals(weeks, new TreeSet<>(weekly.stream().map(CostRow::period).toList()));
        assertTrue(weeks.size() >= 8, "the samples span ISO weeks 36 to 44");
        CostRow claimsW38 = weekly.stream().filter(r -> r.period().equals("2026-W38") && r.key().equals("wf_claims_triage")).findFirst().orElseThrow();
        assertEquals(2, claimsW38.runs());
        assertEquals(Set.of("EUR", "USD"), claimsW38.cost().amounts().keySet(), "currencies are never added");
    }

    @Test
    void wasteIsTheCostOfFailedRejectedAndCancelledRunsAndPerCompletedCarriesIt() {
        CostRow invoice = CostLedger.rollup(RECORDED, Dimension.WORKFLOW, Period.ALL, Policies.NONE).stream()
                .filter(r -> r.key().equals("wf_invoice_extraction")).findFirst().orElseThrow();
        RunCost failed = RECORDED.stream().filter(r -> r.outcome() == RunOutcome.FAILED).findFirst().orElseThrow();
        assertEquals(failed.cost(), invoice.waste());
        assertEquals(1, invoice.outcomes().get(RunOutcome.FAILED));
        assertEquals(2, invoice.completed());
        assertEquals(invoice.cost().dividedBy(BigDecimal.valueOf(2)), invoice.costPerCompleted().orElseThrow());
    }

    @Test
    void costPerUnitDividesAllCostByTheUnitsOfCompletedRuns() {
        Policies policies = TestPolicies.of("""
                {"format": "runlens-routing-policy/1", "workflowId": "wf_invoice_extraction",
                 "unit": {"name": "invoices", "metadataKey": "invoicesInBatch"}, "steps": {}}
                """);
        List<RunBundle> bundles = new ArrayList<>();
        bundles.add(Bundles.withMetadata("2026-09-08-invoice-extraction-failed.json", "\"invoicesInBatch\": 4"));
        bundles.add(Bundles.withMetadata("2026-09-09-invoice-extraction-fork-completed.json", "\"invoicesInBatch\": 4"));
        bundles.add(Bundles.withMetadata("2026-10-08-invoice-extraction-completed.json", "\"invoicesInBatch\": 6"));
        Repricer contract = new Repricer(Prices.contractOverBundled(), RepriceMode.CONTRACT, TODAY);
        List<RunCost> runs = RunCosts.of(bundles, contract, policies);
        CostRow row = CostLedger.rollup(runs, Dimension.WORKFLOW, Period.ALL, policies).get(0);
        assertEquals(new BigDecimal("10"), row.units().orElseThrow(), "the failed run's 4 invoices were not delivered");
        assertEquals("invoices", row.unitName().orElseThrow());
        assertEquals(row.cost().dividedBy(BigDecimal.TEN), row.costPerUnit().orElseThrow());
        CostRow byStep = CostLedger.rollup(runs, Dimension.STEP, Period.ALL, policies).get(0);
        assertTrue(byStep.units().isEmpty(), "units belong to workflows");
    }

    @Test
    void unpricedReceiptsAreCountedPerRowAndLeftOutOfItsCost() {
        Repricer asOf = new Repricer(PriceBook.bundled(), RepriceMode.AS_OF, TODAY);
        List<RunCost> runs = RunCosts.of(Bundles.samples(), asOf, Policies.NONE);
        CostRow mistralSmall = CostLedger.rollup(runs, Dimension.MODEL, Period.ALL, Policies.NONE).stream()
                .filter(r -> r.key().equals("mistral/mistral-small-2503")).findFirst().orElseThrow();
        assertEquals(mistralSmall.receipts(), mistralSmall.unpriced());
        assertTrue(mistralSmall.cost().isEmpty());
    }
}
