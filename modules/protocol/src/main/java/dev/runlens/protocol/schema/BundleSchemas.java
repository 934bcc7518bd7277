package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;

import static dev.runlens.protocol.schema.Schemas.array;
import static dev.runlens.protocol.schema.Schemas.bool;
import static dev.runlens.protocol.schema.Schemas.discriminatedUnion;
import static dev.runlens.protocol.schema.Schemas.enumOf;
import static dev.runlens.protocol.schema.Schemas.jsonValue;
import static dev.runlens.protocol.schema.Schemas.literal;
import static dev.runlens.protocol.schema.Schemas.number;
import static dev.runlens.protocol.schema.Schemas.object;
import static dev.runlens.protocol.schema.Schemas.optional;
import static dev.runlens.protocol.schema.Schemas.record;
import static dev.runlens.protocol.schema.Schemas.string;
import static dev.runlens.protocol.schema.Schemas.tuple;
import static dev.runlens.protocol.schema.Schemas.unknown;
import static dev.runlens.protocol.schema.Schemas.withDefault;

/**
 * Protocol 1.0.0 as the reference runtime 0.3.3 defines it in {@code dist/protocol/*.js}: one
 * constant per zod schema, in the same order and with the same rules, so the two can be read side
 * by side. Protocol facts (field names, rules, defaults) are the runtime's; the code is ours.
 */
public final class BundleSchemas {
    private BundleSchemas() {}

    public static final String PROTOCOL_VERSION = "1.0.0";

    // workflow.js
    static final Schema STEP_GATE_POLICY = enumOf("AUTO", "PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT");
    static final Schema WORKFLOW_EDGE = object()
            .field("id", string().min(1)).field("from", string().min(1)).field("to", string().min(1));
    static final Schema WORKFLOW_STEP = object()
            .field("id", string().min(1))
            .optional("title", string())
            .optional("description", string())
            .field("gatePolicy", withDefault(STEP_GATE_POLICY, new JsonValue.Str("AUTO")))
            .field("inputs", withDefault(array(string()), emptyArray()))
            .field("outputs", withDefault(array(string()), emptyArray()));
    static final Schema WORKFLOW_SPEC = object()
            .field("id", string().min(1))
            .field("version", number().integer().nonnegative())
            .optional("title", string())
            .field("steps", array(WORKFLOW_STEP).min(1))
            .field("edges", withDefault(array(WORKFLOW_EDGE), emptyArray()));

    // rules.js
    static final Schema RULE_RECORD = object()
            .field("id", string().min(1))
            .field("priority", number().integer())
            .field("enabled", bool())
            .optional("label", string())
            .field("payload", unknown());
    public static final Schema RULE_SET = object()
            .field("id", string().min(1))
            .field("ruleSchemaId", string().min(1))
            .field("rules", array(RULE_RECORD));

    // artifacts.js
    static final Schema ARTIFACT_POINTER = object()
            .field("kind", enumOf("inline", "external"))
            .optional("ref", string())
            .optional("payloadHash", string().regex("/^[0-9a-f]{64}$/"))
            .optional("sha256", string())
            .optional("byteLength", number().integer().nonnegative())
            .superRefine((p, path, ctx) -> {
                String payloadHash = str(p.get("payloadHash"));
                String sha256 = str(p.get("sha256"));
                if (truthy(payloadHash) && truthy(sha256) && !payloadHash.equals(sha256)) {
                    ctx.issue(path.key("payloadHash"), "ArtifactPointer.payloadHash and sha256 must be equal when both are set");
                }
                if ("external".equals(str(p.get("kind"))) && !truthy(str(p.get("ref")))) {
                    ctx.issue(path.key("ref"), "ArtifactPointer.ref is required when kind === \"external\"");
                }
            });
    public static final Schema ARTIFACT_VERSION = object()
            .field("artifactKey", string().min(1))
            .field("typeId", string().min(1))
            .field("version", number().integer().positive())
            .field("createdAt", string().datetime())
            .optional("pointer", ARTIFACT_POINTER)
            .optional("data", unknown());

