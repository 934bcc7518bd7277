package dev.runlens.app.trace;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.replay.filter.EventFamily;
import dev.runlens.replay.filter.TraceFacts;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One row of the trace table: an event's cells as plain text, made when the table first asks
 * for the row. {@code index} is the 0-based trace position (as in {@code trace[i]} paths).
 */
public record TraceRow(int index, String time, String timestamp, String type, String step, String summary,
                       String model, String tokens, String cost, String duration, EventFamily family, boolean failure) {
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\r\\n\\t]\\s*");

    static TraceRow of(TraceFacts facts, int index) {
        var e = facts.event(index);
        return new TraceRow(index,
                offset(facts.offsetMillis(index)),
                PlainText.of(e.ts()),
                PlainText.of(e.type()),
                PlainText.of(e.stepId().orElse("")),
                PlainText.of(BREAKS.matcher(Summaries.of(facts, index)).replaceAll(" ")),
                PlainText.of(facts.model(index).orElse("")),
                count(facts.tokens(index)),
                cost(facts, index),
                millis(facts.durationMs(index)),
                facts.family(index),
                facts.failure(index));
    }

    /** {@code +1.234 s} from the first event; empty when a timestamp does not parse. */
    static String offset(OptionalDouble ms) {
        if (ms.isEmpty()) return "";
        double s = ms.getAsDouble() / 1000;
        return String.format(Locale.ROOT, "%s%.3f s", s < 0 ? "" : "+", s);
    }

    static String millis(OptionalDouble ms) {
        if (ms.isEmpty()) return "";
        double d = ms.getAsDouble();
        if (Math.abs(d) < 1000) return String.format(Locale.ROOT, "%.0f ms", d);
        return String.format(Locale.ROOT, "%.2f s", d / 1000);
    }

    private static String count(OptionalLong n) {
        return n.isPresent() ? String.format(Locale.ROOT, "%,d", n.getAsLong()) : "";
    }

    private static String cost(TraceFacts facts, int index) {
        OptionalDouble amount = facts.cost(index);
        if (amount.isEmpty()) return "";
        return PlainText.of(JsNumber.format(amount.getAsDouble()) + facts.currency(index).map(c -> " " + c).orElse(""));
    }
}
