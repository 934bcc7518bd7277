package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/** {@code run_status_changed}: the run's status changed. */
public record RunStatusChanged(EventHeader header, RunStatus status, Optional<String> reason) implements TraceEvent {
    public static final String TYPE = "run_status_changed";
    static final Set<String> KEYS = EventHeader.keys("status", "reason");

    @Override
    public String type() {
        return TYPE;
    }

    static RunStatusChanged read(int index, Node n) {
        return new RunStatusChanged(EventHeader.read(index, n, KEYS),
                n.need("status", RunStatus.class), n.optStr("reason"));
    }
}
