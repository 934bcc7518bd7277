package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import dev.runlens.app.library.LibraryPane;
import dev.runlens.app.library.LibraryRow;
import dev.runlens.app.library.SampleSeeds;
import dev.runlens.store.RunSort;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library in the real window, headless: a new (temporary) library is seeded with the sample
 * runs, grouped by workflow; the search narrows them; selecting a run shows its banner; importing
 * a tampered copy through the File menu flags it and shows where it differs.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryFxTest {
    private static final Path TAMPERED = ProjectFolder.sampleBundles().resolve("negative/integrity-mismatch-cost-digit.json");

    @TempDir
    Path dir;

    private Path chosen;
    private Stage stage;
    private FxTaskExecutor executor;
    private RunLibrary library;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("library"), workbench);
        FileDialogs dialogs = new FileDialogs() {
            @Override public Optional<Path> openBundle(javafx.stage.Window owner) { return Optional.ofNullable(chosen); }
            @Override public Optional<Path> importFile(javafx.stage.Window owner) { return Optional.ofNullable(chosen); }
        };
        window = RunLensApp.showMainWindow(stage, workbench, library, dialogs, () -> { });
        window.library().start(SampleSeeds.sources(), List.of());
    }

    @Stop
    void stop() {
        window.library().close();
        executor.shutdown();
        library.close();
    }

    @Test
    void theSeededRunsAreGroupedSearchableOpenableAndATamperedImportIsFlagged(FxRobot robot) throws TimeoutException {
        await(() -> runRows(robot).size() == 14 && !window.library().importingProperty().get());
        TreeTableView<LibraryRow> tree = tree(robot);
        assertEquals(5, tree.getRoot().getChildren().size());
        assertTrue(tree.getRoot().getChildren().stream().allMatch(g -> g.getValue().name().matches(".* \\(\\d+\\)")));
        assertEquals("14 runs in 5 workflows", robot.lookup("#" + LibraryPane.STATUS_ID).queryAs(Label.class).getText());

        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        TextField search = robot.lookup("#" + LibraryPane.SEARCH_ID).queryAs(TextField.class);
        assertTrue(search.isFocused(), "Ctrl+F focuses the search field");
        robot.write("wf_vendor_due_diligence");
        await(() -> tree(robot).getRoot().getChildren().size() == 1);
        assertEquals(List.of("2026-09-24-vendor-due-diligence-completed.json"), runRows(robot).stream().map(LibraryRow::name).toList());
        robot.interact(search::clear);
        await(() -> runRows(robot).size() == 14);

        robot.clickOn(cell(robot, "2026-09-03-contract-review-completed.json"));
        awaitHeadline(robot, "VALID");
        assertEquals("RunLens — 2026-09-03-contract-review-completed.json", stage.getTitle(), "named after the source, not the blob");

        TreeTableColumn<LibraryRow, ?> tokensColumn = tree(robot).getColumns().stream()
                .filter(c -> c.getText().equals("Tokens")).findFirst().orElseThrow();
        robot.interact(() -> {
            tokensColumn.setSortType(TreeTableColumn.SortType.ASCENDING);
            tree(robot).getSortOrder().setAll(List.of(tokensColumn));
        });
        await(() -> window.library().sortProperty().get().key() == RunSort.Key.TOKENS);
        List<Long> tokens = tree(robot).getRoot().getChildren().get(0).getChildren().stream()
                .map(i -> Long.parseLong(i.getValue().tokens().replace(",", ""))).toList();
        assertEquals(tokens.stream().sorted().toList(), tokens, "the runs of a workflow by tokens, ascending");

        chosen = TAMPERED;
        robot.clickOn("File").clickOn("#" + VerificationView.IMPORT_FILE_ITEM_ID);
        await(() -> runRows(robot).stream().anyMatch(r -> r.name().equals("integrity-mismatch-cost-digit.json")));
        LibraryRow tampered = runRows(robot).stream().filter(r -> r.name().equals("integrity-mismatch-cost-digit.json")).findFirst().orElseThrow();
        assertEquals("MISMATCH", tampered.integrity().label());
        assertTrue(tampered.secondCopy());
        Node integrityCell = robot.lookup(".tree-table-cell").match((Labeled l) -> "MISMATCH".equals(l.getText())).query();
        assertTrue(integrityCell.getStyleClass().contains("rl-integrity-mismatch"), integrityCell.getStyleClass().toString());

        robot.clickOn(cell(robot, "integrity-mismatch-cost-digit.json"));
        awaitHeadline(robot, "MISMATCH");
        await(() -> robot.lookup("#library-copies-text").queryAs(TextArea.class).getText().contains("cost"));
        assertTrue(robot.lookup("#library-copies").query().isVisible());
    }

    private static TreeTableView<LibraryRow> tree(FxRobot robot) {
        return robot.lookup("#library-tree").queryAs(TreeTableView.class);
    }

    private static List<LibraryRow> runRows(FxRobot robot) {
        return tree(robot).getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).map(TreeItem::getValue).toList();
    }

    private static Node cell(FxRobot robot, String text) {
        Predicate<Labeled> named = l -> text.equals(l.getText());
        return robot.lookup(".tree-table-cell").match(named).query();
    }

    private static void awaitHeadline(FxRobot robot, String headline) throws TimeoutException {
        await(() -> headline.equals(robot.lookup("#" + IntegrityBanner.HEADLINE_ID).queryAs(Label.class).getText()));
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
