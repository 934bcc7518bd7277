package dev.runlens.app.about;

import dev.runlens.app.about.AboutViewModel.Notice;
import dev.runlens.app.about.ThirdPartyLibraries.Library;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The About dialog's content: the icon, name, version and build, platform and folders on top; below,
 * a table of every shipped third-party library with its licence, and the notices. Binds to
 * {@link AboutViewModel}.
 */
public final class AboutView extends BorderPane {
    public static final String ID = "about";
    public static final String LIBRARIES_ID = "about-libraries";
    public static final String NOTICES_ID = "about-notices";
    public static final String VERSION_ID = "about-version";

    public AboutView(AboutViewModel model, Image icon) {
        setId(ID);
        getStyleClass().add(Styles.ABOUT);
        getStylesheets().add(Styles.resource(AboutView.class, "about.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);

        ImageView image = new ImageView(icon);
        image.setFitWidth(96);
        image.setFitHeight(96);
        Label name = new Label("RunLens");
        name.getStyleClass().add(Styles.ABOUT_TITLE);
        Label version = fact(model.versionProperty().when(showing));
        version.setId(VERSION_ID);
        VBox facts = new VBox(2, name, new Label("Investigation workbench for LLM Workbench run bundles"), version,
                fact(model.buildProperty().when(showing)), fact(model.platformProperty().when(showing)),
                fact(model.installationProperty().when(showing)), fact(model.foldersProperty().when(showing)),
                fact(model.statusProperty().when(showing)));
        HBox header = new HBox(16, image, facts);
        header.setPadding(new Insets(0, 0, 10, 0));
        setTop(header);

        TabPane tabs = new TabPane(new Tab("Libraries", libraries(model)), new Tab("Data and licences", notices(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setPrefSize(860, 620);
    }

    private static Label fact(ObservableValue<String> text) {
        Label l = new Label();
        l.getStyleClass().add(Styles.ABOUT_FACT);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.setWrapText(true);
        return l;
    }

    private static TableView<Library> libraries(AboutViewModel model) {
        TableView<Library> table = new TableView<>(model.libraries());
        table.setId(LIBRARIES_ID);
        table.getColumns().add(column("Library", 260, Library::name));
        table.getColumns().add(column("Version", 110, Library::version));
        table.getColumns().add(column("Licence", 230, Library::licence));
        table.getColumns().add(column("Maven coordinates / project", 420, l -> l.groupId() + ":" + l.artifactId()
                + (l.url().isEmpty() ? "" : "  " + l.url())));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private static TableColumn<Library, String> column(String title, double width, Function<Library, String> value) {
        TableColumn<Library, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())).getReadOnlyProperty());
        return c;
    }

    private static VBox notices(AboutViewModel model) {
        VBox box = new VBox(4);
        box.setId(NOTICES_ID);
        Runnable fill = () -> box.getChildren().setAll(model.notices().stream().map(AboutView::notice).toList());
        model.notices().addListener((ListChangeListener<Notice>) c -> fill.run());
        fill.run();
        return box;
    }

    private static TitledPane notice(Notice n) {
        TextArea text = new TextArea(n.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.getStyleClass().add(Styles.ABOUT_NOTICE);
        TitledPane pane = new TitledPane(n.title(), text);
        pane.setExpanded(false);
        return pane;
    }
}
