package dev.runlens.replay.analysis;

import dev.runlens.replay.Corpus;
import dev.runlens.replay.Inline;
import dev.runlens.replay.Replay;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CriticalPathsTest {
    private static String at(String json, int second) {
        return json.substring(0, json.length() - 1) + ",\"ts\":\"2025-01-01T00:" + String.format("%02d:%02d", second / 60, second % 60)
                + ".000Z\"}";
    }

    private static String started(String step, int s) {
        return at("{\"type\":\"step_started\",\"stepId\":\"" + step + "\"}", s);
    }

    private static String completed(String step, int s) {
        return at("{\"type\":\"step_completed\",\"stepId\":\"" + step + "\",\"ok\":true}", s);
    }

    private static String response(String step, double amount, String currency) {
        return "{\"type\":\"model_io\",\"stepId\":\"" + step + "\",\"direction\":\"response\",\"cost\":{\"amount\":"
                + amount + ",\"currency\":\"" + currency + "\"}}";
    }

    /** a -> (b | c:PAUSE_BEFORE) -> d; b runs 10 s, c runs 2 s after a 100 s wait at its gate. */
    private static Replay diamond() {
        return Replay.of(Inline.bundle("a b c:PAUSE_BEFORE d", "a>b a>c b>d c>d",
                started("a", 0), completed("a", 1),
                started("b", 1), at("{\"type\":\"human_gate_requested\",\"stepId\":\"c\",\"gate\":\"PAUSE_BEFORE\"}", 1),
                completed("b", 11),
                at("{\"type\":\"human_gate_resolved\",\"stepId\":\"c\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\"}", 101),
                started("c", 101), response("c", 0.5, "USD"), response("b", 0.2, "USD"), response("b", 3, "EUR"),
                completed("c", 103), started("d", 103), completed("d", 104)));
    }

    @Test
    void gateWaitingIsKeptApartFromMachineTime() {
        StepTiming c = CriticalPaths.of(diamond()).timings().get("c");
        assertEquals(2000, c.machineMs());
        assertEquals(100_000, c.gateWaitMs());
        assertEquals(1, c.attempts());
        assertTrue(c.finished());
    }

    @Test
    void latencyPathWeighsTheWaitButMachinePathDoesNot() {
        CriticalPaths p = CriticalPaths.of(diamond());
        LatencyPath total = p.byLatency().orElseThrow();
        assertEquals(List.of("a", "c", "d"), total.stepIds());
        assertEquals(4000, total.machineMs());
        assertEquals(100_000, total.gateWaitMs());
        assertEquals(List.of("a", "b", "d"), p.byMachineTime().orElseThrow().stepIds());
    }

    @Test
    void costPathsAreComputedPerCurrency() {
        var paths = CriticalPaths.of(diamond()).byCost();
        assertEquals(List.of("EUR", "USD"), List.copyOf(paths.keySet()));
        assertEquals(List.of("a", "c", "d"), paths.get("USD").stepIds());
        assertEquals(new BigDecimal("0.5"), paths.get("USD").amount());
        assertEquals(List.of("a", "b", "d"), paths.get("EUR").stepIds());
        assertEquals(new BigDecimal("3"), paths.get("EUR").amount());
    }

    @Test
    void cyclicWorkflowHasNoCriticalPath() {
        CriticalPaths p = CriticalPaths.of(Replay.of(Inline.bundle("a b", "a>b b>a")));
        assertTrue(p.byLatency().isEmpty());
        assertTrue(p.byCost().isEmpty());
    }

    @Test
    void realRunsPathRunsFromARootToASinkThroughItsGates() {
        Replay r = Corpus.replay("p01-contract-review-completed.json");
        LatencyPath p = CriticalPaths.of(r).byLatency().orElseThrow();
        assertTrue(r.dag().roots().contains(p.stepIds().get(0)));
        assertTrue(r.dag().sinks().contains(p.stepIds().get(p.stepIds().size() - 1)));
        assertTrue(p.stepIds().containsAll(List.of("legal_review", "final_risk_memo")), p.stepIds().toString());
        assertTrue(p.gateWaitMs() > p.machineMs());
        double sum = CriticalPaths.of(r).timings().values().stream().mapToDouble(StepTiming::gateWaitMs).sum();
        assertTrue(sum >= p.gateWaitMs());
    }

    @Test
    void costPathsOfAMultiCurrencyRunNeverMixCurrencies() {
        var paths = CriticalPaths.of(Corpus.replay("p01-contract-review-completed.json")).byCost();
        assertEquals(List.of("EUR", "USD"), List.copyOf(paths.keySet()));
        paths.values().forEach(c -> assertTrue(c.amount().signum() > 0));
    }
}
