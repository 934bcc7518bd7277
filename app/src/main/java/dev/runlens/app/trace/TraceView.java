package dev.runlens.app.trace;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The Trace tab's view: filter bar, event table, details. Binds to {@link TraceViewModel} while
 * showing and forwards selection and keys to it: {@code j}/{@code k} next/previous shown event,
 * {@code /} focuses the filter, Escape clears it. The table follows the selection (scrolls to it)
 * and the details show it only while the Trace tab is in front, catching up when it comes back:
 * a cursor moved in another tab costs this tab nothing.
 */
final class TraceView extends BorderPane {
    private final TraceViewModel model;
    private final FilterBar filterBar;
    private final TraceTable table = new TraceTable();
    private boolean syncing;

    private static final ObservableValue<Boolean> HIDDEN = new SimpleBooleanProperty(false);

    /** @param inFront whether the Trace tab is the one in front */
    TraceView(TraceViewModel model, ObservableValue<Boolean> inFront) {
        this.model = model;
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        ObservableValue<Boolean> shown = showing.flatMap(s -> s ? inFront : HIDDEN);
        getStyleClass().add(Styles.TRACE);
        filterBar = new FilterBar(model, showing);

        table.itemsProperty().bind(model.rowsProperty().when(showing));
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0) model.select(now.intValue());
        });
        model.selectedRowProperty().when(shown).subscribe(row -> {
            syncing = true;
            try {
                table.show(row.intValue());
            } finally {
                syncing = false;
            }
        });

        SplitPane split = new SplitPane(table, new EventDetailsView(model.detailsProperty().when(shown)));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(filterBar);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void typed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl t && t.isEditable() || e.isShortcutDown() || e.isAltDown()) return;
        switch (e.getCharacter()) {
            case "j" -> model.next();
            case "k" -> model.previous();
            case "/" -> filterBar.focusField();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && !model.filterTextProperty().get().isEmpty()) {
            model.clearFilter();
            e.consume();
        }
    }
}
