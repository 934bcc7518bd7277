package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/** {@code step_completed}: a step finished: {@code ok}, and on failure usually an {@code error}. */
public record StepCompleted(EventHeader header, boolean ok, Optional<StepError> error) implements TraceEvent {
    public static final String TYPE = "step_completed";
    static final Set<String> KEYS = EventHeader.keys("ok", "error");

    @Override
    public String type() {
        return TYPE;
    }

    static StepCompleted read(int index, Node n) {
        return new StepCompleted(EventHeader.read(index, n, KEYS),
                n.bool("ok"), n.object("error").map(StepError::read));
    }
}
