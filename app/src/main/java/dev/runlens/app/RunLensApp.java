package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.library.LibraryViewModel;
import dev.runlens.app.library.SampleSeeds;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.Warmup;
import dev.runlens.store.StoreException;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.LibraryLocation;
import dev.runlens.workbench.library.RunLibrary;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The composition root: the one place where the app's objects are created and wired, by
 * constructor, with no framework and no static singletons ({@code STYLE.md} #8). It resolves the
 * library folder ({@code --library DIR}, {@code RUNLENS_LIBRARY}, the platform's data folder),
 * opens the library, seeds a new one with the sample runs, imports and opens the paths given on
 * the command line, shows the "What's here" panel on a library's first start, and closes the library
 * when the app stops.
 */
public final class RunLensApp extends Application {
    private FxTaskExecutor executor;
    private RunLibrary library;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        Workbench workbench = new Workbench(executor);
        LaunchArguments.Launch launch = LaunchArguments.parse(getParameters().getRaw());
        Path folder = LibraryLocation.resolve(launch.library());
        String problem = null;
        try {
            library = RunLibrary.open(folder, workbench);
        } catch (StoreException e) {
            problem = e.getMessage();
            library = temporaryLibrary(workbench, stage);
        }
        window = showMainWindow(stage, workbench, library, new FxFileDialogs(), SigningContext.fromEnvironment(), TextClipboard.system(),
                Platform::exit);
        window.library().start(SampleSeeds.sources(), launch.paths());
        window.welcome().start();
        if (launch.paths().isEmpty()) warmUp(workbench); // with a file to open at once, the open itself is the warm-up
        if (problem != null) {
            Alert alert = new Alert(Alert.AlertType.WARNING, "RunLens could not open its library: " + problem
                    + "\n\nThis session uses a temporary library that is removed when RunLens quits.");
            alert.initOwner(stage);
            alert.show();
        }
    }

    /** Rounds over the packaged samples that the start-up warm-up makes (README, "Performance"). */
    static final int WARMUP_ROUNDS = 30;

    /** Opens the packaged samples in the background ({@link Workbench#warmUp}), until the user's first open. */
    static Warmup warmUp(Workbench workbench) {
        List<Callable<byte[]>> samples = SampleSeeds.sources().stream().<Callable<byte[]>>map(s -> s::read).toList();
        return workbench.warmUp(samples, WARMUP_ROUNDS);
    }

    @Override
    public void stop() {
        if (window != null) window.library().close();
        if (executor != null) executor.shutdown();
        if (library != null) library.close();
    }

    /**
     * Builds the main window into {@code stage} with signing in a temporary data folder (removed when
     * the window hides) and the system clipboard: for UI tests, which must never touch the user's keys.
     */
    static MainWindow showMainWindow(Stage stage, Workbench workbench, RunLibrary library, FileDialogs dialogs, Runnable quit) {
        return showMainWindow(stage, workbench, library, dialogs, temporarySigning(stage), TextClipboard.system(), quit);
    }

    /** Builds the main window (workspaces; the library on the left of the Runs one) into {@code stage} and shows it. */
    static MainWindow showMainWindow(Stage stage, Workbench workbench, RunLibrary library, FileDialogs dialogs, SigningContext signing,
                                     TextClipboard clipboard, Runnable quit) {
        VerificationViewModel model = new VerificationViewModel(workbench, dialogs, () -> stage, new RunSession());
        LibraryViewModel libraryModel = new LibraryViewModel(library, workbench.executor(), choice -> switch (choice) {
            case OPEN -> dialogs.openBundle(stage);
            case IMPORT_FILE -> dialogs.importFile(stage);
            case IMPORT_FOLDER -> dialogs.importFolder(stage);
            case IMPORT_ZIP -> dialogs.importZip(stage);
        }, model::open, ZoneId.systemDefault());
        VerificationView view = new VerificationView(model, libraryModel, workbench, library, dialogs, signing, clipboard, quit);
        Scene scene = new Scene(view, 1440, 860);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(AppIcons.window());
        stage.setScene(scene);
        stage.show();
        libraryModel.refresh();
        return new MainWindow(model, libraryModel, view.welcome());
    }

    /**
     * The main window over a new library in a temporary folder, closed and removed when the window
     * hides (UI tests, and tab screens that need no library).
     */
    static VerificationViewModel showMainWindow(Stage stage, Workbench workbench, FileDialogs dialogs, Runnable quit) {
        return showMainWindow(stage, workbench, temporaryLibrary(workbench, stage), dialogs, quit).verification();
    }

    private static RunLibrary temporaryLibrary(Workbench workbench, Stage stage) {
        try {
            Path dir = Files.createTempDirectory("runlens-library-");
            RunLibrary lib = RunLibrary.open(dir, workbench);
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                lib.close();
                deleteQuietly(dir);
            });
            return lib;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary library", e);
        }
    }

    private static SigningContext temporarySigning(Stage stage) {
        try {
            Path dir = Files.createTempDirectory("runlens-data-");
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> deleteQuietly(dir));
            return new SigningContext(new dev.runlens.workbench.GateDecisions(), new DataFolder(dir), java.util.Optional.empty(),
                    java.time.Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data folder", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }
}
