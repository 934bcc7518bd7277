package dev.runlens.app;

import dev.runlens.app.dag.CriticalMode;
import dev.runlens.app.dag.DagPane;
import dev.runlens.app.dag.DagView;
import dev.runlens.app.run.RunTab;
import dev.runlens.replay.Replay;
import dev.runlens.replay.analysis.CriticalPaths;
import dev.runlens.replay.analysis.FailureAnalysis;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DAG tab in the real window, headless: open a sample run, look, click, toggle, fit. */
@ExtendWith(ApplicationExtension.class)
class DagTabFxTest {
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
    void theFortyStepRunIsDrawnAndANodeShowsItsReceipts(FxRobot robot) throws TimeoutException {
        Replay replay = openOnDag(robot, "2026-09-24-vendor-due-diligence-completed.json", 40);

        List<Node> cells = robot.lookup("#" + DagPane.VIEW_ID + " .rl-dag-node").queryAll().stream().toList();
        assertEquals(40, cells.size());
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                assertFalse(cells.get(i).getBoundsInParent().intersects(cells.get(j).getBoundsInParent()),
                        cells.get(i).getId() + " overlaps " + cells.get(j).getId());
            }
        }

        List<Receipt> receipts = receiptsOfFirstStepWithCalls(replay);
        String step = receipts.get(0).stepId().orElseThrow();
        robot.interact(() -> view(robot).reveal(step));
        robot.clickOn("#" + DagPane.nodeId(step));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DagPane.PANEL_ID + " .rl-dag-receipt")
                .queryAll().size() == receipts.size());

        assertEquals(step, model.session().selectedStepProperty().get());
        assertTrue(robot.lookup("#" + DagPane.nodeId(step)).query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")));
        Set<String> panelText = robot.lookup("#" + DagPane.PANEL_ID + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        String modelName = receipts.get(0).model().orElseThrow();
        assertTrue(panelText.stream().anyMatch(t -> t.contains(modelName)), "the panel names " + modelName + ": " + panelText);

        robot.clickOn("#" + DagPane.criticalToggleId(CriticalMode.COST));
        List<String> path = CriticalPaths.of(replay).byCost().get("USD").stepIds();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".rl-dag-node.rl-dag-critical").queryAll().size() == path.size());
        assertEquals(path.size() - 1, robot.lookup(".rl-dag-edge.rl-dag-critical").queryAll().size());
        assertFalse(robot.lookup("#" + DagPane.CRITICAL_SUMMARY_ID).queryAs(Label.class).getText().isEmpty());

        robot.clickOn("#" + DagPane.ZOOM_IN_ID).clickOn("#" + DagPane.ZOOM_IN_ID);
        robot.clickOn("#" + DagPane.FIT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertAllNodesInside(robot, view(robot));
        assertTrue(view(robot).getZoom() < 1, "40 steps need less than 100 %");
    }

    @Test
    void theKeyboardWalksTheNodesAndSelects(FxRobot robot) throws TimeoutException {
        openOnDag(robot, "2026-09-24-vendor-due-diligence-completed.json", 40);
        DagView view = view(robot);
        robot.interact(view::requestFocus);

        double before = view.getZoom();
        robot.type(KeyCode.MINUS);
        assertTrue(view.getZoom() < before, "- zooms out");
        robot.type(KeyCode.F);
        assertAllNodesInside(robot, view);

        robot.type(KeyCode.TAB);
        String first = view.getFocusedNode();
        assertEquals("open_case", first, "Tab starts at the top");
        robot.type(KeyCode.DOWN);
        String second = view.getFocusedNode();
        assertFalse(first.equals(second), "Down moves to the next row");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.equals(model.session().selectedStepProperty().get()));
    }

    @Test
    void aFailedRunShowsFailedAndNeverReachedSteps(FxRobot robot) throws TimeoutException {
        Replay replay = openOnDag(robot, "2026-09-08-invoice-extraction-failed.json", -1);
        FailureAnalysis failure = FailureAnalysis.of(replay).orElseThrow();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".rl-dag-node.rl-dag-failed").queryAll().isEmpty());
        Node failed = robot.lookup(".rl-dag-node.rl-dag-failed").query();
        assertEquals(DagPane.nodeId(failure.stepId().orElseThrow()), failed.getId());
        Set<String> neverReached = robot.lookup(".rl-dag-node.rl-dag-never-reached").queryAll().stream()
                .map(Node::getId).collect(Collectors.toSet());
        assertEquals(failure.notStarted().stream().map(DagPane::nodeId).collect(Collectors.toSet()), neverReached);
        assertTrue(robot.lookup(".rl-dag-edge").queryAll().size() > robot.lookup(".rl-dag-edge.rl-dag-edge-executed")
                .queryAll().size(), "edges into steps never reached were not taken");

        robot.interact(() -> model.session().moveTo(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".rl-dag-node.rl-dag-failed").queryAll().isEmpty()
                && robot.lookup(".rl-dag-node.rl-dag-never-reached").queryAll().isEmpty());
    }

    /** Opens a sample, brings the DAG tab to the front and waits for its nodes ({@code nodes} of them, or any). */
    private Replay openOnDag(FxRobot robot, String sample, int nodes) throws TimeoutException {
        robot.interact(() -> model.open(ProjectFolder.sampleBundles().resolve(sample)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.session().replay().isPresent());
        robot.interact(() -> model.session().showTab(RunTab.DAG));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            int cells = robot.lookup("#" + DagPane.VIEW_ID + " .rl-dag-node").queryAll().size();
            boolean shown = !view(robot).getNodes().isEmpty();
            return shown && (nodes < 0 ? cells > 0 : cells == nodes);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model.session().replay().orElseThrow();
    }

    private static DagView view(FxRobot robot) {
        return robot.lookup("#" + DagPane.VIEW_ID).queryAs(DagView.class);
    }

    private static List<Receipt> receiptsOfFirstStepWithCalls(Replay replay) {
        Receipts all = Receipts.of(replay.bundle());
        for (String id : replay.dag().nodes()) {
            if (!all.forStep(id).isEmpty()) return all.forStep(id);
        }
        throw new AssertionError("no step made a model call");
    }

    private static void assertAllNodesInside(FxRobot robot, DagView view) {
        Bounds frame = view.localToScreen(view.getBoundsInLocal());
        List<String> outside = new ArrayList<>();
        for (Node n : robot.lookup("#" + DagPane.VIEW_ID + " .rl-dag-node").queryAll()) {
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            if (b.getMinX() < frame.getMinX() - 1 || b.getMaxX() > frame.getMaxX() + 1
                    || b.getMinY() < frame.getMinY() - 1 || b.getMaxY() > frame.getMaxY() + 1) outside.add(n.getId());
        }
        assertTrue(outside.isEmpty(), "outside the view after fit: " + outside);
    }
}
