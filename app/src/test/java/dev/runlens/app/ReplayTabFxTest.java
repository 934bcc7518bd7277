package dev.runlens.app;

import dev.runlens.app.replay.GateRow;
import dev.runlens.app.replay.ReplayPane;
import dev.runlens.app.replay.ReplayView;
import dev.runlens.app.replay.ReplayViewModel;
import dev.runlens.app.replay.VersionChoice;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Workbench;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Replay tab in the real window, headless: open a run, step through model calls with n, scrub with the slider. */
@ExtendWith(ApplicationExtension.class)
class ReplayTabFxTest {
    private static final Path SAMPLE = ProjectFolder.sampleBundles()
            .resolve("2026-09-17-claims-triage-pending-pause-before.json");

    private FxTaskExecutor executor;
    private VerificationViewModel model;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        model = RunLensApp.showMainWindow(stage, new Workbench(executor), owner -> Optional.of(SAMPLE), () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    @Test
    void nStepsThroughModelCallsAndTheSliderMovesTheCursor(FxRobot robot) throws TimeoutException {
        RunSession session = model.session();
        robot.interact(() -> model.open(SAMPLE));
        await(() -> session.inspection().isPresent());
        robot.clickOn("#tab-replay");
        assertEquals(RunTab.REPLAY, session.tabProperty().get());
        ReplayViewModel replay = ((ReplayPane) robot.lookup("#" + ReplayView.ID).query().getParent()).model();
        await(() -> replay.frameProperty().get().position() == session.size() && !replay.busyProperty().get());

        TextArea request = robot.lookup("#replay-request").queryAs(TextArea.class);
        TextArea response = robot.lookup("#replay-response").queryAs(TextArea.class);
        Label position = robot.lookup("#replay-position").queryAs(Label.class);
        robot.clickOn("#replay-slider").push(KeyCode.HOME);
        await(() -> session.positionProperty().get() == 0 && replay.frameProperty().get().position() == 0);
        assertTrue(position.getText().startsWith("start — 0 of " + session.size()), position.getText());
        assertEquals("", response.getText());

        List<String> responses = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int before = session.positionProperty().get();
            robot.clickOn("#replay-request").type(KeyCode.N);
            await(() -> session.positionProperty().get() > before && !replay.busyProperty().get()
                    && replay.frameProperty().get().position() == session.positionProperty().get());
            assertTrue(position.getText().startsWith("event " + session.positionProperty().get() + " of "), position.getText());
            assertTrue(position.getText().contains("model_io"), position.getText());
            requests.add(request.getText());
            responses.add(response.getText());
        }
        assertEquals(3, responses.stream().distinct().count(), "each call shows its own response");
        assertTrue(requests.stream().allMatch(r -> r.startsWith("── system ──")), requests.toString());

        TableView<?> gates = robot.lookup("#replay-gates").queryTableView();
        HumanGateRequested lastRequest = session.inspection().orElseThrow().model().orElseThrow()
                .events(HumanGateRequested.class).stream().reduce((a, b) -> b).orElseThrow();
        Slider slider = robot.lookup("#replay-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(lastRequest.index() + 1));
        await(() -> replay.frameProperty().get().position() == lastRequest.index() + 1 && !replay.busyProperty().get());
        assertTrue(position.getText().startsWith("event " + (lastRequest.index() + 1) + " of "), position.getText());
        assertTrue(position.getText().contains("human_gate_requested"), position.getText());
        assertTrue(gates.getItems().stream().anyMatch(r -> ((GateRow) r).pending()), "the new request is pending");

        robot.interact(() -> slider.setValue(0));
        await(() -> replay.frameProperty().get().position() == 0 && !replay.busyProperty().get());
        assertTrue(gates.getItems().isEmpty(), "no gate before the first event");
    }

    @Test
    void theCompareBoxOffersTheEarlierVersionsWhenOpenedAndComparesWithThePickedOne(FxRobot robot) throws TimeoutException {
        RunSession session = model.session();
        robot.interact(() -> model.open(SAMPLE));
        await(() -> session.inspection().isPresent());
        robot.clickOn("#tab-replay");
        ReplayViewModel replay = ((ReplayPane) robot.lookup("#" + ReplayView.ID).query().getParent()).model();
        await(() -> replay.frameProperty().get().position() == session.size() && !replay.busyProperty().get());
        List<VersionChoice> versions = replay.frameProperty().get().artifact().versions();
        assertFalse(versions.isEmpty(), "the shown artifact has an earlier version");

        @SuppressWarnings("unchecked")
        ComboBox<VersionChoice> compare = robot.lookup("#replay-compare").queryAs(ComboBox.class);
        assertEquals(replay.frameProperty().get().artifact().comparedWith().orElseThrow(), compare.getValue());
        robot.clickOn(compare);
        await(compare::isShowing);
        assertEquals(versions, compare.getItems());
        VersionChoice first = versions.get(0);
        robot.interact(() -> compare.getSelectionModel().select(first));
        robot.interact(compare::hide);
        await(() -> replay.frameProperty().get().artifact().comparedWith().filter(first::equals).isPresent()
                && !replay.busyProperty().get());
        assertEquals(first, compare.getValue());
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
