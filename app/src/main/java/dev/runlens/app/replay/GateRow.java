package dev.runlens.app.replay;

import dev.runlens.app.ui.PlainText;
import dev.runlens.replay.GateState;
import dev.runlens.protocol.model.HumanGateRequested;

/**
 * One gate episode at the cursor, as the gate table shows it; every text is plain. {@code requestEventId}
 * (empty for a resolution never requested) is a key, not shown: signed decisions name it.
 */
public record GateRow(String step, String gate, String requestedAt, String state, String decision, String note,
                      boolean pending, String requestEventId) {
    static final String PENDING = "pending";
    static final String RESOLVED = "resolved";
    static final String UNREQUESTED = "resolved, never requested";

    static GateRow of(GateState g) {
        String requested = g.request().map(HumanGateRequested::ts).map(PlainText::of).orElse("—");
        String state = g.pending() ? PENDING : g.request().isPresent() ? RESOLVED : UNREQUESTED;
        String decision = g.resolution().map(r -> r.decision().wire()).orElse("");
        String note = g.resolution().map(r -> r.checkpointId().map(id -> "checkpoint " + id)
                .or(r::note).orElse("")).orElseGet(() -> g.request().flatMap(HumanGateRequested::reason)
                .map(reason -> "asked: " + reason).orElse(""));
        return new GateRow(PlainText.of(g.stepId()), g.gate().wire(), requested, state, decision, PlainText.of(note),
                g.pending(), g.request().map(HumanGateRequested::id).orElse(""));
    }
}
