package dev.runlens.replay.analysis;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Corpus;
import dev.runlens.replay.Inline;
import dev.runlens.replay.J;
import dev.runlens.replay.Replay;
import dev.runlens.replay.Totals;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cost by step, model and provider against the files themselves (the {@code model_io} responses
 * read from the raw JSON tree) and against what the reference runtime reported for them
 * ({@code sample-bundles/expected.json}).
 */
class RunCostsTest {
    private static final Path SAMPLES = ProjectFolder.sampleBundles();
    private static final String USD_AND_EUR = "2026-09-24-vendor-due-diligence-completed.json";

    /** Every realistic sample run plus the audit fixtures about cost receipts. */
    static List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("expected.json"))
                    .sorted().forEach(out::add);
        }
        out.addAll(List.of("negative/audit/mixed-currencies.json", "negative/audit/response-without-cost.json",
                "negative/audit/zero-cost-with-tokens.json"));
        return out;
    }

    private static RunBundle bundle(String file) {
        BundleReader.Loaded l = BundleReader.loader().read(SAMPLES.resolve(file));
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }

    /** The file's model_io responses, straight from its JSON tree. */
    private static List<JsonValue> responses(String file) {
        return J.arr(Corpus.read(SAMPLES.resolve(file)), "trace").stream()
                .filter(e -> J.str(e, "type").equals(Optional.of("model_io")))
                .filter(e -> J.str(e, "direction").equals(Optional.of("response"))).toList();
    }

    private static JsonValue.Obj expected(String file) {
        JsonValue manifest = Corpus.read(SAMPLES.resolve("expected.json"));
        return J.arr(manifest, "files").stream().filter(f -> J.str(f, "file").equals(Optional.of(file)))
                .map(JsonValue.Obj.class::cast).findFirst().orElseThrow(() -> new AssertionError(file + " not in expected.json"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void theRunTotalIsTheSumOfTheResponseCostsInTheFile(String file) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (JsonValue r : responses(file)) {
            Optional<Double> amount = J.num(r, "cost", "amount");
            if (amount.isEmpty()) continue;
            String currency = J.str(r, "cost", "currency").orElseThrow().strip().toUpperCase(java.util.Locale.ROOT);
            sums.merge(currency, new BigDecimal(JsNumber.format(amount.get())), BigDecimal::add);
        }
        RunCosts costs = RunCosts.of(bundle(file));

        assertEquals(sums, costs.total().cost());
        assertEquals(responses(file).size(), costs.total().calls());
        J.obj(expected(file), "observed", "costTotalsByCurrency").orElseThrow().members().forEach((cur, v) ->
                assertEquals(((JsonValue.Num) v).value(), costs.total().cost().get(cur).doubleValue(), 1e-12, cur));
    }

    @ParameterizedTest
    @MethodSource("files")
    void theRunTotalIsTheReplaysSpend(String file) {
        RunBundle b = bundle(file);
        assertEquals(Replay.of(b).finalState().spend().total(), RunCosts.of(b).total().totals());
    }

    @ParameterizedTest
    @MethodSource("files")
    void theLinesOfEveryGroupingAddUpToTheRunTotal(String file) {
        RunCosts costs = RunCosts.of(bundle(file));
        for (RunCosts.By by : RunCosts.By.values()) {
            List<CostLine> lines = costs.by(by);
            assertFalse(lines.isEmpty(), by.name());
            Map<String, BigDecimal> cost = new TreeMap<>();
            lines.forEach(l -> l.cost().forEach((cur, a) -> cost.merge(cur, a, BigDecimal::add)));
            assertEquals(costs.total().cost(), cost, by.name());
            assertEquals(costs.total().calls(), lines.stream().mapToLong(CostLine::calls).sum(), by.name());
            assertEquals(costs.total().unpriced(), lines.stream().mapToLong(CostLine::unpriced).sum(), by.name());
            assertEquals(costs.total().totals().inputTokens(), lines.stream().mapToLong(l -> l.totals().inputTokens()).sum());
            assertEquals(costs.total().totals().outputTokens(), lines.stream().mapToLong(l -> l.totals().outputTokens()).sum());
            assertEquals(costs.total().totals().cachedInputTokens(), lines.stream().mapToLong(l -> l.totals().cachedInputTokens()).sum());
            assertEquals(costs.total().totals().reasoningTokens(), lines.stream().mapToLong(l -> l.totals().reasoningTokens()).sum());
            assertEquals(costs.total().totals().durationMs(), lines.stream().mapToDouble(l -> l.totals().durationMs()).sum(), 1e-6);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void modelLinesAgreeWithTheRuntimesTelemetryPerProviderAndModel(String file) {
        List<CostLine> models = RunCosts.of(bundle(file)).by(RunCosts.By.MODEL);
        List<JsonValue> buckets = J.arr(expected(file), "telemetry", "byProviderModel");
        assertEquals(buckets.size(), models.size());
        for (JsonValue bucket : buckets) {
            String key = J.str(bucket, "key").orElseThrow();
            CostLine line = models.stream()
                    .filter(l -> key.equals("provider:" + l.provider().orElseThrow() + "|model:" + l.key()))
                    .findFirst().orElseThrow(() -> new AssertionError(key));
            JsonValue.Obj t = J.obj(bucket, "totals").orElseThrow();
            assertEquals(J.num(t, "eventCount").orElseThrow().longValue(), line.calls(), key);
            assertEquals(J.num(t, "inputTokens").orElseThrow().longValue(), line.totals().inputTokens(), key);
            assertEquals(J.num(t, "outputTokens").orElseThrow().longValue(), line.totals().outputTokens(), key);
            assertEquals(J.num(t, "cachedInputTokens").orElseThrow().longValue(), line.totals().cachedInputTokens(), key);
            assertEquals(J.num(t, "reasoningTokens").orElseThrow().longValue(), line.totals().reasoningTokens(), key);
            Map<String, Double> runtime = new TreeMap<>();
            J.obj(t, "costByCurrency").orElseThrow().members().forEach((cur, v) -> runtime.put(cur, ((JsonValue.Num) v).value()));
            assertEquals(runtime.keySet(), line.cost().keySet(), key);
            runtime.forEach((cur, v) -> assertEquals(v, line.cost().get(cur).doubleValue(), 1e-12, key));
        }
    }

    @Test
    void aRunInUsdAndEurKeepsBothCurrenciesApart() {
        RunCosts costs = RunCosts.of(bundle(USD_AND_EUR));
        assertEquals(List.of("EUR", "USD"), List.copyOf(costs.currencies()));
        CostLine mistral = costs.by(RunCosts.By.PROVIDER).stream().filter(l -> l.key().equals("mistral")).findFirst().orElseThrow();
        assertEquals(List.of("EUR"), List.copyOf(mistral.cost().keySet()));
        assertTrue(costs.by(RunCosts.By.PROVIDER).stream().filter(l -> !l.key().equals("mistral"))
                .allMatch(l -> l.cost().keySet().equals(java.util.Set.of("USD"))));
    }

    @Test
    void aResponseWithoutCostIsCountedAsUnpricedAndAddsNoAmount() {
        String file = "negative/audit/response-without-cost.json";
        List<JsonValue> unpriced = responses(file).stream().filter(r -> J.path(r, "cost").isEmpty()).toList();
        assertEquals(1, unpriced.size(), "the fixture has one response without cost");
        String step = J.str(unpriced.get(0), "stepId").orElseThrow();

        RunCosts costs = RunCosts.of(bundle(file));

        assertEquals(1, costs.total().unpriced());
        CostLine line = costs.by(RunCosts.By.STEP).stream().filter(l -> l.key().equals(step)).findFirst().orElseThrow();
        assertEquals(1, line.unpriced());
        assertEquals(List.of("USD"), List.copyOf(costs.currencies()));
    }

    @Test
    void stepLinesFollowTheWorkflowAndListOnlyStepsThatCalledAModel() {
        RunBundle b = bundle(USD_AND_EUR);
        List<String> calling = responses(USD_AND_EUR).stream().map(r -> J.str(r, "stepId").orElse("")).distinct().toList();
        List<String> workflowOrder = b.run().workflowSnapshot().steps().stream().map(s -> s.id())
                .filter(calling::contains).toList();

        List<String> keys = RunCosts.of(b).by(RunCosts.By.STEP).stream().map(CostLine::key).toList();

        assertEquals(workflowOrder, keys);
    }

    @ParameterizedTest
    @MethodSource("files")
    void theSharesOfEachCurrencyAddUpToOne(String file) {
        RunCosts costs = RunCosts.of(bundle(file));
        for (String cur : costs.currencies()) {
            BigDecimal sum = costs.by(RunCosts.By.STEP).stream().map(l -> l.share(cur, costs.total()).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(1.0, sum.doubleValue(), 1e-12, cur);
        }
    }

    @Test
    void unansweredRequestsAndCallsWithoutAStepHaveLinesOfTheirOwn() {
        RunBundle b = Inline.bundle("a b", "a>b",
                "{\"type\":\"model_io\",\"stepId\":\"b\",\"direction\":\"request\",\"provider\":\"p\",\"model\":\"m\"}",
                "{\"type\":\"model_io\",\"stepId\":\"b\",\"direction\":\"response\",\"provider\":\"p\",\"model\":\"m\","
                        + "\"cost\":{\"amount\":0.25,\"currency\":\" usd\"}}",
                "{\"type\":\"model_io\",\"stepId\":\"a\",\"direction\":\"request\",\"provider\":\"p\",\"model\":\"m\"}",
                "{\"type\":\"model_io\",\"direction\":\"response\",\"provider\":\"q\",\"model\":\"m\","
                        + "\"cost\":{\"amount\":1,\"currency\":\"EUR\"}}");

        RunCosts costs = RunCosts.of(b);

        assertEquals(List.of("a", "b", ""), costs.by(RunCosts.By.STEP).stream().map(CostLine::key).toList());
        CostLine a = costs.by(RunCosts.By.STEP).get(0);
        assertEquals(0, a.calls());
        assertEquals(1, a.unanswered());
        assertTrue(a.cost().isEmpty());
        assertEquals(Map.of("USD", new BigDecimal("0.25")), costs.by(RunCosts.By.STEP).get(1).cost());
        assertEquals(List.of("p", "q"), costs.by(RunCosts.By.MODEL).stream().map(l -> l.provider().orElseThrow()).toList());
        assertEquals(Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("0.25")), costs.total().cost());
        assertEquals(Totals.ZERO, a.totals());
    }
}
