package dev.runlens.app;

import dev.runlens.app.about.AboutView;
import dev.runlens.app.about.ThirdPartyLibraries;
import dev.runlens.app.library.SampleSeeds;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.welcome.Tryout;
import dev.runlens.app.welcome.WhatsHerePanel;
import dev.runlens.app.welcome.WhatsHereViewModel;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First run in the real window, headless: a new library shows the "What's here" panel; its buttons open
 * the tampered copy (MISMATCH) and the failed run's replay; dismissed, it stays away when the library
 * is opened again, and Help brings it back. Help ▸ About lists the shipped libraries.
 */
@ExtendWith(ApplicationExtension.class)
class WhatsHereFxTest {
    private static final FileDialogs NO_DIALOGS = owner -> Optional.empty();

    @TempDir
    Path dir;

    private FxTaskExecutor executor;
    private Workbench workbench;
    private RunLibrary library;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("library"), workbench);
        window = RunLensApp.showMainWindow(stage, workbench, library, NO_DIALOGS, () -> { });
        window.library().start(SampleSeeds.sources(), List.of());
        window.welcome().start();
    }

    @Stop
    void stop() {
        window.library().close();
        executor.shutdown();
        library.close();
    }

    @Test
    void thePanelGreetsANewLibraryOpensItsRunsAndStaysDismissedOnTheNextStart(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#" + WhatsHerePanel.ID).query().isVisible());
        var session = window.verification().session();

        robot.clickOn("#" + WhatsHerePanel.buttonId(Tryout.TAMPERED));
        await(() -> "MISMATCH".equals(robot.lookup("#" + IntegrityBanner.HEADLINE_ID).queryAs(Label.class).getText()));
        assertEquals(RunTab.OVERVIEW, session.tabProperty().get());
        assertEquals("RunLens — integrity-mismatch-cost-digit.json", stage.getTitle());
        await(() -> robot.lookup("#library-copies-text").queryAs(TextArea.class).getText().contains("trace[20].cost.amount"));

        robot.clickOn("#" + WhatsHerePanel.buttonId(Tryout.FAILED_REPLAY));
        await(() -> stage.getTitle().equals("RunLens — 2026-09-08-invoice-extraction-failed.json")
                && session.inspection().isPresent() && session.tabProperty().get() == RunTab.REPLAY);

        robot.clickOn("#" + WhatsHerePanel.DISMISS_ID);
        assertFalse(robot.lookup("#" + WhatsHerePanel.ID).query().isVisible());
        await(() -> library.setting(WhatsHereViewModel.DISMISSED_KEY).isPresent());

        // the next start: the same library folder in a new window
        robot.interact(stage::hide);
        window.library().close();
        library.close();
        library = RunLibrary.open(dir.resolve("library"), workbench);
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            window = RunLensApp.showMainWindow(again[0], workbench, library, NO_DIALOGS, () -> { });
            window.library().start(SampleSeeds.sources(), List.of());
            window.welcome().start();
        });
        // the samples and the tampered copy, listed once the start's imports are done
        await(() -> !window.library().importingProperty().get() && window.library().statusProperty().get().startsWith("15 runs"));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#" + WhatsHerePanel.ID).query().isVisible(), "dismissed on this library");

        robot.clickOn("Help").clickOn("#" + VerificationView.WHATS_HERE_ITEM_ID);
        assertTrue(robot.lookup("#" + WhatsHerePanel.ID).query().isVisible(), "Help ▸ What's here shows it again");
        robot.interact(again[0]::hide);
    }

    @Test
    void helpAboutShowsTheVersionAndEveryShippedLibrary(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#" + VerificationView.ABOUT_ITEM_ID);
        await(() -> !robot.lookup("#" + AboutView.LIBRARIES_ID).queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#" + AboutView.LIBRARIES_ID).queryAs(TableView.class);
        assertEquals(ThirdPartyLibraries.load().size(), table.getItems().size());
        assertTrue(robot.lookup("#" + AboutView.VERSION_ID).queryAs(Label.class).getText().startsWith("Version 0."));
        robot.clickOn("Close");
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
