package dev.runlens.app.costs;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.analysis.RunCosts;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Costs tab's logic on the sample runs: rows per grouping, totals, unpriced calls, chart, selection, latest wins. */
class CostsViewModelTest {
    private static final Workbench WORKBENCH = new Workbench(TaskExecutor.sameThread());
    private static final String USD_AND_EUR = "2026-09-24-vendor-due-diligence-completed.json";
    private static final String UNPRICED = "negative/audit/response-without-cost.json";

    private final RunSession session = new RunSession();

    {
        session.showTab(RunTab.COSTS); // the tab works only while it is in front
    }
    private final CostsViewModel model = new CostsViewModel(session, TaskExecutor.sameThread());

    private static final Map<String, Inspection> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Inspections are immutable: each file is read once for the whole class. */
    private static Inspection inspect(String file) {
        return RUNS.computeIfAbsent(file, f -> WORKBENCH.inspect(ProjectFolder.sampleBundles().resolve(f)));
    }

    private RunBundle open(String file) {
        Inspection run = inspect(file);
        session.show(run);
        return run.model().orElseThrow();
    }

    /** Cost per currency of the run's responses, from the trace events. */
    private static Map<String, BigDecimal> responseCosts(RunBundle b) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (ModelIo m : b.events(ModelIo.class)) {
            if (m.direction() != ModelDirection.RESPONSE || m.cost().isEmpty()) continue;
            out.merge(m.cost().get().currency().strip().toUpperCase(Locale.ROOT),
                    new BigDecimal(JsNumber.format(m.cost().get().amount())), BigDecimal::add);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {USD_AND_EUR, "2026-09-08-invoice-extraction-failed.json", "2026-09-01-meeting-digest-completed.json",
            "2026-10-08-invoice-extraction-completed.json", UNPRICED})
    void oneRowPerStepThatCalledAModelAndTheRowsAddUpToTheRunTotal(String file) {
        RunBundle b = open(file);
        long steps = b.events(ModelIo.class).stream().map(m -> m.stepId().orElse("")).distinct().count();

        assertEquals(steps, model.rows().size());
        Map<String, BigDecimal> sum = new TreeMap<>();
        model.rows().forEach(r -> r.amounts().forEach((cur, a) -> sum.merge(cur, a, BigDecimal::add)));
        assertEquals(responseCosts(b), sum);
        assertEquals(sum, model.totalProperty().get().amounts());
        sum.forEach((cur, a) -> assertTrue(model.totalTextProperty().get().contains(CostText.money(cur, a)),
                model.totalTextProperty().get()));
    }