    // trace.js
    static final Schema JSON_PATCH_OP = discriminatedUnion("op", List.of(
            object().field("op", literal("add")).field("path", string()).field("value", unknown()).strict(),
            object().field("op", literal("remove")).field("path", string()).strict(),
            object().field("op", literal("replace")).field("path", string()).field("value", unknown()).strict(),
            object().field("op", literal("move")).field("path", string()).field("from", string()).strict(),
            object().field("op", literal("copy")).field("path", string()).field("from", string()).strict(),
            object().field("op", literal("test")).field("path", string()).field("value", unknown()).strict()));

    static final Schemas.ObjectSchema BASE_TRACE = object()
            .field("id", string().min(1))
            .field("runId", string().min(1))
            .field("ts", string().datetime())
            .optional("stepId", string())
            .optional("correlationId", string());

    static final Schema MODEL_USAGE = object()
            .optional("inputTokens", number().integer().nonnegative())
            .optional("outputTokens", number().integer().nonnegative())
            .optional("totalTokens", number().integer().nonnegative())
            .optional("cachedInputTokens", number().integer().nonnegative())
            .optional("reasoningTokens", number().integer().nonnegative())
            .strict();
    static final Schema MODEL_COST = object()
            .field("amount", number().nonnegative())
            .field("currency", string().min(1))
            .strict();
    static final Schema STEP_ERROR = object().field("message", string()).optional("code", string());
    static final Schema GATE = enumOf("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT");
    static final Schema RUN_STATUS = enumOf("running", "completed", "failed", "cancelled");

    private static Schemas.ObjectSchema event(String type) {
        return BASE_TRACE.extend().field("type", literal(type));
    }

    public static final List<String> EVENT_TYPES = List.of("step_started", "step_completed", "artifact_written",
            "artifact_patch", "model_io", "tool_call", "human_gate_requested", "human_gate_resolved", "rule_changed",
            "policy_changed", "error", "run_forked", "annotation", "run_status_changed", "span_started", "span_ended");

    public static final Schema TRACE_EVENT = discriminatedUnion("type", List.of(
            event("step_started").field("stepId", string().min(1)),
            event("step_completed").field("stepId", string().min(1)).field("ok", bool()).optional("error", STEP_ERROR),
            event("artifact_written").field("artifact", ARTIFACT_VERSION).optional("idempotencyKey", string()),
            event("artifact_patch")
                    .field("artifactKey", string().min(1))
                    .field("fromVersion", number().integer().positive())
                    .field("toVersion", number().integer().positive())
                    .field("patch", array(JSON_PATCH_OP))
                    .optional("idempotencyKey", string()),
            event("model_io")
                    .field("direction", enumOf("request", "response", "stream_chunk"))
                    .optional("provider", string().min(1))
                    .optional("model", string().min(1))
                    .optional("usage", MODEL_USAGE)
                    .optional("cost", MODEL_COST)
                    .optional("durationMs", number().nonnegative())
                    .optional("summary", string())
                    .optional("payload", unknown()),
            event("tool_call").field("name", string()).optional("args", unknown()).optional("result", unknown()),
            event("human_gate_requested").field("stepId", string().min(1)).field("gate", GATE).optional("reason", string()),
            event("human_gate_resolved")
                    .field("stepId", string().min(1))
                    .field("gate", GATE)
                    .field("decision", enumOf("approved", "rejected", "edited"))
                    .optional("note", string()),
            event("rule_changed").field("ruleSetId", string().min(1)).field("snapshot", RULE_SET),
            event("policy_changed").field("stepId", string().min(1)).field("policy", STEP_GATE_POLICY),
            event("error").field("message", string()).optional("code", string()).optional("fatal", bool()),
            event("run_forked")
                    .field("parentRunId", string().min(1))
                    .optional("parentRunIds", array(string().min(1)).min(1))
                    .optional("forkedFromStepId", string()),
            event("annotation").field("text", string()).optional("tags", array(string())),
            event("run_status_changed").field("status", RUN_STATUS).optional("reason", string()),
            event("span_started")
                    .field("spanId", string().min(1))
                    .optional("parentSpanId", string().min(1))
                    .field("name", string().min(1))
                    .optional("kind", enumOf("internal", "client", "server", "producer", "consumer"))
                    .optional("attributes", record(unknown())),
            event("span_ended")
                    .field("spanId", string().min(1))
                    .optional("status", enumOf("ok", "error"))
                    .optional("durationMs", number().nonnegative())
                    .optional("attributes", record(unknown()))
                    .optional("error", STEP_ERROR)));

