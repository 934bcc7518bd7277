package dev.runlens.app;

import dev.runlens.app.governance.DashboardView;
import dev.runlens.app.governance.GovernancePane;
import dev.runlens.app.governance.ReviewView;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.Styles;
import dev.runlens.store.ImportProgress;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Costs workspace headless over a temporary library seeded with the sample runs: the dashboard
 * draws the daily chart, switching to as-of prices changes the figures and lists the unpriced
 * model, and the weekly review exports a PDF through a fake save dialog.
 */
@ExtendWith(ApplicationExtension.class)
class GovernanceFxTest {
    @TempDir
    static Path dir;

    private FxTaskExecutor executor;
    private RunLibrary library;
    private GovernancePane pane;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("lib"), workbench);
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            library.importPaths(s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList(),
                    ImportProgress.NONE, () -> false);
        }
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> openBundle(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        pane = new GovernancePane(workbench, library, (id, tab, step) -> { }, dialogs, new DataFolder(dir.resolve("data")),
                () -> LocalDate.parse("2026-11-23"));
        Scene scene = new Scene(pane, 1300, 850);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void theDashboardDrawsRepricesAndTheReviewExportsAPdf(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".rl-governance-chart").queryAll().size() == 2
                && robot.lookup(".rl-governance-chart").queryAll().stream().allMatch(c -> !((StackedBarChart<?, ?>) c).getData().isEmpty()));
        await(() -> !pane.dashboard().busyProperty().get());
        String recorded = pane.dashboard().totalsProperty().get();
        assertTrue(recorded.startsWith("14 runs"), recorded);

        robot.clickOn("#governance-mode-as-of");
        String before = recorded;
        await(() -> !pane.dashboard().busyProperty().get() && !before.equals(pane.dashboard().totalsProperty().get()));
        robot.clickOn("#governance-tab-unpriced-calls");
        TableView<?> unpriced = robot.lookup("#" + DashboardView.UNPRICED_ID).queryAs(TableView.class);
        await(() -> unpriced.getItems().stream().anyMatch(r -> r.toString().contains("mistral-small-2503")));

        robot.clickOn("#governance-review");
        ComboBox<?> week = robot.lookup("#" + ReviewView.WEEK_ID).queryAs(ComboBox.class);
        await(() -> week.getValue() != null && pane.review().reviewProperty().get() != null);
        robot.interact(() -> pane.review().weekProperty().set(dev.runlens.costs.review.IsoWeek.parse("2026-W41").orElseThrow()));
        await(() -> pane.review().reviewProperty().get().week().toString().equals("2026-W41"));
        robot.clickOn("#" + ReviewView.EXPORT_PDF_ID);
        Path pdf = dir.resolve("runlens-review-2026-W41.pdf");
        await(() -> pdf.equals(pane.review().exportedProperty().get()));
        assertTrue(Files.size(pdf) > 0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Weekly cost review 2026-W41"), text);
            assertTrue(List.of("wf_claims_triage", "wf_invoice_extraction").stream().allMatch(text::contains), text);
        }
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
