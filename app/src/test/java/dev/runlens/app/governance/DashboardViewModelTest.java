package dev.runlens.app.governance;

import dev.runlens.app.ManualTaskExecutor;
import dev.runlens.app.run.RunTab;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.report.Figures;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.CostReport;
import dev.runlens.workbench.CostSettings;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard on the seeded sample runs, checked against the workbench's figures over the same runs as files. */
class DashboardViewModelTest {
    @TempDir
    Path dir;

    private SeededLibrary seeded;

    private DashboardViewModel model(TaskExecutor executor) {
        seeded = new SeededLibrary(dir, executor);
        return new DashboardViewModel(seeded.library, seeded.workbench, executor, seeded.basis, seeded::navigate);
    }

    @AfterEach
    void close() {
        if (seeded != null) seeded.close();
    }

    /** The workbench's daily cost table of the sample files: currency -> workflow -> day -> amount. */
    private static Map<String, Map<String, Map<LocalDate, BigDecimal>>> expected(RepriceMode mode) throws Exception {
        Workbench wb = new Workbench(TaskExecutor.sameThread());
        RunSet files = wb.loadRuns(List.of(ProjectFolder.sampleBundles()));
        CostReport r = wb.costs(files, new CostSettings(mode, List.of(), Optional.empty(), List.of(), List.of(), SeededLibrary.TODAY),
                Dimension.WORKFLOW, Period.DAY, Optional.empty());
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> out = new TreeMap<>();
        for (CostRow row : r.rows()) {
            row.cost().amounts().forEach((cur, a) -> out.computeIfAbsent(cur, c -> new TreeMap<>()).computeIfAbsent(row.key(), k -> new TreeMap<>())
                    .merge(LocalDate.parse(row.period()), a.stripTrailingZeros(), BigDecimal::add));
        }
        return out;
    }

    private static Map<String, Map<String, Map<LocalDate, BigDecimal>>> shown(DailyChart c) {
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> out = new TreeMap<>();
        for (DailyChart.Panel p : c.panels()) {
            for (DailyChart.Series s : p.series()) {
                Map<LocalDate, BigDecimal> days = new TreeMap<>();
                s.byDay().forEach((d, a) -> days.put(d, a.stripTrailingZeros()));
                out.computeIfAbsent(p.currency(), x -> new TreeMap<>()).put(s.workflowId(), days);
            }
        }
        return out;
    }

    @Test
    void theDailyChartHasOneSeriesPerWorkflowPerCurrencyWithTheWorkbenchFigures() throws Exception {
        DashboardViewModel m = model(TaskExecutor.sameThread());
        m.start();
        assertEquals(LocalDate.parse("2026-09-01"), m.fromProperty().get(), "the range covers the library's runs");
        assertEquals(LocalDate.parse("2026-10-27"), m.toProperty().get());
        assertEquals(expected(RepriceMode.RECORDED), shown(m.chartProperty().get()));
        assertEquals(List.of("EUR", "USD"), m.chartProperty().get().panels().stream().map(DailyChart.Panel::currency).toList(),
                "a panel per currency, never added together");
        assertEquals(57, m.chartProperty().get().days().size(), "every day of the range");
        assertTrue(m.unpriced().isEmpty(), "every sample call records its cost");
        assertEquals(14, m.runs().size());
    }

    @Test
    void switchingToCatalogPricesChangesTheFiguresAndListsUnpricedModels() throws Exception {
        DashboardViewModel m = model(TaskExecutor.sameThread());
        m.start();
        String recorded = m.totalsProperty().get();
        m.modeProperty().set(RepriceMode.AS_OF);
        assertNotEquals(recorded, m.totalsProperty().get());
        assertEquals(expected(RepriceMode.AS_OF), shown(m.chartProperty().get()));
        assertTrue(m.unpriced().stream().anyMatch(u -> u.model().equals("mistral/mistral-small-2503")), m.unpriced().toString());
        assertTrue(m.totalsProperty().get().contains("calls not priced"), m.totalsProperty().get());
        assertTrue(m.statusProperty().get().contains("genai-prices"), m.statusProperty().get());
        m.modeProperty().set(RepriceMode.CONTRACT);
        assertTrue(m.statusProperty().get().contains("no contract rates"), m.statusProperty().get());
    }

