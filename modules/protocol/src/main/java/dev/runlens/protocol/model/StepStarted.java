package dev.runlens.protocol.model;

import java.util.Set;

/** {@code step_started}: a step began. */
public record StepStarted(EventHeader header) implements TraceEvent {
    public static final String TYPE = "step_started";
    static final Set<String> KEYS = EventHeader.keys();

    @Override
    public String type() {
        return TYPE;
    }

    static StepStarted read(int index, Node n) {
        return new StepStarted(EventHeader.read(index, n, KEYS));
    }
}