    @Test
    void aRunInUsdAndEurShowsBothAndNeverAddsThem() {
        RunBundle b = open(USD_AND_EUR);
        Map<String, BigDecimal> costs = responseCosts(b);
        assertEquals(List.of("EUR", "USD"), List.copyOf(costs.keySet()));

        assertTrue(model.totalTextProperty().get().startsWith("Run total: " + CostText.money("EUR", costs.get("EUR"))
                + " · " + CostText.money("USD", costs.get("USD")) + " · "), model.totalTextProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.share().equals(CostText.NONE) || r.share().matches("(EUR|USD) .*")));
        assertTrue(model.statusProperty().get().contains("never added"), model.statusProperty().get());
    }

    @Test
    void aResponseWithoutCostIsShownAsUnpricedNotAsZero() {
        RunBundle b = open(UNPRICED);
        String step = b.events(ModelIo.class).stream()
                .filter(m -> m.direction() == ModelDirection.RESPONSE && m.cost().isEmpty())
                .map(m -> m.stepId().orElseThrow()).findFirst().orElseThrow();

        CostRow row = model.rows().stream().filter(r -> r.key().equals(step)).findFirst().orElseThrow();

        assertEquals(1, row.unpriced());
        assertTrue(row.cost().equals(CostText.UNPRICED) || row.cost().endsWith("+ 1 unpriced"), row.cost());
        assertFalse(row.cost().matches(".*USD 0(\\.0*)?( |$).*"), row.cost());
        assertTrue(model.totalTextProperty().get().contains("+ 1 unpriced"), model.totalTextProperty().get());
        assertTrue(model.statusProperty().get().contains("1 without a cost (unpriced)"), model.statusProperty().get());
    }

    @Test
    void switchingTheGroupingShowsModelsAndProvidersAndTheChartFollows() {
        RunBundle b = open(USD_AND_EUR);
        List<String> providers = b.events(ModelIo.class).stream().map(m -> m.provider().orElse("")).distinct().sorted().toList();

        model.groupingProperty().set(RunCosts.By.PROVIDER);
        assertEquals(providers, model.rows().stream().map(CostRow::key).toList());
        assertEquals(providers, model.chartProperty().get().categories());

        model.groupingProperty().set(RunCosts.By.MODEL);
        assertTrue(model.rows().stream().allMatch(r -> providers.contains(r.detail())));
        assertEquals(model.rows().size(), model.chartProperty().get().categories().size());
        CostChart.Series eur = model.chartProperty().get().series().get(0);
        assertEquals("EUR", eur.currency());
        assertEquals(model.rows().stream().filter(r -> r.amounts().containsKey("EUR")).count(), eur.bars().size());
    }

    @Test
    void theChartHasOneSeriesPerCurrencyWithTheRowsAmounts() {
        open(USD_AND_EUR);
        CostChart chart = model.chartProperty().get();

        assertEquals(List.of("EUR", "USD"), chart.series().stream().map(CostChart.Series::currency).toList());
        double usd = chart.series().get(1).bars().stream().mapToDouble(CostChart.Bar::value).sum();
        assertEquals(model.totalProperty().get().amounts().get("USD").doubleValue(), usd, 1e-12);
    }

    @Test
    void sharesOfASingleCurrencyRunAreShownAsPercentages() {
        open("2026-10-08-invoice-extraction-completed.json");
        double sum = 0;
        for (CostRow r : model.rows()) {
            assertTrue(r.share().matches("\\d+\\.\\d %"), r.share());
            sum += Double.parseDouble(r.share().replace(" %", ""));
        }
        assertEquals(100.0, sum, 0.05 * model.rows().size());
    }

    @Test
    void selectingAStepRowSelectsTheStepAndOtherRowsDoNot() {
        open(USD_AND_EUR);
        CostRow second = model.rows().get(1);

        model.select(second);
        assertEquals(second.key(), session.selectedStepProperty().get());

        model.groupingProperty().set(RunCosts.By.MODEL);
        model.select(model.rows().get(0));
        assertEquals(second.key(), session.selectedStepProperty().get());
    }

    @Test
    void stepRowsFollowTheWorkflowOrderAndCarryTheStepTitle() {
        RunBundle b = open(USD_AND_EUR);
        List<String> order = b.run().workflowSnapshot().steps().stream().map(s -> s.id()).toList();
        List<Integer> positions = model.rows().stream().map(r -> order.indexOf(r.key())).toList();

        assertEquals(positions.stream().sorted().toList(), positions);
        CostRow first = model.rows().get(0);
        assertEquals(b.run().workflowSnapshot().step(first.key()).orElseThrow().title().orElseThrow(), first.detail());
    }

    @Test
    void nothingOpenShowsNothing() {
        open(USD_AND_EUR);
        session.show(null);

        assertTrue(model.rows().isEmpty());
        assertNull(model.totalProperty().get());
        assertEquals(CostsViewModel.NOTHING_OPEN, model.statusProperty().get());
        assertTrue(model.chartProperty().get().series().isEmpty());
    }

    @Test
    void onlyTheNewestRunsCostsAreShown() {
        Deferred executor = new Deferred();
        CostsViewModel deferred = new CostsViewModel(session, executor);
        session.show(inspect(USD_AND_EUR));
        assertTrue(deferred.busyProperty().get());
        assertEquals(CostsViewModel.COMPUTING, deferred.statusProperty().get());
        Inspection newer = inspect("2026-09-08-invoice-extraction-failed.json");
        session.show(newer);

        executor.run(1);
        executor.run(0);

        assertTrue(executor.cancelled(0));
        assertFalse(deferred.busyProperty().get());
        Map<String, BigDecimal> shown = new TreeMap<>();
        deferred.rows().forEach(r -> r.amounts().forEach((cur, a) -> shown.merge(cur, a, BigDecimal::add)));
        assertEquals(responseCosts(newer.model().orElseThrow()), shown);
    }

    /** Holds work until the test runs it; delivers even after a cancel, like a result already queued. */
    private static final class Deferred implements TaskExecutor {
        private final List<Runnable> work = new ArrayList<>();
        private final List<boolean[]> cancelled = new ArrayList<>();

        @Override
        public <T> Cancellable submit(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] flag = new boolean[1];
            cancelled.add(flag);
            work.add(() -> {
                try {
                    onSuccess.accept(task.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    flag[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return flag[0];
                }
            };
        }

        void run(int i) {
            work.get(i).run();
        }

        boolean cancelled(int i) {
            return cancelled.get(i)[0];
        }
    }
}
