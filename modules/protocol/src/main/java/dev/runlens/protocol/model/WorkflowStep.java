package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A step of the workflow snapshot. {@code inputs} / {@code outputs} are the artifact keys the step
 * reads and is expected to write (informational).
 */
public record WorkflowStep(String id, Optional<String> title, Optional<String> description, GatePolicy gatePolicy,
                           List<String> inputs, List<String> outputs, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "title", "description", "gatePolicy", "inputs", "outputs");

    public WorkflowStep {
        inputs = Copy.list(inputs);
        outputs = Copy.list(outputs);
        extras = Copy.map(extras);
    }

    static WorkflowStep read(Node n) {
        GatePolicy policy = n.has("gatePolicy")
                ? n.enumOr("gatePolicy", GatePolicy.class, GatePolicy.UNKNOWN)
                : GatePolicy.AUTO; // the schema's default
        return new WorkflowStep(n.str("id"), n.optStr("title"), n.optStr("description"), policy,
                n.strings("inputs"), n.strings("outputs"), n.extras(KEYS));
    }
}
