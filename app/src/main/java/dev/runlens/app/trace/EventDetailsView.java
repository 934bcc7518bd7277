package dev.runlens.app.trace;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

/** The selected event: its JSON as a tree beside the raw JSON, both plain text. */
final class EventDetailsView extends BorderPane {
    EventDetailsView(ObservableValue<EventDetails> details) {
        Label title = new Label();
        title.setId(TracePane.DETAILS_TITLE_ID);
        title.getStyleClass().add(Styles.SECTION_TITLE);

        TreeView<String> tree = new TreeView<>();
        tree.setId(TracePane.TREE_ID);
        tree.getStyleClass().add(Styles.JSON_TREE);
        tree.setShowRoot(true);

        TextArea raw = new TextArea();
        raw.setId(TracePane.RAW_JSON_ID);
        raw.getStyleClass().add(Styles.RAW_JSON);
        raw.setEditable(false);
        raw.setWrapText(false);

        SplitPane split = new SplitPane(box("Details", tree), box("Raw JSON", raw));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        setTop(title);
        setCenter(split);

        details.subscribe(d -> {
            title.setText(d.title());
            raw.setText(d.rawJson());
            if (d.json() == null) {
                tree.setRoot(null);
            } else {
                JsonTreeItem root = new JsonTreeItem("event #" + d.index(), d.json());
                root.setExpanded(true);
                tree.setRoot(root);
            }
        });
    }

    private static VBox box(String heading, javafx.scene.Node content) {
        Label l = new Label(heading);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(l, content);
    }
}
