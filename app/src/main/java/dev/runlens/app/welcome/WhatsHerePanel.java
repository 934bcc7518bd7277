package dev.runlens.app.welcome;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The "What's here" panel above the run view: three cards, each a button that opens a run at the tab
 * worth seeing, and a button that dismisses the panel. Binds to {@link WhatsHereViewModel}.
 */
public final class WhatsHerePanel extends VBox {
    public static final String ID = "whats-here";
    public static final String DISMISS_ID = "whats-here-dismiss";
    public static final String STATUS_ID = "whats-here-status";

    public WhatsHerePanel(WhatsHereViewModel model) {
        setId(ID);
        getStyleClass().add(Styles.WHATS_HERE);
        getStylesheets().add(Styles.resource(WhatsHerePanel.class, "welcome.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        visibleProperty().bind(model.showingProperty());
        managedProperty().bind(visibleProperty());

        Label title = new Label("What's here");
        title.getStyleClass().add(Styles.WHATS_HERE_TITLE);
        Label intro = new Label("Your library on the left starts with 14 sample runs made by the reference runtime. Three things to try:");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId(DISMISS_ID);
        dismiss.setOnAction(e -> model.dismiss());
        HBox header = new HBox(8, title, gap, dismiss);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox cards = new HBox(10);
        for (Tryout t : model.tryouts()) {
            VBox card = card(model, t);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        Label hint = new Label("Help ▸ What's here shows this again.");
        hint.getStyleClass().add(Styles.WHATS_HERE_HINT);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.WHATS_HERE_PROBLEM);
        status.textProperty().bind(model.statusProperty().when(showing));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        setSpacing(8);
        getChildren().addAll(header, intro, cards, hint, status);
    }

    /** The button id of a tryout, e.g. {@code whats-here-failed-replay}. */
    public static String buttonId(Tryout t) {
        return "whats-here-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static VBox card(WhatsHereViewModel model, Tryout t) {
        Button open = new Button(t.title());
        open.setId(buttonId(t));
        open.getStyleClass().add(Styles.WHATS_HERE_ACTION);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> model.open(t));
        open.disableProperty().bind(model.openingProperty().isNotNull());
        Label what = new Label(t.description());
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.getStyleClass().add(Styles.WHATS_HERE_TEXT);
        VBox card = new VBox(6, open, what);
        card.getStyleClass().add(Styles.WHATS_HERE_CARD);
        card.setMinWidth(0);
        card.setPrefWidth(200);
        return card;
    }
}
