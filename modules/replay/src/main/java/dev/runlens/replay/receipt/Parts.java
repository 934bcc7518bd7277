package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text of message content in the shapes providers use: a string, or a list of parts (OpenAI
 * {@code text}/{@code image_url}, Anthropic {@code text}/{@code tool_use}/{@code tool_result},
 * Gemini {@code text}/{@code functionCall}/{@code functionResponse}, AI SDK
 * {@code tool-call}/{@code tool-result}). Non-text parts become a short bracketed line.
 */
final class Parts {
    private Parts() {}

    static String text(JsonValue content) {
        if (content instanceof JsonValue.Str s) return s.value();
        List<String> lines = new ArrayList<>();
        for (JsonValue part : Js.items(content)) {
            String t = part(part);
            if (!t.isEmpty()) lines.add(t);
        }
        return String.join("\n", lines);
    }

    static String part(JsonValue p) {
        if (p instanceof JsonValue.Str s) return s.value();
        if (!Js.isObj(p)) return "";
        String type = Js.str(p, "type").orElse("");
        Optional<String> text = Js.str(p, "text");
        if (text.isPresent()) return text.get();
        return switch (type) {
            case "tool_use" -> call(Js.str(p, "name"), Js.get(p, "input"));
            case "tool-call" -> call(Js.str(p, "toolName"), Js.get(p, "input").or(() -> Js.get(p, "args")));
            case "tool_result" -> "[tool result] " + text(Js.get(p, "content").orElse(JsonValue.Null.INSTANCE));
            case "tool-result" -> "[tool result " + Js.str(p, "toolName").orElse("") + "] "
                    + Js.get(p, "output").or(() -> Js.get(p, "result")).map(Parts::render).orElse("");
            case "image", "image_url", "input_image" -> "[image]";
            case "file", "input_file", "document" -> "[file]";
            case "thinking", "redacted_thinking", "reasoning" -> "";
            default -> gemini(p);
        };
    }

    private static String gemini(JsonValue p) {
        Optional<JsonValue> fc = Js.get(p, "functionCall");
        if (fc.isPresent()) return call(Js.str(fc.get(), "name"), Js.get(fc.get(), "args"));
        Optional<JsonValue> fr = Js.get(p, "functionResponse");
        if (fr.isPresent()) {
            return "[tool result " + Js.str(fr.get(), "name").orElse("") + "] "
                    + Js.get(fr.get(), "response").map(Parts::render).orElse("");
        }
        if (Js.get(p, "inlineData").isPresent() || Js.get(p, "fileData").isPresent()) return "[file]";
        return Js.compact(p);
    }

    static String call(Optional<String> name, Optional<JsonValue> args) {
        return "[tool call " + name.orElse("?") + "] " + args.map(Parts::render).orElse("");
    }

    /** A string as itself, anything else as compact JSON. */
    static String render(JsonValue v) {
        return v instanceof JsonValue.Str s ? s.value() : Js.compact(v);
    }
}
