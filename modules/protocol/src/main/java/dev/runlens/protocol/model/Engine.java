package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The engine snapshot ({@code engine}) used for faithful rehydration. The wire form's
 * {@code [key, value]} tuples become records; a tuple that is not a two-element array is skipped
 * (lenient models only).
 */
public record Engine(long revision, List<StepState> stepStatus, List<GateState> gateState,
                     List<Idempotency> idempotency, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("revision", "stepStatus", "gateState", "idempotency");

    public Engine {
        stepStatus = Copy.list(stepStatus);
        gateState = Copy.list(gateState);
        idempotency = Copy.list(idempotency);
        extras = Copy.map(extras);
    }

    /** {@code stepStatus[i]}: a step's runtime status. */
    public record StepState(String stepId, StepRuntimeStatus status) {}

    /** {@code gateState[i]}: a step's gates; {@code checkpoints} by checkpoint id ({@code {}} when absent). */
    public record GateState(String stepId, GateStatus before, GateStatus after, Map<String, GateStatus> checkpoints,
                            Map<String, JsonValue> extras) {
        static final Set<String> KEYS = Set.of("before", "after", "checkpoints");

        public GateState {
            checkpoints = Copy.map(checkpoints);
            extras = Copy.map(extras);
        }
    }

    /** {@code idempotency[i]}: an idempotency key and the artifact version it produced. */
    public record Idempotency(String key, ArtifactRef target) {}

    static Engine read(Node n) {
        return new Engine(n.lng("revision"),
                tuples(n.field("stepStatus"), (id, v) -> new StepState(id, status(v.value()))),
                tuples(n.field("gateState"), Engine::gateState),
                tuples(n.field("idempotency"), (id, v) -> new Idempotency(id, ArtifactRef.read(v))),
                n.extras(KEYS));
    }

    private static GateState gateState(String stepId, Node v) {
        Map<String, GateStatus> checkpoints = new LinkedHashMap<>();
        v.members("checkpoints").forEach((k, s) -> checkpoints.put(k, gate(s)));
        return new GateState(stepId, v.enumOr("before", GateStatus.class, GateStatus.UNKNOWN),
                v.enumOr("after", GateStatus.class, GateStatus.UNKNOWN), checkpoints, v.extras(GateState.KEYS));
    }

    private static <T> List<T> tuples(Node array, BiFunction<String, Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node t : array.items()) {
            List<Node> pair = t.items();
            if (pair.size() != 2) continue;
            String key = pair.get(0).value() instanceof JsonValue.Str s ? s.value() : "";
            out.add(reader.apply(key, pair.get(1)));
        }
        return out;
    }

    private static StepRuntimeStatus status(JsonValue v) {
        String s = v instanceof JsonValue.Str str ? str.value() : null;
        return WireEnum.parse(StepRuntimeStatus.class, s).orElse(StepRuntimeStatus.UNKNOWN);
    }

    private static GateStatus gate(JsonValue v) {
        String s = v instanceof JsonValue.Str str ? str.value() : null;
        return WireEnum.parse(GateStatus.class, s).orElse(GateStatus.UNKNOWN);
    }
}
