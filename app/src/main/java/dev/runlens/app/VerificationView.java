package dev.runlens.app;

import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.Lifecycle;

import dev.runlens.workbench.TaskExecutor;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
import java.util.List;

/**
 * The verification screen, built in code: menu, integrity banner, details, findings and status
 * line. It binds to {@link VerificationViewModel} and forwards menu, key and drop events to it;
 * every binding observes the model only while this view is showing ({@link Lifecycle}).
 */
final class VerificationView extends BorderPane {
    static final String OPEN_ITEM_ID = "menu-open";
    static final String DARK_THEME_ITEM_ID = "menu-dark-theme";

    private final VerificationViewModel model;

    VerificationView(VerificationViewModel model, TaskExecutor executor, Runnable quit) {
        this.model = model;
        ObservableValue<Boolean> showing = Lifecycle.showing(this);

        FindingsTable findings = new FindingsTable(model.findings());
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox overview = new VBox(
                section("Details"),
                new DetailsGrid(model.detailsProperty().when(showing)),
                section("Strict verification findings"),
                findings);
        overview.getStyleClass().add(Styles.CONTENT);
        RunView tabs = new RunView(model.session(), executor, overview);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(new IntegrityBanner(model.bannerProperty().when(showing)),
                new RunHeader(model.summaryProperty().when(showing)), tabs);
        content.getStyleClass().add(Styles.CONTENT);

        setTop(menuBar(quit));
        setCenter(content);
        setBottom(new StatusBar(model.busyProperty().when(showing), model.statusProperty().when(showing)));
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(this::dragDropped);
    }

    private MenuBar menuBar(Runnable quit) {
        MenuItem open = new MenuItem("Open…");
        open.setId(OPEN_ITEM_ID);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> model.openWithDialog());
        MenuItem exit = new MenuItem("Quit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> quit.run());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId(DARK_THEME_ITEM_ID);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((o, was, on) -> theme(on));
        return new MenuBar(new Menu("File", null, open, new SeparatorMenuItem(), exit), new Menu("View", null, dark));
    }

    /** Light is the base stylesheet; dark adds a sheet that redefines the -rl-* tokens only. */
    private void theme(boolean dark) {
        if (getScene() == null) return;
        var sheets = getScene().getStylesheets();
        sheets.remove(Styles.darkStylesheet());
        if (dark) sheets.add(Styles.darkStylesheet());
    }

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() == null && model.acceptsDrop(files(e.getDragboard()))) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!getStyleClass().contains(Styles.DROP_TARGET)) getStyleClass().add(Styles.DROP_TARGET);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        e.setDropCompleted(model.openDropped(files(e.getDragboard())));
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