    // engine.js
    static final Schema GATE_STATUS = enumOf("approved", "pending");
    static final Schema STEP_GATE_STATE = object()
            .field("before", GATE_STATUS)
            .field("after", GATE_STATUS)
            .optional("checkpoints", record(GATE_STATUS))
            .transform(v -> {
                if (v.has("checkpoints")) return v;
                LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(v.members());
                m.put("checkpoints", new JsonValue.Obj(new LinkedHashMap<>()));
                return new JsonValue.Obj(m);
            });
    public static final Schema ENGINE = object()
            .field("revision", number().integer().nonnegative())
            .field("stepStatus", array(tuple(string(), enumOf("pending", "running", "completed", "failed"))))
            .field("gateState", array(tuple(string(), STEP_GATE_STATE)))
            .field("idempotency", array(tuple(string(),
                    object().field("artifactKey", string()).field("version", number().integer().positive()))));

    // run.js
    static final Schema RUN_CONTEXT_REF = object()
            .optional("parentRunId", string().min(1))
            .optional("parentRunIds", array(string().min(1)).min(1))
            .optional("forkedFromStepId", string())
            .optional("pinnedArtifacts", array(object()
                    .field("artifactKey", string())
                    .field("version", number().integer().positive())))
            .superRefine((c, path, ctx) -> {
                boolean hasSingular = c.get("parentRunId") instanceof JsonValue.Str;
                boolean hasPlural = c.get("parentRunIds") instanceof JsonValue.Arr a && a.size() > 0;
                if (!hasSingular && !hasPlural) {
                    ctx.issue(path.key("parentRunId"), "RunContextRef requires parentRunId or non-empty parentRunIds");
                    return;
                }
                if (hasSingular && hasPlural
                        && !((JsonValue.Arr) c.get("parentRunIds")).get(0).equals(c.get("parentRunId"))) {
                    ctx.issue(path.key("parentRunIds").index(0),
                            "RunContextRef.parentRunIds[0] must equal parentRunId when both are set");
                }
            });
    static final Schema RUN_SUBJECT_REF = object()
            .optional("userId", string().min(1))
            .optional("tenantId", string().min(1))
            .optional("accountId", string().min(1))
            .optional("planId", string().min(1))
            .strict();
    public static final Schema RUN_INSTANCE = object()
            .field("id", string().min(1))
            .field("workflowId", string().min(1))
            .field("workflowVersion", number().integer().nonnegative())
            .field("workflowSnapshot", WORKFLOW_SPEC)
            .field("startedAt", string().datetime())
            .optional("endedAt", string().datetime())
            .field("status", RUN_STATUS)
            .optional("context", RUN_CONTEXT_REF)
            .optional("subject", RUN_SUBJECT_REF)
            .optional("metadata", record(jsonValue()))
            .optional("tags", array(string()))
            .optional("annotations", array(object().field("at", string().datetime()).field("text", string())));

    public static final Schema INTEGRITY = object().field("sha256", string().min(1));

    /** {@code RunBundleSchema}: member name to schema, in the runtime's order. */
    public static final Schemas.ObjectSchema RUN_BUNDLE = object()
            .field("protocolVersion", literal(PROTOCOL_VERSION))
            .field("run", RUN_INSTANCE)
            .field("trace", array(TRACE_EVENT))
            .field("artifacts", array(ARTIFACT_VERSION))
            .field("ruleSets", array(RULE_SET))
            .optional("engine", ENGINE)
            .optional("integrity", INTEGRITY);

    private static JsonValue emptyArray() {
        return new JsonValue.Arr(List.of());
    }

    private static String str(JsonValue v) {
        return v instanceof JsonValue.Str s ? s.value() : null;
    }

    /** JavaScript truthiness of an optional string. */
    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }
}
