package dev.runlens.app.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The clipboard behind an interface, so view models stay unit-testable ({@code STYLE.md} #7). */
@FunctionalInterface
public interface TextClipboard {

    /** Puts {@code text} on the clipboard as plain text. */
    void copy(String text);

    /** The system clipboard (call on the FX thread). */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
