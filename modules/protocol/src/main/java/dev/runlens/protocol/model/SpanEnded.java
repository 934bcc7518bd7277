package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code span_ended}: a span closed; {@code durationMs} as measured by the producer,
 * {@code attributes} empty when absent.
 */
public record SpanEnded(EventHeader header, String spanId, Optional<SpanStatus> status, OptionalDouble durationMs,
                        Map<String, JsonValue> attributes, Optional<StepError> error) implements TraceEvent {
    public static final String TYPE = "span_ended";
    static final Set<String> KEYS = EventHeader.keys("spanId", "status", "durationMs", "attributes", "error");

    public SpanEnded {
        attributes = Copy.map(attributes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    static SpanEnded read(int index, Node n) {
        return new SpanEnded(EventHeader.read(index, n, KEYS),
                n.str("spanId"), n.needIfPresent("status", SpanStatus.class), n.optDouble("durationMs"),
                n.members("attributes"), n.object("error").map(StepError::read));
    }
}
