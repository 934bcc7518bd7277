package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** {@code model_io}: a model request, response or stream chunk, with usage and cost as the host reported them. */
public record ModelIo(EventHeader header, ModelDirection direction, Optional<String> provider, Optional<String> model,
                      Optional<Usage> usage, Optional<Cost> cost, OptionalDouble durationMs, Optional<String> summary,
                      Optional<JsonValue> payload) implements TraceEvent {
    public static final String TYPE = "model_io";
    static final Set<String> KEYS = EventHeader.keys("direction", "provider", "model", "usage", "cost", "durationMs",
            "summary", "payload");

    @Override
    public String type() {
        return TYPE;
    }

    static ModelIo read(int index, Node n) {
        return new ModelIo(EventHeader.read(index, n, KEYS),
                n.need("direction", ModelDirection.class), n.optStr("provider"), n.optStr("model"),
                n.object("usage").map(Usage::read), n.object("cost").map(Cost::read), n.optDouble("durationMs"),
                n.optStr("summary"), n.json("payload"));
    }
}
