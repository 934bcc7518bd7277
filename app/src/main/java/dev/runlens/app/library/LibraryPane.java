package dev.runlens.app.library;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The library screen, built in code: search field, filters, the runs by workflow, import progress
 * and report, and the other copies of the selected run. Binds to {@link LibraryViewModel} and
 * forwards input to it.
 */
public final class LibraryPane extends VBox {
    public static final String SEARCH_ID = "library-search";
    public static final String STATUS_ID = "library-status";

    private final TextField search = new TextField();

    public LibraryPane(LibraryViewModel model) {
        setSpacing(6);
        getStyleClass().addAll(Styles.LIBRARY, Styles.CONTENT);
        getStylesheets().add(Styles.resource(LibraryPane.class, "library.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);

        search.setId(SEARCH_ID);
        search.setPromptText("Search runs and payloads (Ctrl+F)");
        search.textProperty().addListener((o, was, now) -> model.filters().search(now));

        TitledPane filters = new TitledPane("Filters", new FilterBar(model.filters(), model.currencies()));
        filters.setExpanded(false);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.LIBRARY_PROBLEM);
        problem.textProperty().bind(model.filters().problemProperty().when(showing));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        LibraryTree tree = new LibraryTree(model);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.LIBRARY_STATUS);
        status.textProperty().bind(model.statusProperty().when(showing));

        getChildren().addAll(search, filters, problem, tree, status, new ImportBar(model, showing), new CopiesPanel(model));
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
