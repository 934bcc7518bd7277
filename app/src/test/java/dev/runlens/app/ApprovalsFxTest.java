package dev.runlens.app;

import dev.runlens.app.approvals.ApprovalsView;
import dev.runlens.app.approvals.DecisionDialog;
import dev.runlens.app.approvals.InboxRow;
import dev.runlens.app.dag.DagPane;
import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.run.RunTab;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static dev.runlens.app.decisions.SigningFixtures.AUDIENCE;
import static dev.runlens.app.decisions.SigningFixtures.PENDING;
import static dev.runlens.app.decisions.SigningFixtures.context;
import static dev.runlens.app.decisions.SigningFixtures.importAll;
import static dev.runlens.app.decisions.SigningFixtures.key;
import static dev.runlens.app.decisions.SigningFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Approvals workspace in the real window, headless: the inbox lists the pending gates of a
 * seeded temporary library; the decision dialog shows the Statement, then signs with a test key
 * (test-only KDF); the row turns "signed, awaiting hand-back" with the runtime calls to copy; the
 * run opened at the step shows the decision's badge on its DAG node.
 */
@ExtendWith(ApplicationExtension.class)
class ApprovalsFxTest {
    @TempDir
    Path dir;

    private FxTaskExecutor executor;
    private RunLibrary library;
    private SigningContext signing;
    private final List<String> copied = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("library"), workbench);
        importAll(library, PENDING.stream().map(n -> sample(n)).toList());
        signing = context(dir.resolve("data"), Optional.of(AUDIENCE));
        key(signing, "alice", Optional.of("alice@example.org"));
        RunLensApp.showMainWindow(stage, workbench, library, owner -> Optional.empty(), signing, copied::add, () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void theInboxListsThePendingGatesAndADecisionIsShownThenSignedAndHandedBack(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-approvals");
        await(() -> table(robot).getItems().size() == 3);
        assertEquals("3 gates waiting in 3 runs", robot.lookup("#" + ApprovalsView.STATUS_ID).queryAs(Label.class).getText());
        InboxRow row = table(robot).getItems().stream().filter(r -> r.gate().gate().equals("PAUSE_AFTER")).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        await(() -> !robot.lookup("#" + ApprovalsView.DECIDE_ID).queryAs(Button.class).isDisabled());

        robot.clickOn("#" + ApprovalsView.DECIDE_ID);
        await(() -> robot.lookup("#" + DecisionDialog.PREPARE_ID).tryQuery().isPresent());
        robot.clickOn("#" + DecisionDialog.NOTE_ID).write("Routing checked.");
        robot.clickOn("#" + DecisionDialog.DECISION_ID + "edited");
        shot(robot, "approvals-dialog-edit.png", true);
        robot.clickOn("#" + DecisionDialog.DECISION_ID + "approved");
        robot.clickOn("#" + DecisionDialog.PREPARE_ID);
        await(() -> !robot.lookup("#" + DecisionDialog.STATEMENT_ID).queryAs(TextArea.class).getText().isEmpty());
        String digest = library.run(row.bundleId()).orElseThrow().computedSha();
        String statement = robot.lookup("#" + DecisionDialog.STATEMENT_ID).queryAs(TextArea.class).getText();
        assertTrue(statement.contains(digest) && statement.contains("Routing checked."), statement);
        assertTrue(robot.lookup("#" + DecisionDialog.SUBJECT_ID).queryAs(Label.class).getText().endsWith("sha256:" + digest));
        String keyId = signing.decisions().listKeys(signing.keys()).get(0).keyId();
        assertTrue(robot.lookup("#" + DecisionDialog.KEY_ID_ID).queryAs(Label.class).getText().startsWith(keyId));
        assertEquals("alice@example.org", robot.lookup("#" + DecisionDialog.SIGNER_ID).queryAs(Label.class).getText());
        assertFalse(Files.exists(signing.decisionsFolder()), "nothing is written before the passphrase");

        shot(robot, "approvals-dialog-preview.png", true);
        robot.clickOn("#" + DecisionDialog.PASSPHRASE_ID).write("test passphrase");
        robot.clickOn("#" + DecisionDialog.SIGN_ID);
        await(() -> !robot.lookup("#" + DecisionDialog.WRITTEN_ID).queryAs(Label.class).getText().isEmpty());
        assertTrue(Files.list(signing.decisionsFolder()).anyMatch(f -> f.getFileName().toString().endsWith(".decision.sigstore.json")));
        robot.clickOn("#" + DecisionDialog.CLOSE_ID);

        await(() -> table(robot).getItems().stream().anyMatch(r -> r.text().state().startsWith(InboxRow.AWAITING_HAND_BACK)));
        await(() -> robot.lookup("#" + ApprovalsView.HAND_BACK_ID).queryAs(TextArea.class).getText().startsWith("session.resolveGate({"));
        shot(robot, "approvals-signed.png", false);
        robot.clickOn("#" + ApprovalsView.COPY_HAND_BACK_ID);
        assertEquals(1, copied.size());
        assertTrue(copied.get(0).contains("\"stepId\":\"route_claim\""), copied.get(0));

        robot.clickOn("#" + ApprovalsView.OPEN_RUN_ID);
        await(() -> robot.lookup("#" + DagPane.nodeId("route_claim") + " .rl-dag-decision").tryQuery()
                .map(n -> ((Label) n).getText().equals("✍ untrusted key")).orElse(false));
        shot(robot, "approvals-dag.png", false);
        assertEquals(RunTab.DAG.title(), robot.lookup("#run-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getText());

        robot.clickOn("#tab-replay");
        await(() -> robot.lookup(".table-cell").match((javafx.scene.control.Labeled l) -> "approved · untrusted key".equals(l.getText()))
                .tryQuery().isPresent());
        shot(robot, "approvals-replay.png", false);
    }

    private static void shot(FxRobot robot, String name, boolean dialog) throws Exception {
        robot.interact(() -> {
            try {
                javafx.stage.Window w = robot.listTargetWindows().stream().filter(x -> dialog == (x instanceof Stage st && st.getOwner() != null))
                        .findFirst().orElseThrow();
                assertTrue(Screenshots.colours(Screenshots.write(w.getScene(), Path.of("target/screenshots", name))) > 20, name);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<InboxRow> table(FxRobot robot) {
        return robot.lookup("#" + ApprovalsView.TABLE_ID).queryAs(TableView.class);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
