package dev.runlens.app;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.decisions.SigningFixtures;
import dev.runlens.app.trust.TrustRows;
import dev.runlens.app.trust.TrustView;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static dev.runlens.app.decisions.SigningFixtures.AUDIENCE;
import static dev.runlens.app.decisions.SigningFixtures.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Trust workspace in the real window, headless: a signed trust list (made through the workbench,
 * its root pinned) is opened and becomes the list in use; a reviewer's fingerprint is on screen; the
 * key is revoked, which leaves an unsigned draft, and the list is trusted again once the root key
 * signs it in the passphrase dialog — with the revocation listed.
 */
@ExtendWith(ApplicationExtension.class)
class TrustFxTest {
    @TempDir
    Path dir;

    private FxTaskExecutor executor;
    private RunLibrary library;
    private SigningContext signing;
    private Path list;
    private KeyRing.KeyInfo alice;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        library = RunLibrary.open(dir.resolve("library"), workbench);
        signing = SigningFixtures.context(dir.resolve("data"), Optional.of(AUDIENCE));
        signing.decisions().generateKey(signing.keys(), "root", KeyAlgorithm.ED25519, Optional.empty(), pass());
        alice = SigningFixtures.key(signing, "alice", Optional.of("alice@example.org"));
        list = dir.resolve("shared/acme-trust-list.dsse.json");
        TrustAdmin admin = new TrustAdmin(SigningFixtures.CLOCK);
        admin.init(List.of(signing.keys().resolve("root.pub.pem")), 1, Duration.ofDays(90), list);
        admin.add(list, new TrustAdmin.NewReviewer(Optional.of("alice@example.org"), Optional.of(alice.publicKeyFile()), Optional.empty(),
                Optional.of("Alice Example"), TrustList.Scopes.everything(List.of(AUDIENCE)), Duration.ofDays(365)), Duration.ofDays(90));
        admin.sign(list, signing.keys(), "root", pass());
        TrustAdmin.pinRoots(list, signing.trustState(), SigningFixtures.CLOCK.instant());
        FileDialogs dialogs = new FileDialogs() {
            @Override public Optional<Path> openBundle(Window owner) { return Optional.empty(); }
            @Override public Optional<Path> openTrustList(Window owner) { return Optional.of(list); }
        };
        RunLensApp.showMainWindow(stage, workbench, library, dialogs, signing, text -> { }, () -> { });
    }

    @Stop
    void stop() {
        executor.shutdown();
        library.close();
    }

    @Test
    void aLoadedListShowsAReviewersFingerprintAndARevocationSignedByTheRootKey(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-trust");
        await(() -> text(robot, TrustView.STATUS_ID).startsWith("No trust list at "));

        robot.clickOn("#" + TrustView.OPEN_ID);
        await(() -> reviewers(robot).getItems().size() == 1);
        assertEquals(list.toAbsolutePath(), signing.trustList(), "the opened list is the one in use");
        await(() -> text(robot, TrustView.VERDICT_ID).startsWith("Trusted"));
        assertTrue(text(robot, TrustView.EXPIRY_ID).startsWith("expires 2027-01-31T09:00:00Z — in "), text(robot, TrustView.EXPIRY_ID));
        Labeled shown = robot.lookup(".table-cell").match((Labeled l) -> alice.fingerprint().equals(l.getText())).queryAs(Labeled.class);
        assertEquals(alice.fingerprint(), shown.getText(), "the reviewer's fingerprint, in groups of four, on screen");

        robot.clickOn(shown);
        await(() -> alice.keyId().equals(robot.lookup("#trust-revoke-key").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.clickOn("#trust-revoke");
        await(() -> text(robot, TrustView.VERDICT_ID).startsWith("Not trusted: an unsigned draft of version 2"));
        TableView<TrustRows.Revocation> revocations = revocations(robot);
        await(() -> revocations.getItems().size() == 1);
        assertEquals(alice.keyId(), revocations.getItems().get(0).keyId());

        robot.clickOn("#trust-sign");
        await(() -> robot.lookup("#trust-sign-passphrase").tryQuery().isPresent());
        robot.clickOn("#trust-sign-passphrase").write("test passphrase");
        robot.clickOn("#trust-sign-confirm");
        await(() -> text(robot, TrustView.VERDICT_ID).startsWith("Trusted"));
        assertEquals(List.of(alice.keyId()), revocations(robot).getItems().stream().map(TrustRows.Revocation::keyId).toList());
        assertTrue(reviewers(robot).getItems().get(0).status().startsWith("revoked (keyCompromise, "), reviewers(robot).getItems().get(0).status());
        assertTrue(text(robot, TrustView.STATUS_ID).startsWith("Signed " + list.toAbsolutePath() + " with root key root"), text(robot, TrustView.STATUS_ID));
        robot.interact(() -> {
            try {
                Screenshots.write(robot.lookup("#" + TrustView.VERDICT_ID).query().getScene(), Path.of("target/screenshots", "trust.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrustRows.ReviewerKey> reviewers(FxRobot robot) {
        return robot.lookup("#" + TrustView.REVIEWERS_ID).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrustRows.Revocation> revocations(FxRobot robot) {
        return robot.lookup("#" + TrustView.REVOCATIONS_ID).queryAs(TableView.class);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
