package dev.runlens.app;

import dev.runlens.app.findings.FindingNode;
import dev.runlens.app.findings.FindingsView;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.audit.AuditFinding;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Findings tab in the real window: open an audit fixture, see its groups and counts, activate
 * a finding and land on its event in the Trace tab.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsFlowFxTest {
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
    void doubleClickingAFindingShowsItsEventInTheTrace(FxRobot robot) throws TimeoutException {
        RunSession session = openAndShowFindings(robot, "duplicate-event-id.json");
        TreeTableView<FindingNode> tree = robot.lookup("#" + FindingsView.TREE_ID).queryAs(TreeTableView.class);

        List<TreeItem<FindingNode>> groups = tree.getRoot().getChildren();
        assertEquals(List.of("1 error"), groups.stream().map(g -> g.getValue().label()).toList());
        assertEquals("DUPLICATE_EVENT_ID (1)", groups.get(0).getChildren().get(0).getValue().label());
        assertEquals("1 error, 0 warnings, 0 notes", robot.lookup("#" + FindingsView.SUMMARY_ID).queryAs(Label.class).getText());

        AuditFinding finding = session.inspection().orElseThrow().audit().findings("DUPLICATE_EVENT_ID").get(0);
        Node cell = robot.lookup(".tree-table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && finding.message().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        int index = finding.target().eventIndex().orElseThrow();
        assertEquals(index, session.selectedEventProperty().get());
        TabPane tabs = robot.lookup("#" + RunView.ID).queryAs(TabPane.class);
        assertEquals(RunTab.TRACE, tabs.getSelectionModel().getSelectedItem().getUserData());
        assertEquals(RunTab.TRACE, session.tabProperty().get());
    }

    @Test
    void enterOnASelectedFindingJumpsAndTheDetailExplainsIt(FxRobot robot) throws TimeoutException {
        RunSession session = openAndShowFindings(robot, "step-never-reached.json");
        Node codeCell = robot.lookup(".tree-table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "STEP_NEVER_REACHED".equals(l.getText())).query();

        robot.clickOn(codeCell);
        String detail = robot.lookup("#" + FindingsView.DETAIL_ID).queryAs(TextArea.class).getText();
        assertTrue(detail.startsWith("STEP_NEVER_REACHED — "), detail);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        AuditFinding finding = session.inspection().orElseThrow().audit().findings("STEP_NEVER_REACHED").get(0);
        assertEquals(finding.target().stepId().orElseThrow(), session.selectedStepProperty().get());
        assertEquals(RunTab.DAG, session.tabProperty().get());
    }

    private RunSession openAndShowFindings(FxRobot robot, String fixture) throws TimeoutException {
        RunSession session = model.session();
        robot.interact(() -> model.open(ProjectFolder.sampleBundles().resolve("negative/audit").resolve(fixture)));
        // the run shows first and its audit follows (progressive open): wait for the audit
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.inspection().filter(Inspection::audited).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-findings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunTab.FINDINGS, session.tabProperty().get());
        return session;
    }
}
