package dev.runlens.app.trace;

import dev.runlens.app.ui.Styles;
import dev.runlens.replay.filter.Field;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The display-filter field: coloured as you type (empty, valid, invalid), the error and its
 * column beneath, the count beside. Enter applies at once; otherwise a short pause after the last
 * keystroke does.
 */
final class FilterBar extends VBox {
    static final Duration DEBOUNCE = Duration.millis(300);

    private final TextField field = new TextField();

    FilterBar(TraceViewModel model, ObservableValue<Boolean> showing) {
        field.setId(TracePane.FILTER_ID);
        field.getStyleClass().add(Styles.FILTER_FIELD);
        field.setPromptText("Filter: type:model_io step:draft cost>0.01 model:gpt*   (/ to focus, Esc to clear)");
        field.setTooltip(new Tooltip(help()));
        HBox.setHgrow(field, Priority.ALWAYS);

        Label count = new Label();
        count.setId(TracePane.COUNT_ID);
        count.getStyleClass().add(Styles.TRACE_COUNT);
        count.textProperty().bind(model.countProperty().when(showing));

        Label error = new Label();
        error.setId(TracePane.FILTER_ERROR_ID);
        error.getStyleClass().add(Styles.FILTER_ERROR);
        Label note = new Label();
        note.setId(TracePane.NOTE_ID);
        note.getStyleClass().add(Styles.TRACE_NOTE);
        note.textProperty().bind(model.selectionNoteProperty().when(showing));
        for (Label l : new Label[] {error, note}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.managedProperty());
        }

        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> model.applyFilter());
        field.textProperty().addListener((o, was, now) -> {
            model.editFilter(now);
            pause.playFromStart();
        });
        field.setOnAction(e -> {
            pause.stop();
            model.applyFilter();
        });
        model.filterTextProperty().when(showing).subscribe(t -> {
            if (!t.equals(field.getText())) field.setText(t);
        });
        model.filterStateProperty().when(showing).subscribe(s -> {
            Styles.replace(field, switch (s.validity()) {
                case EMPTY -> Styles.FILTER_EMPTY;
                case VALID -> Styles.FILTER_VALID;
                case INVALID -> Styles.FILTER_INVALID;
            }, Styles.FILTER_STATES);
            error.setText(s.explanation());
        });

        HBox line = new HBox(8, field, count);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, error, note);
        setSpacing(2);
    }

    private static String help() {
        StringBuilder sb = new StringBuilder("""
                Operators: : (equals ignoring case, or glob with *)  = (exact)  !=  >  >=  <  <=  ~ (contains)
                Terms side by side are ANDed; or, and, not / !, parentheses, "quoted values";
                a bare word searches every string value of the event.
                Fields:""");
        for (Field f : Field.values()) sb.append("\n  ").append(String.join(" / ", f.names())).append(" — ").append(f.description());
        return sb.toString();
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
