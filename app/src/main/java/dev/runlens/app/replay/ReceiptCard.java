package dev.runlens.app.replay;

/**
 * The model call at the cursor as the receipt panes show it: a title (which receipt, step,
 * pairing, whether its response is after the cursor), the request (messages by role), the
 * response (text and tool calls with pretty JSON) and one line of provider/model, tokens, cost and
 * duration. {@code ordinal} is the receipt's 0-based place on the timeline (-1: none). All texts
 * are plain.
 */
public record ReceiptCard(int ordinal, String title, String request, String response, String usage) {
    static final ReceiptCard NONE = new ReceiptCard(-1, "No model call at or before this point.", "", "", "");

    public boolean present() {
        return ordinal >= 0;
    }
}
