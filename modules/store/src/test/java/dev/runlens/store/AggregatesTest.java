package dev.runlens.store;

import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-run facts and aggregates, checked against the sample files themselves. */
class AggregatesTest {
    @TempDir
    static Path dir;
    static Library lib;

    @BeforeAll
    static void importSamples() {
        lib = LibraryFixture.importAll(dir);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    static List<Path> samples() {
        return Samples.bundles();
    }

    private static RunRow row(Path sample) {
        return lib.listRuns(RunFilter.ALL).stream().filter(r -> r.sourcePath().equals(sample.toString())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void receiptsAreTheModelResponsesWithTheirUsageAndCost(Path sample) {
        RunBundle model = LibraryFixture.model(sample);
        List<ModelIo> responses = model.events(ModelIo.class).stream()
                .filter(m -> m.direction() == ModelDirection.RESPONSE).toList();
        RunRow row = row(sample);
        List<ReceiptRow> receipts = lib.receipts(row.bundleId());
        assertEquals(responses.stream().map(ModelIo::index).toList(), receipts.stream().map(ReceiptRow::eventIndex).toList());
        long input = responses.stream().mapToLong(m -> m.usage().map(u -> u.inputTokens().orElse(0)).orElse(0L)).sum();
        long cached = responses.stream().mapToLong(m -> m.usage().map(u -> u.cachedInputTokens().orElse(0)).orElse(0L)).sum();
        assertEquals(input, row.stats().inputTokens());
        assertEquals(cached, row.stats().cachedTokens());
        assertTrue(row.stats().totalTokens() >= row.stats().inputTokens(), "total counts input and output");
        assertEquals(responses.size(), row.stats().receipts());
        assertEquals(responses.stream().filter(m -> m.cost().isEmpty()).count(), row.stats().unpricedReceipts());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void costIsKeptPerCurrencyAndNeverAddedAcross(Path sample) {
        RunBundle model = LibraryFixture.model(sample);
        Map<String, BigDecimal> expected = new TreeMap<>();
        model.events(ModelIo.class).stream().filter(m -> m.direction() == ModelDirection.RESPONSE && m.cost().isPresent())
                .forEach(m -> expected.merge(m.cost().get().currency().strip().toUpperCase(),
                        new BigDecimal(Double.toString(m.cost().get().amount())), BigDecimal::add));
        Map<String, BigDecimal> stored = row(sample).stats().cost();
        assertEquals(expected.keySet(), stored.keySet());
        expected.forEach((currency, amount) -> assertEquals(0, amount.compareTo(stored.get(currency)),
                currency + ": " + amount + " vs " + stored.get(currency)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void gatesArtifactsAndStepsComeFromTheRun(Path sample) {
        RunBundle model = LibraryFixture.model(sample);
        RunRow row = row(sample);
        assertEquals(model.run().workflowSnapshot().steps().size(), row.stats().stepCount());
        List<GateRow> gates = lib.gates(row.bundleId());
        assertEquals(model.events(HumanGateRequested.class).size(), gates.stream().filter(g -> g.requestedIndex() != null).count());
        assertEquals(gates.stream().filter(GateRow::pending).count(), row.stats().pendingGates());
        assertEquals(row.stats().pendingGates(), lib.pendingGates(row.bundleId()));
        assertEquals(model.artifacts().stream().map(a -> a.artifactKey() + "@" + a.version()).toList(),
                lib.artifacts(row.bundleId()).stream().map(a -> a.key() + "@" + a.version()).toList());
        assertEquals(model.artifacts().stream().map(Artifact::pointer).filter(p -> p.isPresent()).count(),
                lib.artifacts(row.bundleId()).stream().filter(a -> a.payloadHash() != null).count());
    }

    @Test
    void runsWaitingAtAGateHavePendingGatesAndFinishedOnesNone() {
        for (RunRow r : lib.listRuns(RunFilter.ALL)) {
            if (r.status() == null) continue;
            if (r.sourcePath().contains("-pending-")) assertTrue(r.stats().pendingGates() > 0, r.sourcePath());
            if (!r.status().equals("running")) assertEquals(0, r.stats().pendingGates(), r.sourcePath());
        }
    }

    @Test
    void durationRunsFromStartToEndOrToTheLastEventWhileRunning() {
        RunRow digest = row(Samples.bundles().stream().filter(p -> p.toString().contains("2026-09-01-meeting")).findFirst().orElseThrow());
        assertEquals(3301.0, digest.stats().durationMs(), 0.001, "09:05:12.000Z to 09:05:15.301Z");
        for (RunRow r : lib.listRuns(RunFilter.ALL.withStatus("running"))) {
            assertNull(r.endedAt());
            assertNotNull(r.stats().durationMs(), r.sourcePath());
            assertTrue(r.stats().durationMs() > 0, r.sourcePath());
        }
    }

    @Test
    void aMultiCurrencyRunKeepsEachCurrencyApart() {
        RunRow vendor = row(Samples.bundles().stream().filter(p -> p.toString().contains("vendor-due-diligence")).findFirst().orElseThrow());
        assertEquals(Set.of("EUR", "USD"), vendor.stats().cost().keySet());
        assertTrue(vendor.stats().cost().values().stream().allMatch(v -> v.signum() > 0));
        assertEquals(List.of("EUR", "USD"), lib.currencies());
    }

    @Test
    void findingsAreCountedBySeverity() {
        RunRow tampered = lib.listRuns(RunFilter.ALL).stream()
                .filter(r -> r.sourcePath().endsWith(LibraryFixture.TAMPERED)).findFirst().orElseThrow();
        assertTrue(tampered.stats().errors() > 0, "a duplicate key is a strict error");
        assertEquals(lib.findings(tampered.bundleId()).stream().filter(f -> f.severity().name().equals("ERROR")).count(),
                tampered.stats().errors());
        assertFalse(tampered.stats().clean());
        assertTrue(tampered.hasOtherCopies(), "it is a copy of the claims-triage rework run");
    }

    @Test
    void aFileWithNoRunIsListedWithItsErrorAndNoStats() {
        RunRow notJson = lib.listRuns(RunFilter.ALL).stream()
                .filter(r -> r.sourcePath().endsWith(LibraryFixture.NOT_JSON)).findFirst().orElseThrow();
        assertFalse(notJson.accepted());
        assertNull(notJson.workflowId());
        assertEquals(0, notJson.stats().receipts());
        assertEquals(1, notJson.copies());
        assertTrue(notJson.indexed());
        assertEquals(Set.of(), lib.receipts(notJson.bundleId()).stream().map(ReceiptRow::eventId).collect(Collectors.toSet()));
    }
}
