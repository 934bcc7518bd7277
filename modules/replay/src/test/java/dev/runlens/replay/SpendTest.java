package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tokens and cost at the end against the response events and the runtime's {@code summarizeModelTelemetry}. */
class SpendTest {
    static List<String> withTelemetry() {
        return Corpus.files(o -> J.obj(o, "telemetry", "totals").isPresent());
    }

    @ParameterizedTest
    @MethodSource("withTelemetry")
    void costPerCurrencyIsTheSumOverResponses(String file) {
        RunBundle b = Corpus.bundle(file);
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (ModelIo m : b.events(ModelIo.class)) {
            if (m.direction() != ModelDirection.RESPONSE || m.cost().isEmpty()) continue;
            expected.merge(Totals.currency(m.cost().get().currency()),
                    new BigDecimal(dev.runlens.protocol.json.JsNumber.format(m.cost().get().amount())), BigDecimal::add);
        }
        assertEquals(expected, Replay.of(b).finalState().spend().total().cost());
    }

    @ParameterizedTest
    @MethodSource("withTelemetry")
    void totalsAgreeWithTheRuntimesTelemetry(String file) {
        Totals mine = Replay.of(Corpus.bundle(file)).finalState().spend().total();
        assertTotals(J.obj(Corpus.entry(file), "telemetry", "totals").orElseThrow(), mine, runtimeSums(file, null));
    }

    @ParameterizedTest
    @MethodSource("withTelemetry")
    void perStepTotalsAgreeWithTheRuntimesBuckets(String file) {
        RunState end = Replay.of(Corpus.bundle(file)).finalState();
        Map<String, Totals> spent = new HashMap<>(end.spend().byStep());
        spent.values().removeIf(t -> t.responses() == 0);
        List<JsonValue> buckets = J.arr(Corpus.entry(file), "telemetry", "byStep");
        assertEquals(buckets.size(), spent.size());
        for (JsonValue bucket : buckets) {
            String step = J.str(bucket, "label").orElseThrow();
            assertTotals(J.obj(bucket, "totals").orElseThrow(), spent.get(step), runtimeSums(file, step));
        }
    }

    private static void assertTotals(JsonValue.Obj expected, Totals mine, Map<String, Double> rounded) {
        assertEquals(num(expected, "eventCount"), mine.responses());
        assertEquals(num(expected, "inputTokens"), mine.inputTokens());
        assertEquals(num(expected, "outputTokens"), mine.outputTokens());
        assertEquals(num(expected, "totalTokens"), mine.totalTokens());
        assertEquals(num(expected, "cachedInputTokens"), mine.cachedInputTokens());
        assertEquals(num(expected, "reasoningTokens"), mine.reasoningTokens());
        assertEquals(J.num(expected, "durationMs").orElseThrow(), mine.durationMs(), 1e-6);
        Map<String, Double> runtime = new TreeMap<>();
        J.obj(expected, "costByCurrency").orElseThrow().members()
                .forEach((k, v) -> runtime.put(k, ((JsonValue.Num) v).value()));
        assertEquals(runtime, rounded, "the test's copy of the runtime's rounding");
        assertEquals(runtime.keySet(), mine.cost().keySet());
        mine.cost().forEach((cur, amount) ->
                assertEquals(runtime.get(cur), amount.doubleValue(), 1e-12 * (mine.responses() + 1), cur));
    }

    private static long num(JsonValue.Obj o, String key) {
        return (long) J.num(o, key).orElseThrow().doubleValue();
    }

    /** The runtime's running sums: {@code Number((sum + amount).toFixed(12))} after each response. */
    private static Map<String, Double> runtimeSums(String file, String step) {
        Map<String, Double> sums = new TreeMap<>();
        for (ModelIo m : Corpus.bundle(file).events(ModelIo.class)) {
            if (m.direction() != ModelDirection.RESPONSE || m.cost().isEmpty()) continue;
            if (step != null && !m.stepId().orElse("").equals(step)) continue;
            String cur = Totals.currency(m.cost().get().currency());
            double next = sums.getOrDefault(cur, 0.0) + m.cost().get().amount();
            sums.put(cur, new BigDecimal(next).setScale(12, RoundingMode.HALF_UP).doubleValue());
        }
        return sums;
    }
}