    @Test
    void costPerOutcomeAndModelMixAreTheWorkbenchFigures() throws Exception {
        DashboardViewModel m = model(TaskExecutor.sameThread());
        m.start();
        Workbench wb = new Workbench(TaskExecutor.sameThread());
        CostReport byWorkflow = wb.costs(wb.loadRuns(List.of(ProjectFolder.sampleBundles())), CostSettings.recorded(SeededLibrary.TODAY),
                Dimension.WORKFLOW, Period.ALL, Optional.empty());
        assertEquals(byWorkflow.rows().size(), m.outcomes().size());
        for (int i = 0; i < byWorkflow.rows().size(); i++) {
            CostRow e = byWorkflow.rows().get(i);
            DashboardRows.OutcomeRow shown = m.outcomes().get(i);
            assertEquals(e.key(), shown.workflow());
            assertEquals(e.completed(), shown.completed());
            assertEquals(e.costPerCompleted().map(Figures::money).orElse(DashboardRows.NONE), shown.perCompleted());
        }
        assertTrue(m.outcomes().stream().anyMatch(o -> o.waste() > 0), "the failed and cancelled samples are waste");
        assertEquals(byWorkflow.rows().stream().mapToInt(CostRow::receipts).sum(), m.models().stream().mapToInt(DashboardRows.ModelRow::calls).sum());
    }

    @Test
    void theNewestRequestWins() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        DashboardViewModel m = model(executor);
        m.start();
        executor.task(0).complete(); // the library's span: sets the range and asks for the index (1) and the runs (2)
        assertEquals(3, executor.submitted());
        m.modeProperty().set(RepriceMode.AS_OF); // (3)
        executor.task(3).complete();
        String asOf = m.totalsProperty().get();
        executor.task(1).complete();
        executor.task(2).complete();
        assertEquals(asOf, m.totalsProperty().get(), "the recorded figures came too late to be shown");
        assertTrue(!m.unpriced().isEmpty());
    }

    @Test
    void aRunOrAnUnpricedModelOpensInTheRunsWorkspace() {
        DashboardViewModel m = model(TaskExecutor.sameThread());
        m.start();
        m.openRun(m.runs().get(0));
        assertEquals(RunTab.COSTS, seeded.navigations.get(0).tab());
        assertEquals("2026-10-27", seeded.library.run(seeded.navigations.get(0).bundleId()).orElseThrow().startedAt().substring(0, 10),
                "newest run first");
        m.modeProperty().set(RepriceMode.AS_OF);
        DashboardRows.UnpricedRow mistral = m.unpriced().stream().filter(u -> u.model().contains("mistral")).findFirst().orElseThrow();
        m.openUnpriced(mistral);
        SeededLibrary.Navigation n = seeded.navigations.get(1);
        assertTrue(n.stepId() != null && !n.stepId().isEmpty());
        var run = seeded.library.costRuns(dev.runlens.workbench.DateRange.ALL).runs().stream().filter(r -> r.bundleId() == n.bundleId())
                .findFirst().orElseThrow();
        assertTrue(run.bundle().events(dev.runlens.protocol.model.ModelIo.class).stream()
                .anyMatch(io -> io.model().orElse("").equals("mistral-small-2503") && io.stepId().orElse("").equals(n.stepId())));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsSaidAndNotLoaded() {
        DashboardViewModel m = model(TaskExecutor.sameThread());
        m.start();
        m.fromProperty().set(LocalDate.parse("2026-10-30"));
        assertTrue(m.statusProperty().get().startsWith("The range starts after it ends"), m.statusProperty().get());
        m.fromProperty().set(LocalDate.parse("2026-10-01"));
        assertEquals(5, m.runs().size(), "the October runs");
    }
}
