package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run instance ({@code run}). Timestamps are kept as written (they are hashed that way);
 * {@code metadata} is the host's JSON, an empty object when absent.
 */
public record Run(String id, String workflowId, long workflowVersion, WorkflowSnapshot workflowSnapshot,
                  String startedAt, Optional<String> endedAt, RunStatus status, Optional<RunContext> context,
                  Optional<Subject> subject, JsonValue metadata, List<String> tags, List<Annotation> annotations,
                  Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "workflowId", "workflowVersion", "workflowSnapshot", "startedAt",
            "endedAt", "status", "context", "subject", "metadata", "tags", "annotations");

    public Run {
        tags = Copy.list(tags);
        annotations = Copy.list(annotations);
        extras = Copy.map(extras);
    }

    static Run read(Node n) {
        return new Run(n.str("id"), n.str("workflowId"), n.lng("workflowVersion"),
                WorkflowSnapshot.read(n.field("workflowSnapshot")), n.str("startedAt"), n.optStr("endedAt"),
                n.enumOr("status", RunStatus.class, RunStatus.UNKNOWN),
                n.object("context").map(RunContext::read), n.object("subject").map(Subject::read),
                n.json("metadata").orElseGet(() -> new JsonValue.Obj(new LinkedHashMap<>())),
                n.strings("tags"), n.objects("annotations", Annotation::read), n.extras(KEYS));
    }
}
