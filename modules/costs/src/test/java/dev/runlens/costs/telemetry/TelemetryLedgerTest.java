package dev.runlens.costs.telemetry;

import dev.runlens.costs.Bundles;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.Totals;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelemetryLedgerTest {
    private static final String NOW = "2026-12-31T23:59:59.000Z";

    @Test
    void countsEveryDirectionWhenAskedTo() throws Exception {
        RunBundle b = Bundles.sample("2026-09-01-meeting-digest-completed.json");
        TelemetrySummary all = TelemetryLedger.summarize(List.of(b), EnumSet.allOf(ModelDirection.class), NOW);
        assertEquals(b.events(ModelIo.class).size(), all.totals().eventCount());
        TelemetrySummary responses = TelemetryLedger.summarize(List.of(b), NOW);
        assertTrue(responses.totals().eventCount() < all.totals().eventCount(), "the sample streams chunks");
        assertTrue(responses.entries().stream().allMatch(e -> e.direction() == ModelDirection.RESPONSE));
    }

    @Test
    void agreesWithTheReplaysExactDecimalTotalsOnEverySample() throws Exception {
        for (RunBundle b : Bundles.samples()) {
            TelemetryTotals ledger = TelemetryLedger.summarize(List.of(b), NOW).totals();
            Totals exact = Replay.of(b).finalState().spend().total();
            assertEquals(exact.responses(), ledger.eventCount());
            assertEquals(exact.inputTokens(), ledger.inputTokens());
            assertEquals(exact.totalTokens(), ledger.totalTokens());
            assertEquals(exact.cachedInputTokens(), ledger.cachedInputTokens());
            assertEquals(exact.cost().keySet(), ledger.costByCurrency().keySet());
            for (Map.Entry<String, BigDecimal> c : exact.cost().entrySet()) {
                double diff = Math.abs(c.getValue().doubleValue() - ledger.costByCurrency().get(c.getKey()));
                assertTrue(diff <= 1e-12, b.run().id() + " " + c.getKey() + " differs by " + diff);
            }
        }
    }

    @Test
    void refusesWhatTheRuntimesOwnOutputSchemaRefuses() throws Exception {
        String text = Files.readString(ProjectFolder.sampleBundles().resolve("2026-10-21-meeting-digest-completed-canonical.json"));
        RunBundle emptyCorrelation = edited(text.replaceAll("\"correlationId\":\"[^\"]+\"", "\"correlationId\":\"\""));
        TelemetryRejected e = assertThrows(TelemetryRejected.class, () -> TelemetryLedger.summarize(List.of(emptyCorrelation), NOW));
        assertTrue(e.getMessage().contains("correlationId is empty"), e.getMessage());
        RunBundle blankCurrency = edited(text.replace("\"currency\":\"USD\"", "\"currency\":\" \\u00a0\""));
        e = assertThrows(TelemetryRejected.class, () -> TelemetryLedger.summarize(List.of(blankCurrency), NOW));
        assertTrue(e.getMessage().contains("currency is empty"), e.getMessage());
    }

    @Test
    void trimsAndUpperCasesCurrenciesAsJavaScriptDoes() throws Exception {
        String text = Files.readString(ProjectFolder.sampleBundles().resolve("2026-10-21-meeting-digest-completed-canonical.json"));
        RunBundle b = edited(text.replace("\"currency\":\"USD\"", "\"currency\":\"\\u00a0usd\\ufeff\""));
        TelemetrySummary s = TelemetryLedger.summarize(List.of(b), NOW);
        assertEquals(List.of("USD"), List.copyOf(s.totals().costByCurrency().keySet()));
        assertEquals("USD", s.entries().get(0).cost().orElseThrow().currency());
    }

    @Test
    void listsEachRunOnceInFirstSeenOrder() throws Exception {
        RunBundle a = Bundles.sample("2026-09-01-meeting-digest-completed.json");
        RunBundle b = Bundles.sample("2026-09-29-meeting-digest-cancelled.json");
        TelemetrySummary s = TelemetryLedger.summarize(List.of(b, a, b), NOW);
        assertEquals(List.of(b.run().id(), a.run().id()), s.runIds());
        assertEquals(2 * TelemetryLedger.summarize(List.of(b), NOW).totals().eventCount()
                + TelemetryLedger.summarize(List.of(a), NOW).totals().eventCount(), s.totals().eventCount());
    }

    private static RunBundle edited(String json) {
        BundleReader.Loaded l = BundleReader.loader().read("edited.json", json.getBytes(StandardCharsets.UTF_8));
        assertTrue(l.report().accepted(), () -> "the bundle schema accepts the edit: " + l.report().error());
        return BundleModel.of(l);
    }
}
