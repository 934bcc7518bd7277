package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ToolCall;

import java.util.Optional;

/**
 * A tool call: requested by the model in a response payload (with the provider's call id), or
 * recorded as a {@code tool_call} trace event ({@code event} present), or both.
 */
public record ToolUse(Optional<String> callId, String name, Optional<JsonValue> args, Optional<JsonValue> result,
                      Optional<ToolCall> event) {

    static ToolUse of(ToolCall e) {
        return new ToolUse(Optional.empty(), e.name(), e.args(), e.result(), Optional.of(e));
    }

    ToolUse recordedBy(ToolCall e) {
        return new ToolUse(callId, name, args.or(e::args), result.or(e::result), Optional.of(e));
    }

    ToolUse withResult(JsonValue r) {
        return new ToolUse(callId, name, args, Optional.of(r), event);
    }
}
