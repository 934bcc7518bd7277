package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Set;

/** A dependency between two steps: {@code from} runs before {@code to}. */
public record WorkflowEdge(String id, String from, String to, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "from", "to");

    public WorkflowEdge {
        extras = Copy.map(extras);
    }

    static WorkflowEdge read(Node n) {
        return new WorkflowEdge(n.str("id"), n.str("from"), n.str("to"), n.extras(KEYS));
    }
}
