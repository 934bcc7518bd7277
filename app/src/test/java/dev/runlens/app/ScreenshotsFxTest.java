package dev.runlens.app;

import dev.runlens.app.run.RunTab;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import dev.runlens.app.library.SampleSeeds;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunSort;
import dev.runlens.workbench.library.RunLibrary;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the main screens to PNG, as the README shows them: every tab of the run view on the
 * 40-step vendor due-diligence sample, in the light theme, plus the DAG in the dark theme. The
 * images go to {@code target/screenshots}; {@code -Drunlens.screenshots=docs/screenshots} (relative
 * to the checkout) refreshes the README's copies. Each image must really show something.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsFxTest {
    private static final String SAMPLE = "2026-09-24-vendor-due-diligence-completed.json";

    private FxTaskExecutor executor;
    private VerificationViewModel model;
    private Stage stage;
    private RunLibrary library;
    private MainWindow window;
    @TempDir
    static Path libraryFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(libraryFolder, workbench);
        window = RunLensApp.showMainWindow(stage, workbench, library, owner -> Optional.empty(), () -> { });
        model = window.verification();
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void theLibraryAndEveryTabOfTheRunViewRenderAndAreSavedAsPictures(FxRobot robot) throws Exception {
        robot.interact(() -> window.library().start(SampleSeeds.sources(), List.of()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).stream().mapToInt(g -> g.count()).sum() == SampleSeeds.names().size());
        settle();
        robot.interact(() -> window.library().refresh());
        settle();
        Path folder = folder();
        assertTrue(Screenshots.colours(shoot(robot, folder.resolve("library.png"))) > 40);
        robot.interact(() -> model.open(ProjectFolder.sampleBundles().resolve(SAMPLE)));
        settle();

        for (RunTab tab : RunTab.values()) {
            robot.interact(() -> model.session().showTab(tab));
            settle();
            BufferedImage img = shoot(robot, folder.resolve(name(tab, false)));
            assertEquals(stage.getScene().getWidth(), img.getWidth(), 1.0, tab + " width");
            assertTrue(Screenshots.colours(img) > 40, tab + " renders more than a blank window");
        }
        robot.interact(() -> model.session().showTab(RunTab.DAG));
        robot.clickOn("View").clickOn("#" + VerificationView.DARK_THEME_ITEM_ID);
        settle();
        assertTrue(Screenshots.colours(shoot(robot, folder.resolve(name(RunTab.DAG, true)))) > 40);
    }

    private BufferedImage shoot(FxRobot robot, Path file) throws Exception {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        robot.interact(() -> {
            try {
                img.set(Screenshots.write(stage.getScene(), file));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) throw failure.get();
        return img.get();
    }

    /** Waits until no background work is in flight and the FX queue has drained, twice in a row. */
    private void settle() throws Exception {
        for (int quiet = 0; quiet < 2; ) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> executor.inFlight() == 0);
            WaitForAsyncUtils.waitForFxEvents();
            quiet = executor.inFlight() == 0 ? quiet + 1 : 0;
        }
    }

    private static String name(RunTab tab, boolean dark) {
        return "run-" + tab.name().toLowerCase(java.util.Locale.ROOT) + (dark ? "-dark" : "") + ".png";
    }

    private static Path folder() {
        String wanted = System.getProperty("runlens.screenshots", "");
        return wanted.isBlank() ? Path.of("target", "screenshots") : ProjectFolder.root().resolve(wanted);
    }
}
