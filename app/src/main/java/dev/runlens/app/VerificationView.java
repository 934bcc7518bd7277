package dev.runlens.app;

import dev.runlens.app.decisions.DecisionsLookup;
import dev.runlens.app.decisions.RunDecisions;
import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.about.AboutDialog;
import dev.runlens.app.about.AboutViewModel;
import dev.runlens.app.library.LibraryPane;
import dev.runlens.app.library.LibraryViewModel;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.app.welcome.WhatsHerePanel;
import dev.runlens.app.welcome.WhatsHereViewModel;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The main window, built in code: menu, the library on the left, and on the right the open run's
 * integrity banner and tabs (details and findings first), then the status line. It binds to
 * {@link VerificationViewModel} and {@link LibraryViewModel} and forwards menu, key and drop events
 * to them; every binding observes the models only while this view is showing ({@link Lifecycle}).
 */
final class VerificationView extends BorderPane {
    static final String OPEN_ITEM_ID = "menu-open";
    static final String DARK_THEME_ITEM_ID = "menu-dark-theme";
    static final String IMPORT_FILE_ITEM_ID = "menu-import-file";
    static final String IMPORT_FOLDER_ITEM_ID = "menu-import-folder";
    static final String IMPORT_ZIP_ITEM_ID = "menu-import-zip";
    static final String RECENT_MENU_ID = "menu-recent";
    static final String SPLIT_ID = "main-split";
    static final String WHATS_HERE_ITEM_ID = "menu-whats-here";
    static final String ABOUT_ITEM_ID = "menu-about";

    private final VerificationViewModel model;
    private final LibraryViewModel library;
    private final LibraryPane libraryPane;
    private final Workspaces workspaces;
    private final WhatsHereViewModel welcome;
    private final TaskExecutor executor;
    private final RunLibrary runLibrary;

    VerificationView(VerificationViewModel model, LibraryViewModel library, Workbench workbench, RunLibrary runLibrary,
                     FileDialogs dialogs, SigningContext signing, TextClipboard clipboard, Runnable quit) {
        this.executor = workbench.executor();
        this.runLibrary = runLibrary;
        this.model = model;
        this.library = library;
        this.libraryPane = new LibraryPane(library);
        ObservableValue<Boolean> showing = Lifecycle.showing(this);

        FindingsTable findings = new FindingsTable(model.findings());
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox overview = new VBox(
                section("Details"),
                new DetailsGrid(model.detailsProperty().when(showing)),
                section("Strict verification findings"),
                findings);
        overview.getStyleClass().add(Styles.CONTENT);
        RunDecisions signed = new RunDecisions(model.session(), executor, DecisionsLookup.of(signing), signing.revisionProperty());
        RunView tabs = new RunView(model.session(), executor, overview, signed.marksProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(new IntegrityBanner(model.bannerProperty().when(showing)),
                new RunHeader(model.summaryProperty().when(showing)), tabs);
        content.getStyleClass().add(Styles.CONTENT);

        SplitPane split = new SplitPane(libraryPane, content);
        split.setId(SPLIT_ID);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(libraryPane, false);

        workspaces = new Workspaces(split, workbench, runLibrary, library, model.session(), dialogs, signing, clipboard);
        welcome = new WhatsHereViewModel(runLibrary, executor, workspaces, library::refresh, Clock.systemUTC());
        content.getChildren().add(0, new WhatsHerePanel(welcome));
        setTop(menuBar(quit));
        setCenter(workspaces);
        setBottom(new StatusBar(model.busyProperty().when(showing), model.statusProperty().when(showing)));
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(this::dragDropped);
    }

    private MenuBar menuBar(Runnable quit) {
        MenuItem open = item("Open…", OPEN_ITEM_ID, KeyCode.O, library::openWithDialog);
        MenuItem importFile = item("Import file…", IMPORT_FILE_ITEM_ID, KeyCode.I,
                () -> library.importWithDialog(LibraryViewModel.Choice.IMPORT_FILE));
        MenuItem importFolder = item("Import folder…", IMPORT_FOLDER_ITEM_ID, null,
                () -> library.importWithDialog(LibraryViewModel.Choice.IMPORT_FOLDER));
        MenuItem importZip = item("Import ZIP…", IMPORT_ZIP_ITEM_ID, null,
                () -> library.importWithDialog(LibraryViewModel.Choice.IMPORT_ZIP));
        Menu recent = new Menu("Open Recent");
        recent.setId(RECENT_MENU_ID);
        library.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem exit = item("Quit", null, KeyCode.Q, quit);
        MenuItem find = item("Search library", null, KeyCode.F, libraryPane::focusSearch);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId(DARK_THEME_ITEM_ID);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((o, was, on) -> theme(on));
        MenuItem whatsHere = item("What's here", WHATS_HERE_ITEM_ID, null, () -> {
            workspaces.show(Workspaces.Workspace.RUNS);
            welcome.show();
        });
        MenuItem about = item("About RunLens", ABOUT_ITEM_ID, null, this::about);
        return new MenuBar(new Menu("File", null, open, recent, new SeparatorMenuItem(), importFile, importFolder, importZip,
                new SeparatorMenuItem(), exit), new Menu("Edit", null, find), new Menu("View", null, dark),
                new Menu("Help", null, whatsHere, new SeparatorMenuItem(), about));
    }

    private void about() {
        AboutViewModel about = new AboutViewModel(executor, System::getProperty, runLibrary.folder(), DataFolder.fromEnvironment().keys());
        AboutDialog.show(getScene().getWindow(), about, AppIcons.of(128));
    }

    /** The "What's here" panel's view model (shown on a library's first start). */
    WhatsHereViewModel welcome() {
        return welcome;
    }

    /** The workspaces (Runs, Approvals, Costs, Keys). */
    Workspaces workspaces() {
        return workspaces;
    }

    /** Light is the base stylesheet; dark adds a sheet that redefines the -rl-* tokens only. */
    private void theme(boolean dark) {
        if (getScene() == null) return;
        var sheets = getScene().getStylesheets();
        sheets.remove(Styles.darkStylesheet());
        if (dark) sheets.add(Styles.darkStylesheet());
    }

    private void fillRecent(Menu recent) {
        recent.getItems().setAll(library.recentFiles().stream().map(p -> {
            MenuItem i = new MenuItem(PlainText.of(p.toString()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> library.openRecent(p));
            return i;
        }).toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String id, KeyCode shortcut, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (id != null) i.setId(id);
        if (shortcut != null) i.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() == null && library.acceptsDrop(files(e.getDragboard()))) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!getStyleClass().contains(Styles.DROP_TARGET)) getStyleClass().add(Styles.DROP_TARGET);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        e.setDropCompleted(library.importDropped(files(e.getDragboard())));
        e.consume();
    }

    private static List<Path> files(Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : List.of();
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
