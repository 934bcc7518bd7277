package dev.runlens.app;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.keys.KeyRow;
import dev.runlens.app.keys.KeysView;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Keys workspace in the real window, headless: a key is created with the production KDF (off the FX thread) and shows its fingerprint. */
@ExtendWith(ApplicationExtension.class)
class KeysFxTest {
    @TempDir
    Path dir;

    private FxTaskExecutor executor;
    private RunLibrary library;
    private SigningContext signing;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("library"), workbench);
        signing = new SigningContext(new GateDecisions(), new DataFolder(dir.resolve("data")), Optional.empty(), Clock.systemUTC());
        RunLensApp.showMainWindow(stage, workbench, library, owner -> Optional.empty(), signing, text -> { }, () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void aCreatedKeyIsListedWithItsFingerprint(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-keys");
        robot.clickOn("#" + KeysView.NEW_NAME_ID).write("alice");
        robot.clickOn("#" + KeysView.NEW_PRINCIPAL_ID).write("alice@example.org");
        robot.clickOn("#" + KeysView.NEW_PASSPHRASE_ID).write("a long passphrase");
        robot.clickOn("#" + KeysView.NEW_REPEAT_ID).write("a long passphrase");
        robot.clickOn("#" + KeysView.CREATE_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<KeyRing.KeyInfo> onDisk = signing.decisions().listKeys(signing.keys());
        assertEquals(1, onDisk.size());
        assertEquals(600_000, dev.runlens.signing.keys.SigningKey.kdfIterations(java.nio.file.Files.readString(onDisk.get(0).privateKeyFile())));
        KeyRow row = table(robot).getItems().get(0);
        assertEquals(onDisk.get(0).fingerprint(), row.fingerprint());
        String shown = robot.lookup(".table-cell").match((Labeled l) -> onDisk.get(0).fingerprint().equals(l.getText())).queryAs(Labeled.class).getText();
        assertEquals(onDisk.get(0).fingerprint(), shown, "the fingerprint is on screen");
        robot.interact(() -> {
            try {
                Screenshots.write(robot.lookup("#" + KeysView.TABLE_ID).query().getScene(), Path.of("target/screenshots", "keys.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals("Created key alice: " + onDisk.get(0).fingerprint(), robot.lookup("#" + KeysView.STATUS_ID).queryAs(Labeled.class).getText());
    }

    @SuppressWarnings("unchecked")
    private static TableView<KeyRow> table(FxRobot robot) {
        return robot.lookup("#" + KeysView.TABLE_ID).queryAs(TableView.class);
    }
}
