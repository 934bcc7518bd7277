package dev.runlens.app;

import dev.runlens.app.costs.CostRow;
import dev.runlens.app.costs.CostsView;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Costs tab in the real window: rows per step that add up to the run total shown, a chart, a step selected by a click. */
@ExtendWith(ApplicationExtension.class)
class CostsFlowFxTest {
    private FxTaskExecutor executor;
    private VerificationViewModel model;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        model = RunLensApp.showMainWindow(stage, new Workbench(executor), owner -> Optional.empty(), () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    @Test
    void theStepRowsAddUpToTheRunTotalShownAndAClickSelectsTheStep(FxRobot robot) throws TimeoutException {
        RunSession session = model.session();
        robot.interact(() -> model.open(ProjectFolder.sampleBundles().resolve("2026-09-24-vendor-due-diligence-completed.json")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.inspection().isPresent());
        robot.clickOn("#tab-costs");
        TableView<CostRow> table = robot.lookup("#" + CostsView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunTab.COSTS, session.tabProperty().get());

        Map<String, BigDecimal> sum = new TreeMap<>();
        table.getItems().forEach(r -> r.amounts().forEach((cur, a) -> sum.merge(cur, a, BigDecimal::add)));
        assertEquals(List.of("EUR", "USD"), List.copyOf(sum.keySet()));
        String total = robot.lookup("#" + CostsView.TOTAL_ID).queryAs(Label.class).getText();
        assertTrue(total.startsWith("Run total: EUR " + sum.get("EUR").stripTrailingZeros().toPlainString()
                + " · USD " + sum.get("USD").stripTrailingZeros().toPlainString() + " · "), total);
        BarChart<?, ?> chart = robot.lookup("#" + CostsView.CHART_ID).queryAs(BarChart.class);
        assertEquals(List.of("EUR", "USD"), chart.getData().stream().map(s -> s.getName()).toList());
        assertFalse(robot.lookup(".rl-costs-chart .chart-bar").queryAll().isEmpty(), "bars are drawn");

        CostRow second = table.getItems().get(1);
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && second.name().equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.key(), session.selectedStepProperty().get());

        robot.clickOn("#costs-by-provider");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("anthropic", "google", "mistral", "openai"), table.getItems().stream().map(CostRow::key).toList());
    }
}
