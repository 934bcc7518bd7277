package dev.runlens.app.replay;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cursor: a slider over {@code 0..size} kept in step with the session's position both ways,
 * buttons for first / previous event / previous call / next call / next event / last, and the
 * position text. With the slider focused, left/right and k/j step one event, Home/End jump.
 */
final class ScrubberBar extends VBox {
    static final String SLIDER_ID = "replay-slider";
    static final String POSITION_ID = "replay-position";
    static final String NEXT_RECEIPT_ID = "replay-next-receipt";
    static final String PREVIOUS_RECEIPT_ID = "replay-previous-receipt";

    private final ReplayViewModel model;
    private final Slider slider = new Slider(0, 0, 0);
    private boolean following;

    ScrubberBar(ReplayViewModel model) {
        this.model = model;
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        slider.setId(SLIDER_ID);
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        model.sizeProperty().when(showing).subscribe(n -> quietly(() -> slider.setMax(n.intValue())));
        model.positionProperty().when(showing).subscribe(p -> quietly(() -> {
            if (p.intValue() > slider.getMax()) slider.setMax(p.intValue());
            slider.setValue(p.intValue());
        }));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!following) model.moveTo((int) Math.round(now.doubleValue()));
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);

        Button previousReceipt = button("◀ Call", "Previous model call (p)", model::previousReceipt);
        previousReceipt.setId(PREVIOUS_RECEIPT_ID);
        previousReceipt.disableProperty().bind(model.hasPreviousReceiptProperty().not());
        Button nextReceipt = button("Call ▶", "Next model call (n)", model::nextReceipt);
        nextReceipt.setId(NEXT_RECEIPT_ID);
        nextReceipt.disableProperty().bind(model.hasNextReceiptProperty().not());
        HBox row = new HBox(6,
                button("|◀", "First: before any event (Home)", model::first),
                button("◀", "Previous event (←, k)", model::previousEvent),
                previousReceipt, slider, nextReceipt,
                button("▶", "Next event (→, j)", model::nextEvent),
                button("▶|", "Last: after every event (End)", model::last));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label position = new Label();
        position.setId(POSITION_ID);
        position.getStyleClass().add(Styles.REPLAY_POSITION);
        position.textProperty().bind(model.positionTextProperty().when(showing));
        setSpacing(4);
        getChildren().addAll(row, position);
    }

    /** Updates the slider from the model without echoing the change back as a move. */
    private void quietly(Runnable update) {
        following = true;
        try {
            update.run();
        } finally {
            following = false;
        }
    }

    private void stepKeys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return;
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT, K -> model.previousEvent();
            case RIGHT, J -> model.nextEvent();
            case HOME -> model.first();
            case END -> model.last();
            default -> { return; }
        }
        e.consume();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
