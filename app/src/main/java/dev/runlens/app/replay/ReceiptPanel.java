package dev.runlens.app.replay;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The model call at the cursor: title, request (left) and response (right) side by side, and the usage line. */
final class ReceiptPanel extends VBox {
    static final String TITLE_ID = "replay-receipt-title";
    static final String REQUEST_ID = "replay-request";
    static final String RESPONSE_ID = "replay-response";
    static final String USAGE_ID = "replay-usage";

    ReceiptPanel(ObservableValue<ReplayFrame> frame) {
        Label title = label(TITLE_ID, Styles.REPLAY_TITLE);
        TextArea request = area(REQUEST_ID, "Request");
        TextArea response = area(RESPONSE_ID, "Response");
        Label usage = label(USAGE_ID, Styles.REPLAY_USAGE);
        SplitPane sides = new SplitPane(request, response);
        VBox.setVgrow(sides, Priority.ALWAYS);
        frame.subscribe(f -> {
            ReceiptCard r = f.receipt();
            title.setText(r.title());
            setIfChanged(request, r.request());
            setIfChanged(response, r.response());
            usage.setText(r.usage());
        });
        setSpacing(4);
        getChildren().addAll(title, sides, usage);
    }

    /** Sets the text only when it differs: stepping through a model call's events keeps its long texts laid out once. */
    static void setIfChanged(TextArea area, String text) {
        if (!area.getText().equals(text)) area.setText(text);
    }

    static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    static TextArea area(String id, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPromptText(prompt);
        a.getStyleClass().add(Styles.REPLAY_CODE);
        return a;
    }
}
