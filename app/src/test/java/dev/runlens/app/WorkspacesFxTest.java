package dev.runlens.app;

import dev.runlens.app.run.RunTab;
import dev.runlens.store.ImportProgress;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunSort;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Another workspace sends the user to a run: the Runs workspace comes to the front with that run, tab and step. */
@ExtendWith(ApplicationExtension.class)
class WorkspacesFxTest {
    private static final String SAMPLE = "2026-09-17-claims-triage-pending-pause-before.json";

    @TempDir
    static Path folder;

    private FxTaskExecutor executor;
    private RunLibrary library;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(folder, workbench);
        library.importPaths(List.of(ProjectFolder.sampleBundles().resolve(SAMPLE)), ImportProgress.NONE, () -> false);
        window = RunLensApp.showMainWindow(stage, workbench, library, owner -> Optional.empty(), () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void openingARunFromAnotherWorkspaceShowsItAtTheRequestedTabAndStep(FxRobot robot) throws Exception {
        RunRow run = library.runs(RunFilter.ALL, RunSort.NEWEST_FIRST).get(0).runs().get(0);
        Workspaces workspaces = robot.lookup("#" + Workspaces.ID).queryAs(Workspaces.class);
        robot.interact(() -> workspaces.show(Workspaces.Workspace.KEYS));
        var session = window.verification().session();
        String step = "fraud_screen";

        robot.interact(() -> workspaces.openRun(run.bundleId(), RunTab.DAG, step));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.inspection().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Workspaces.Workspace.RUNS, workspaces.getSelectionModel().getSelectedItem().getUserData());
        assertEquals(run.runId(), session.inspection().orElseThrow().model().orElseThrow().run().id());
        assertEquals(RunTab.DAG, session.tabProperty().get());
        assertEquals(step, session.selectedStepProperty().get());
    }
}
