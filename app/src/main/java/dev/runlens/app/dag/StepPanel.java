package dev.runlens.app.dag;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The side panel of the DAG tab: the selected step's status and policy, its receipts (model,
 * tokens, cost, duration), the artifact versions it wrote and its gates, at the cursor.
 */
final class StepPanel extends ScrollPane {
    static final String ID = "dag-panel";
    private static final String EMPTY = "Select a step to see its receipts, artifacts and gates.";

    private final VBox content = new VBox();

    StepPanel(ObservableValue<StepDetails> details) {
        setId(ID);
        getStyleClass().add(Styles.DAG_PANEL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add(Styles.CONTENT);
        setContent(content);
        details.subscribe(this::show);
    }

    private void show(StepDetails d) {
        if (d == null) {
            content.getChildren().setAll(wrapped(EMPTY, Styles.DAG_NODE_STATUS));
            return;
        }
        content.getChildren().setAll(wrapped(d.title(), Styles.DAG_PANEL_TITLE), wrapped(d.id(), Styles.HASH),
                wrapped(d.status() + " · gate policy: " + d.policy(), Styles.DAG_NODE_STATUS));
        if (!d.error().isEmpty()) content.getChildren().add(wrapped(d.error(), Styles.DAG_ERROR));
        section("Receipts", d.receipts(), r -> row(Styles.DAG_RECEIPT, r.model(),
                join(r.tokens(), r.cost(), r.duration())), "No model calls by this point.");
        section("Artifacts written", d.artifacts(), a -> row(Styles.DAG_ARTIFACT, a.key(),
                "v" + a.version() + " · " + a.how()), "No artifact versions by this point.");
        section("Gates", d.gates(), g -> row(Styles.DAG_GATE, g.gate() + ": " + g.state(), g.note()),
                "No gate requests or resolutions by this point.");
    }

    private <T> void section(String title, List<T> items, Function<T, Node> row, String none) {
        Label heading = new Label(title + (items.isEmpty() ? "" : " (" + items.size() + ")"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        content.getChildren().add(heading);
        if (items.isEmpty()) content.getChildren().add(wrapped(none, Styles.DAG_NODE_STATUS));
        for (T item : items) content.getChildren().add(row.apply(item));
    }

    private static Node row(String styleClass, String head, String detail) {
        VBox box = new VBox(wrapped(head, Styles.VALUE));
        if (!detail.isEmpty()) box.getChildren().add(wrapped(detail, Styles.DAG_NODE_FIGURES));
        box.getStyleClass().add(styleClass);
        return box;
    }

    private static String join(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** Plain text (already escaped by the model) in a wrapping label. */
    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
