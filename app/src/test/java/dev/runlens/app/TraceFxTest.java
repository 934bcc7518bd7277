package dev.runlens.app;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.trace.TracePane;
import dev.runlens.app.trace.TraceRow;
import dev.runlens.app.ui.Styles;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Trace tab in the real window, headless: open a run, type a filter and see only its rows and
 * the count, mistype one and see it flagged with its message, pick a row and see its raw JSON,
 * press j for the next, / to focus the filter, Escape to clear it.
 */
@ExtendWith(ApplicationExtension.class)
class TraceFxTest {
    private static final String SAMPLE = "2026-09-03-contract-review-completed.json";

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
    void filterSelectAndStepThroughTheTrace(FxRobot robot) throws TimeoutException {
        RunSession session = model.session();
        robot.interact(() -> model.open(ProjectFolder.sampleBundles().resolve(SAMPLE)));
        await(() -> session.inspection().isPresent());
        List<TraceEvent> trace = session.inspection().orElseThrow().model().orElseThrow().trace();
        robot.interact(() -> session.showTab(RunTab.TRACE));
        TableView<TraceRow> table = robot.lookup("#" + TracePane.TABLE_ID).queryTableView();
        await(() -> table.getItems().size() == trace.size());

        TextField filter = robot.lookup("#" + TracePane.FILTER_ID).queryAs(TextField.class);
        robot.clickOn(filter).write("type:model_io");
        long calls = trace.stream().filter(e -> e.type().equals("model_io")).count();
        await(() -> table.getItems().size() == calls);
        assertTrue(table.getItems().stream().allMatch(r -> r.type().equals("model_io")));
        assertEquals(calls + " of " + trace.size() + " events", text("#" + TracePane.COUNT_ID, robot));
        assertTrue(filter.getStyleClass().contains(Styles.FILTER_VALID));

        // pasted, so no half-typed prefix (a valid text search) gets applied by the debounce first
        robot.push(KeyCode.SHORTCUT, KeyCode.A).interact(() -> filter.replaceSelection("tpye:model_io"));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // past the debounce
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(filter.getStyleClass().contains(Styles.FILTER_INVALID));
        Label error = robot.lookup("#" + TracePane.FILTER_ERROR_ID).queryAs(Label.class);
        assertEquals("Column 1: unknown field 'tpye'; did you mean 'type'?", error.getText());
        assertTrue(error.isVisible());
        assertEquals(calls, table.getItems().size(), "the last valid filter stays");

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("type:model_io").push(KeyCode.ENTER);
        await(() -> table.getItems().size() == calls && "type:model_io".equals(filter.getText()));
        Node second = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 1 && !r.isEmpty()).query();
        robot.clickOn(second);
        TraceRow picked = table.getItems().get(1);
        await(() -> session.selectedEventProperty().get() == picked.index());
        TextArea raw = robot.lookup("#" + TracePane.RAW_JSON_ID).queryAs(TextArea.class);
        await(() -> raw.getText().contains("\"id\": \"" + trace.get(picked.index()).id() + "\""));

        robot.type(KeyCode.J);
        TraceRow third = table.getItems().get(2);
        await(() -> session.selectedEventProperty().get() == third.index());
        assertEquals(2, table.getSelectionModel().getSelectedIndex());
        await(() -> raw.getText().contains(trace.get(third.index()).id()));

        robot.type(KeyCode.K);
        await(() -> session.selectedEventProperty().get() == picked.index());

        robot.write("/");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(filter.isFocused(), "/ focuses the filter");
        robot.push(KeyCode.ESCAPE);
        await(() -> table.getItems().size() == trace.size());
        assertEquals("", filter.getText());
        assertTrue(filter.getStyleClass().contains(Styles.FILTER_EMPTY));
        assertEquals(picked.index(), table.getSelectionModel().getSelectedItem().index(), "the selection stays");
    }

    private static String text(String query, FxRobot robot) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
