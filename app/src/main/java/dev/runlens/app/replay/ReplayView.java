package dev.runlens.app.replay;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The Replay tab, built in code: the scrubber on top, the model call at the cursor, and artifacts
 * beside gates below. It binds to {@link ReplayViewModel} only while showing and forwards keys:
 * n / p for the next / previous model call anywhere in the tab.
 */
public final class ReplayView extends BorderPane {
    public static final String ID = "replay-view";

    public ReplayView(ReplayViewModel model) {
        setId(ID);
        getStyleClass().add(Styles.REPLAY);
        getStylesheets().add(Styles.resource(ReplayView.class, "replay.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        ObservableValue<ReplayFrame> frame = model.frameProperty().when(showing);

        SplitPane lower = new SplitPane(new ArtifactPanel(model, frame), new GatePanel(frame, model.signaturesProperty().when(showing)));
        lower.setDividerPositions(0.5);
        SplitPane main = new SplitPane(new ReceiptPanel(frame), lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.5);
        setTop(new ScrubberBar(model));
        setCenter(main);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> receiptKeys(model, e));
    }

    private static void receiptKeys(ReplayViewModel model, KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) return;
        if (e.getCode() == KeyCode.N) model.nextReceipt();
        else if (e.getCode() == KeyCode.P) model.previousReceipt();
        else return;
        e.consume();
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
