package dev.runlens.app.replay;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.PrettyJson;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.Usage;
import dev.runlens.replay.receipt.Message;
import dev.runlens.replay.receipt.Pairing;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.ReceiptTimeline;
import dev.runlens.replay.receipt.ToolUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Turns a {@link Receipt} into the texts of a {@link ReceiptCard}; every bundle string goes through {@link PlainText}. */
final class ReceiptCards {
    static final String UNPRICED = "unpriced";

    private ReceiptCards() {}

    static ReceiptCard at(ReceiptTimeline timeline, int position) {
        return timeline.at(position).map(r -> of(r, timeline, position)).orElse(ReceiptCard.NONE);
    }

    static ReceiptCard of(Receipt r, ReceiptTimeline timeline, int position) {
        int ordinal = timeline.ordinal(r);
        return new ReceiptCard(ordinal, title(r, ordinal, timeline.size(), position), request(r), response(r), usage(r));
    }

    private static String title(Receipt r, int ordinal, int count, int position) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "Model call %,d of %,d", ordinal + 1, count));
        r.stepId().ifPresent(s -> parts.add("step " + PlainText.of(s)));
        parts.add(switch (r.pairing()) {
            case CORRELATION_ID -> "paired by correlation id";
            case STEP_ORDER -> "paired by step order (no correlation id)";
            case UNANSWERED -> "no response in the trace";
            case ORPHAN_RESPONSE -> "no matching request";
        });
        r.response().filter(m -> m.index() >= position).ifPresent(m ->
                parts.add(String.format(Locale.ROOT, "response arrives at event %,d, after the cursor", m.index() + 1)));
        return String.join(" · ", parts);
    }

    static String request(Receipt r) {
        if (r.pairing() == Pairing.ORPHAN_RESPONSE) return "(no request in the trace)";
        StringBuilder sb = new StringBuilder();
        for (Message m : r.requestMessages()) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append("── ").append(PlainText.of(m.role())).append(" ──\n").append(PlainText.block(m.text()));
        }
        return sb.toString();
    }

    static String response(Receipt r) {
        StringBuilder sb = new StringBuilder();
        if (r.response().isEmpty() && r.chunks().isEmpty()) sb.append("(no response in the trace)");
        else sb.append(PlainText.block(r.response().isPresent() ? r.responseText() : r.streamedText()));
        for (ToolUse t : r.toolCalls()) {
            sb.append("\n\n── tool call ").append(PlainText.of(t.name()));
            t.callId().ifPresent(id -> sb.append(" (").append(PlainText.of(id)).append(')'));
            sb.append(" ──");
            t.args().ifPresent(a -> sb.append("\narguments:\n").append(pretty(a)));
            t.result().ifPresent(a -> sb.append("\nresult:\n").append(pretty(a)));
            if (t.event().isEmpty()) sb.append("\n(requested by the model; no tool_call event recorded)");
        }
        return sb.toString();
    }

    static String usage(Receipt r) {
        List<String> parts = new ArrayList<>();
        parts.add(PlainText.of(r.provider().orElse("unknown provider")) + " / " + PlainText.of(r.model().orElse("unknown model")));
        if (r.response().isEmpty()) {
            parts.add("no response: no tokens, cost or duration");
            return String.join(" · ", parts);
        }
        parts.add(r.usage().map(ReceiptCards::tokens).orElse("tokens not reported"));
        parts.add("cost " + r.cost().map(ReceiptCards::cost).orElse(UNPRICED));
        parts.add(duration(r.durationMs()));
        return String.join(" · ", parts);
    }

    private static String tokens(Usage u) {
        return "tokens in " + count(u.inputTokens()) + " / out " + count(u.outputTokens()) + " / cached "
                + count(u.cachedInputTokens()) + " / reasoning " + count(u.reasoningTokens());
    }

    private static String count(OptionalLong n) {
        return n.isPresent() ? String.format(Locale.ROOT, "%,d", n.getAsLong()) : "–";
    }

    /** The amount as JavaScript prints it and the currency as written (trimmed). */
    static String cost(Cost c) {
        return JsNumber.format(c.amount()) + " " + PlainText.of(c.currency().strip());
    }

    private static String duration(OptionalDouble ms) {
        if (ms.isEmpty()) return "duration not reported";
        double d = ms.getAsDouble();
        boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15;
        return (whole ? String.format(Locale.ROOT, "%,d", (long) d) : JsNumber.format(d)) + " ms";
    }

    static String pretty(JsonValue v) {
        return PlainText.block(PrettyJson.of(v));
    }
}
