package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields every trace event has ({@code BaseTrace}), its trace position, and its extras. */
public record EventHeader(int index, String id, String runId, String ts, Optional<String> stepId,
                          Optional<String> correlationId, Map<String, JsonValue> extras) {
    static final Set<String> BASE_KEYS = Set.of("id", "runId", "ts", "stepId", "correlationId", "type");

    public EventHeader {
        extras = Copy.map(extras);
    }

    /** The keys an event schema knows: the base ones plus {@code own}. */
    static Set<String> keys(String... own) {
        Set<String> all = new HashSet<>(BASE_KEYS);
        all.addAll(List.of(own));
        return Set.copyOf(all);
    }

    static EventHeader read(int index, Node n, Set<String> known) {
        return new EventHeader(index, n.str("id"), n.str("runId"), n.str("ts"), n.optStr("stepId"),
                n.optStr("correlationId"), n.extras(known));
    }
}
