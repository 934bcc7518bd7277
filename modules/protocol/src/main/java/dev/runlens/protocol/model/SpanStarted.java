package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code span_started}: a span opened (OpenTelemetry GenAI style); {@code attributes} empty when absent. */
public record SpanStarted(EventHeader header, String spanId, Optional<String> parentSpanId, String name,
                          Optional<SpanKind> kind, Map<String, JsonValue> attributes) implements TraceEvent {
    public static final String TYPE = "span_started";
    static final Set<String> KEYS = EventHeader.keys("spanId", "parentSpanId", "name", "kind", "attributes");

    public SpanStarted {
        attributes = Copy.map(attributes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    static SpanStarted read(int index, Node n) {
        return new SpanStarted(EventHeader.read(index, n, KEYS),
                n.str("spanId"), n.optStr("parentSpanId"), n.str("name"), n.needIfPresent("kind", SpanKind.class),
                n.members("attributes"));
    }
}
