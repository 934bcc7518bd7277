package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tool calls a model asked for in its response payload: OpenAI {@code tool_calls} /
 * {@code function_call} (arguments, a JSON string, are parsed when they parse), Anthropic
 * {@code tool_use} blocks, Gemini {@code functionCall} parts, AI SDK {@code toolCalls} (with
 * {@code toolResults} matched by {@code toolCallId}).
 */
final class RequestedTools {
    private RequestedTools() {}

    static List<ToolUse> of(JsonValue p) {
        List<ToolUse> out = new ArrayList<>();
        for (JsonValue c : Js.arr(p, "choices")) {
            JsonValue m = Js.get(c, "message").or(() -> Js.get(c, "delta")).orElse(JsonValue.Null.INSTANCE);
            for (JsonValue call : Js.arr(m, "tool_calls")) {
                JsonValue fn = Js.get(call, "function").orElse(JsonValue.Null.INSTANCE);
                add(out, Js.str(call, "id"), Js.str(fn, "name"), Js.get(fn, "arguments").map(RequestedTools::parsed));
            }
            Js.get(m, "function_call").ifPresent(fn ->
                    add(out, Optional.empty(), Js.str(fn, "name"), Js.get(fn, "arguments").map(RequestedTools::parsed)));
        }
        for (JsonValue block : Js.arr(p, "content")) {
            if ("tool_use".equals(Js.str(block, "type").orElse(""))) {
                add(out, Js.str(block, "id"), Js.str(block, "name"), Js.get(block, "input"));
            }
        }
        for (JsonValue c : Js.arr(p, "candidates")) {
            for (JsonValue part : Js.get(c, "content").map(x -> Js.arr(x, "parts")).orElse(List.of())) {
                Js.get(part, "functionCall").ifPresent(fc ->
                        add(out, Js.str(fc, "id"), Js.str(fc, "name"), Js.get(fc, "args")));
            }
        }
        aiSdk(p, out);
        return out;
    }

    private static void aiSdk(JsonValue p, List<ToolUse> out) {
        for (JsonValue call : Js.arr(p, "toolCalls")) {
            Optional<String> id = Js.str(call, "toolCallId");
            Optional<JsonValue> result = Optional.empty();
            for (JsonValue r : Js.arr(p, "toolResults")) {
                if (id.isPresent() && id.equals(Js.str(r, "toolCallId"))) {
                    result = Js.get(r, "output").or(() -> Js.get(r, "result"));
                }
            }
            ToolUse t = new ToolUse(id, Js.str(call, "toolName").orElse("?"),
                    Js.get(call, "input").or(() -> Js.get(call, "args")), result, Optional.empty());
            out.add(t);
        }
    }

    private static void add(List<ToolUse> out, Optional<String> id, Optional<String> name, Optional<JsonValue> args) {
        out.add(new ToolUse(id, name.orElse("?"), args, Optional.empty(), Optional.empty()));
    }

    /** A JSON-encoded arguments string as its value; anything else (or unparsable text) as it is. */
    static JsonValue parsed(JsonValue v) {
        if (!(v instanceof JsonValue.Str s)) return v;
        try {
            return JsonReader.hardened().read(s.value().getBytes(StandardCharsets.UTF_8)).value();
        } catch (JsonReadException e) {
            return v;
        }
    }
}
