package dev.runlens.app.library;

import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;

/** The other copies of the selected run and, for each, where it differs: shown only when there are copies. */
final class CopiesPanel extends TitledPane {
    static final String ID = "library-copies";
    static final String TEXT_ID = "library-copies-text";

    CopiesPanel(LibraryViewModel model) {
        setId(ID);
        getStyleClass().add(Styles.LIBRARY_COPIES);
        TextArea text = new TextArea();
        text.setId(TEXT_ID);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(8);
        text.getStyleClass().add(Styles.HASH);
        setContent(text);
        model.copies().addListener((ListChangeListener<CopyEntry>) c -> show(model, text));
        show(model, text);
    }

    private void show(LibraryViewModel model, TextArea text) {
        int n = model.copies().size();
        setText(n == 1 ? "Another copy of this run" : n + " other copies of this run");
        StringBuilder sb = new StringBuilder();
        for (CopyEntry e : model.copies()) {
            sb.append(e.source()).append('\n').append("  ").append(e.summary()).append('\n');
            e.differences().forEach(d -> sb.append("  ").append(d).append('\n'));
        }
        text.setText(PlainText.block(sb.toString()));
        setVisible(n > 0);
        setManaged(n > 0);
    }
}
