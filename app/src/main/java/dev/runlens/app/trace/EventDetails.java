package dev.runlens.app.trace;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.TraceEvent;

/**
 * The selected event for the details pane: a title, the event's JSON as the bundle holds it
 * (for the tree; null when nothing is selected) and that JSON pretty-printed as plain text.
 */
public record EventDetails(int index, String title, JsonValue json, String rawJson) {
    public static final EventDetails NONE = new EventDetails(-1, "No event selected", null, "");

    /** {@code raw} is {@code trace[index]} of the file as parsed (null when unavailable). */
    static EventDetails of(int index, TraceEvent event, JsonValue raw) {
        String title = PlainText.of("#" + index + "  " + event.type() + "  " + event.id());
        String text = raw == null ? "" : PlainText.block(JsonText.pretty(raw, PlainText.MAX_BLOCK_CHARS));
        return new EventDetails(index, title, raw, text);
    }
}
