package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Optional;
import java.util.Set;

/** {@code tool_call}: a tool was called; {@code args} and {@code result} as recorded. */
public record ToolCall(EventHeader header, String name, Optional<JsonValue> args,
                       Optional<JsonValue> result) implements TraceEvent {
    public static final String TYPE = "tool_call";
    static final Set<String> KEYS = EventHeader.keys("name", "args", "result");

    @Override
    public String type() {
        return TYPE;
    }

    static ToolCall read(int index, Node n) {
        return new ToolCall(EventHeader.read(index, n, KEYS), n.str("name"), n.json("args"), n.json("result"));
    }
}
