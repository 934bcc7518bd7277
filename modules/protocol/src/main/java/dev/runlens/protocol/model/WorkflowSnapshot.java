package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The workflow as it was when the run started ({@code run.workflowSnapshot}). */
public record WorkflowSnapshot(String id, long version, Optional<String> title, List<WorkflowStep> steps,
                               List<WorkflowEdge> edges, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "version", "title", "steps", "edges");

    public WorkflowSnapshot {
        steps = Copy.list(steps);
        edges = Copy.list(edges);
        extras = Copy.map(extras);
    }

    static WorkflowSnapshot read(Node n) {
        return new WorkflowSnapshot(n.str("id"), n.lng("version"), n.optStr("title"),
                n.objects("steps", WorkflowStep::read), n.objects("edges", WorkflowEdge::read), n.extras(KEYS));
    }

    /** The step with this id. */
    public Optional<WorkflowStep> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
