package dev.runlens.app.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * A table cell's text with the whole of it in a wrapping tooltip, for columns too narrow to show
 * it. One per cell; the tooltip is reused as the cell is recycled.
 */
public final class WholeText {
    private final Tooltip whole = new Tooltip();

    public WholeText() {
        whole.setWrapText(true);
        whole.setMaxWidth(640);
    }

    /** Shows {@code text} (already plain text) in {@code cell}; false when there is nothing to show. */
    public boolean show(Labeled cell, String text) {
        boolean blank = text == null || text.isEmpty();
        cell.setText(blank ? null : text);
        whole.setText(blank ? "" : text);
        cell.setTooltip(blank ? null : whole);
        return !blank;
    }
}
