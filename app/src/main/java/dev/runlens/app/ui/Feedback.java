package dev.runlens.app.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * The small feedback nodes the workspaces' toolbars and dialogs share: a busy indicator, a status
 * line and an error line that takes no room while empty. Callers pass values already limited to
 * while the view shows ({@link Lifecycle#showing}).
 */
public final class Feedback {
    private Feedback() {}

    /** An 18-pixel spinner, visible while {@code busy}. */
    public static ProgressIndicator busy(ObservableValue<Boolean> busy) {
        ProgressIndicator p = new ProgressIndicator();
        p.setPrefSize(18, 18);
        p.visibleProperty().bind(busy);
        return p;
    }

    /** A wrapping status line. */
    public static Label status(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** A wrapping error line in the error style, shown and laid out only while it has text. */
    public static Label error(String id, ObservableValue<String> text) {
        Label l = status(id, text);
        l.getStyleClass().add(Styles.SIGNING_ERROR);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
