package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import dev.runlens.app.ui.Styles;

import dev.runlens.protocol.integrity.Severity;
import dev.runlens.testkit.SharedFolder;
import dev.runlens.workbench.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window, headless under Monocle (see app/pom.xml): open a bundle through the shortcut or
 * the menu, with a fake file dialog, and see the verdict and findings the background work produced.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private Path chosen;
    private Stage stage;
    private FxTaskExecutor executor;
    private VerificationViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        FileDialogs fakeDialog = owner -> Optional.ofNullable(chosen);
        model = RunLensApp.showMainWindow(stage, new Workbench(executor), fakeDialog, () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    @Test
    void theShortcutOpensAValidBundleAndShowsItsFindings(FxRobot robot) throws TimeoutException {
        chosen = SharedFolder.require("corpus/p01-contract-review-completed.json");

        robot.push(KeyCode.SHORTCUT, KeyCode.O);
        awaitVerdict();

        assertEquals("VALID", robot.lookup("#" + IntegrityBanner.HEADLINE_ID).queryAs(Label.class).getText());
        TableView<FindingRow> table = robot.lookup("#" + FindingsTable.ID).queryTableView();
        assertEquals(List.of("PAYLOAD_HASH_CARRIED_OVER"), table.getItems().stream().map(FindingRow::code).toList());
        assertEquals(Severity.WARNING, table.getItems().get(0).severity());
        assertTrue(robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "PAYLOAD_HASH_CARRIED_OVER".equals(cell.getText())), "the row is rendered");
    }

    @Test
    void theMenuOpensATamperedBundleAndShowsMismatch(FxRobot robot) throws TimeoutException {
        chosen = SharedFolder.require("corpus/v-tampered-cost-digit.json");

        robot.clickOn("File").clickOn("#" + VerificationView.OPEN_ITEM_ID);
        awaitVerdict();

        assertEquals("MISMATCH", robot.lookup("#" + IntegrityBanner.HEADLINE_ID).queryAs(Label.class).getText());
        assertTrue(robot.lookup(".rl-banner").query().getStyleClass().contains(Styles.VERDICT_MISMATCH));
        assertEquals("86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5",
                robot.lookup("#detail-declared-sha-256").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#" + FindingsTable.ID).queryTableView().getItems().isEmpty());
        assertEquals("RunLens — v-tampered-cost-digit.json", stage.getTitle());
    }

    /** Waits until the background verification has delivered its result to the FX thread. */
    private void awaitVerdict() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Verdict v = model.bannerProperty().get().verdict();
            return v != Verdict.NONE && v != Verdict.VERIFYING;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
