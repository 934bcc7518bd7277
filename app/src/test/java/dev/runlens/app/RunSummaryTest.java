package dev.runlens.app;

import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSummaryTest {
    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());

    private Inspection inspect(String sample) {
        return workbench.inspect(ProjectFolder.sampleBundles().resolve(sample));
    }

    @Test
    void theHeaderNamesTheRunWorkflowAndStatusAsTheBundleWritesThem() {
        Inspection i = inspect("2026-09-08-invoice-extraction-failed.json");
        RunSummary s = RunSummary.of(i);

        var run = i.model().orElseThrow().run();
        assertEquals(run.id(), s.run());
        assertTrue(s.workflow().endsWith(run.workflowId() + " v" + run.workflowVersion()), s.workflow());
        assertEquals("failed", s.status());
        assertTrue(s.steps().startsWith(run.workflowSnapshot().steps().size() + " ("), s.steps());
        assertTrue(s.steps().contains("failed"), s.steps());
    }

    @Test
    void costIsSummedPerCurrencyFromTheResponsesOfTheFile() {
        for (String sample : new String[] {"2026-09-24-vendor-due-diligence-completed.json", "2026-09-03-contract-review-completed.json"}) {
            Inspection i = inspect(sample);
            Map<String, BigDecimal> expected = new TreeMap<>();
            i.model().orElseThrow().trace().stream()
                    .filter(e -> e instanceof ModelIo m && m.direction() == ModelDirection.RESPONSE)
                    .map(e -> (ModelIo) e)
                    .forEach(m -> m.cost().ifPresent(c -> expected.merge(c.currency().strip().toUpperCase(java.util.Locale.ROOT),
                            new BigDecimal(JsNumber.format(c.amount())), BigDecimal::add)));
            assertEquals(RunSummary.money(expected), RunSummary.of(i).cost(), sample);
        }
    }

    @Test
    void aPendingGateIsNamedAndFlagged() {
        RunSummary s = RunSummary.of(inspect("2026-09-17-claims-triage-pending-pause-before.json"));
        assertTrue(s.hasPendingGates());
        assertTrue(s.pendingGates().startsWith("1 · "), s.pendingGates());

        assertFalse(RunSummary.of(inspect("2026-09-03-contract-review-completed.json")).hasPendingGates());
    }

    @Test
    void nothingOpenOrAnUnreadableFileShowsDashes() {
        assertEquals(RunSummary.EMPTY, RunSummary.of(null));
        Inspection rejected = workbench.inspect(ProjectFolder.sampleBundles().resolve("negative").resolve("not-json.json"));
        assertEquals(RunSummary.EMPTY, RunSummary.of(rejected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            850,        0.9 s
            59999,      60.0 s
            61000,      1 min 01 s
            3725000,    1 h 02 min
            183600000,  2 d 3 h
            """)
    void durationsReadLikeAPersonWouldSayThem(long millis, String shown) {
        assertEquals(shown, RunSummary.human(Duration.ofMillis(millis)));
    }
}
