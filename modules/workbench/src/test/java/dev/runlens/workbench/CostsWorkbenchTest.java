package dev.runlens.workbench;

import dev.runlens.costs.Money;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.telemetry.TelemetryLedger;
import dev.runlens.costs.telemetry.TelemetrySummary;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostsWorkbenchTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());

    static Path contract() {
        try {
            return Path.of(CostsWorkbenchTest.class.getResource("sample-contract-rates.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFolderGivesItsRunsAndSaysWhatItSkipped() {
        RunSet set = workbench.loadRuns(List.of(ProjectFolder.sampleBundles()));
        assertEquals(14, set.runs().size());
        assertTrue(set.skipped().stream().anyMatch(s -> s.file().getFileName().toString().equals("expected.json") && !s.named()));
        assertFalse(set.namedFileUnusable());
    }

    @Test
    void eachRunCountsOnceEvenWhenCopiesOfItAreGiven() {
        RunSet set = workbench.loadRuns(List.of(SharedFolder.require("corpus")));
        assertEquals(set.runs().size(), new HashSet<>(set.bundles().stream().map(b -> b.run().id()).toList()).size());
        assertTrue(set.skipped().stream().anyMatch(s -> s.reason().startsWith("same run as ")), "p08b/c/u and the p16 variants");
        RunSet named = workbench.loadRuns(List.of(SharedFolder.require("corpus/v-invalid-truncated.json")));
        assertTrue(named.namedFileUnusable());
    }

    @Test
    void telemetryIsTheRuntimesLedger() throws Exception {
        RunSet set = workbench.loadRuns(List.of(ProjectFolder.sampleBundles().resolve("2026-09-03-contract-review-completed.json")));
        TelemetrySummary s = workbench.telemetry(set, TelemetryLedger.DEFAULT_DIRECTIONS, "2026-12-31T23:59:59.000Z");
        assertEquals(10, s.totals().eventCount());
        assertEquals(0.033972, s.totals().costByCurrency().get("USD"));
    }

    @Test
    void costsAtContractRateWithPoliciesFromAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("claims.policy.json"), """
                {"format": "runlens-routing-policy/1", "workflowId": "wf_claims_triage",
                 "unit": {"name": "claims", "metadataKey": "claims"}, "steps": {}}
                """);
        Files.writeString(dir.resolve("notes.json"), "{\"not\": \"a policy\"}");
        CostSettings s = new CostSettings(RepriceMode.CONTRACT, List.of(), Optional.empty(), List.of(contract()), List.of(dir), TODAY);
        RunSet set = workbench.loadRuns(List.of(ProjectFolder.sampleBundles()));
        CostReport r = workbench.costs(set, s, Dimension.WORKFLOW, Period.WEEK, Optional.of(LocalDate.parse("2026-10-01")));
        assertTrue(r.runs().stream().allMatch(c -> !c.day().isBefore(LocalDate.parse("2026-10-01"))));
        assertEquals(5, r.runs().size(), "the October runs");
        assertTrue(r.unpriced().isEmpty());
        assertEquals(r.total(), r.rows().stream().map(CostRow::cost).reduce(Money.ZERO, Money::plus));
        for (BigDecimal g : r.gap().amounts().values()) assertTrue(g.abs().compareTo(new BigDecimal("0.00002")) < 0, r.gap().toString());
        assertEquals("sample-bundles price table (sample-bundles/generator/lib/models.mjs, illustrative)", r.sources().get(0).dataset());
        assertTrue(r.rows().stream().filter(x -> x.key().equals("wf_claims_triage")).allMatch(x -> x.unitName().isPresent()));
    }

    @Test
    void reviewsAWeek() throws Exception {
        RunSet set = workbench.loadRuns(List.of(ProjectFolder.sampleBundles()));
        Review r = workbench.review(set, CostSettings.recorded(TODAY), IsoWeek.parse("2026-W41").orElseThrow(), Optional.empty());
        assertEquals("2026-W40", r.baseline().toString());
        assertEquals(2, r.runsThisWeek());
        assertEquals(1, r.runsBaseline());
        assertEquals(List.of("wf_claims_triage", "wf_invoice_extraction", "wf_meeting_digest"),
                r.workflows().stream().map(w -> w.workflowId()).toList());
    }

    @Test
    void aBadPriceFileIsNamed(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("prices.json");
        Files.writeString(bad, "[1, 2]");
        CostSettings s = new CostSettings(RepriceMode.AS_OF, List.of(bad), Optional.empty(), List.of(), List.of(), TODAY);
        CostSetupException e = assertThrows(CostSetupException.class,
                () -> workbench.costs(workbench.loadRuns(List.of()), s, Dimension.MODEL, Period.ALL, Optional.empty()));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}
