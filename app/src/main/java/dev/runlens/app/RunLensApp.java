package dev.runlens.app;

import dev.runlens.app.ui.Styles;

import dev.runlens.app.run.RunSession;
import dev.runlens.workbench.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: the one place where the app's objects are created and wired, by
 * constructor, with no framework and no static singletons ({@code STYLE.md} #8).
 */
public final class RunLensApp extends Application {
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        VerificationViewModel model = showMainWindow(stage, new Workbench(executor), new FxFileDialogs(), Platform::exit);
        LaunchArguments.existingFiles(getParameters().getRaw()).stream().findFirst().ifPresent(model::open);
    }

    @Override
    public void stop() {
        if (executor != null) executor.shutdown();
    }

    /** Builds the verification screen into {@code stage} and shows it; UI tests call this with a fake dialog. */
    static VerificationViewModel showMainWindow(Stage stage, Workbench workbench, FileDialogs dialogs, Runnable quit) {
        VerificationViewModel model = new VerificationViewModel(workbench, dialogs, () -> stage, new RunSession());
        Scene scene = new Scene(new VerificationView(model, workbench.executor(), quit), 1280, 820);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(AppIcons.window());
        stage.setScene(scene);
        stage.show();
        return model;
    }
}
