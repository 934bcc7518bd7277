package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text of a model response or stream chunk, from the first shape that yields any: OpenAI /
 * Azure / Mistral {@code choices[].message.content} (or {@code delta.content} in chunks), Gemini
 * {@code candidates[].content.parts[].text}, Anthropic {@code content[]} text blocks (or
 * {@code delta.text} in chunks), OpenAI Responses {@code output_text} / {@code output[]}, AI SDK
 * {@code text} (or {@code text-delta} chunks, or {@code object} for structured output), a plain
 * string. Empty when none applies.
 */
final class ResponseText {
    private static final List<Function<JsonValue, String>> SHAPES = List.of(
            ResponseText::choices, ResponseText::candidates, ResponseText::content, ResponseText::output,
            ResponseText::aiSdk, ResponseText::delta);

    private ResponseText() {}

    static String of(JsonValue p) {
        if (p instanceof JsonValue.Str s) return s.value();
        if (!Js.isObj(p)) return "";
        for (Function<JsonValue, String> shape : SHAPES) {
            String t = shape.apply(p);
            if (!t.isEmpty()) return t;
        }
        return "";
    }

    private static String choices(JsonValue p) {
        List<String> out = new ArrayList<>();
        for (JsonValue c : Js.arr(p, "choices")) {
            Optional<JsonValue> content = Js.get(c, "message").or(() -> Js.get(c, "delta"))
                    .flatMap(m -> Js.get(m, "content"));
            content.map(Parts::text).or(() -> Js.str(c, "text")).filter(t -> !t.isEmpty()).ifPresent(out::add);
        }
        return String.join("\n", out);
    }

    private static String candidates(JsonValue p) {
        List<String> out = new ArrayList<>();
        for (JsonValue c : Js.arr(p, "candidates")) {
            String t = texts(Js.get(c, "content").map(x -> Js.arr(x, "parts")).orElse(List.of()));
            if (!t.isEmpty()) out.add(t);
        }
        return String.join("\n", out);
    }

    private static String content(JsonValue p) {
        Optional<JsonValue> c = Js.get(p, "content");
        if (c.isEmpty()) return "";
        if (c.get() instanceof JsonValue.Str s) return s.value();
        return texts(Js.items(c.get()));
    }

    private static String output(JsonValue p) {
        Optional<String> direct = Js.str(p, "output_text");
        if (direct.isPresent()) return direct.get();
        List<String> out = new ArrayList<>();
        for (JsonValue item : Js.arr(p, "output")) {
            String t = texts(Js.arr(item, "content"));
            if (!t.isEmpty()) out.add(t);
        }
        return String.join("\n", out);
    }

    private static String aiSdk(JsonValue p) {
        Optional<String> text = Js.str(p, "text");
        if (text.isPresent()) return text.get();
        if ("text-delta".equals(Js.str(p, "type").orElse(""))) {
            return Js.str(p, "delta").or(() -> Js.str(p, "textDelta")).orElse("");
        }
        return Js.get(p, "object").map(Parts::render).orElse("");
    }

    private static String delta(JsonValue p) {
        return Js.get(p, "delta").flatMap(d -> Js.str(d, "text"))
                .or(() -> Js.get(p, "content_block").flatMap(b -> Js.str(b, "text"))).orElse("");
    }

    /** Only text parts (tool calls are reported separately). */
    private static String texts(List<JsonValue> parts) {
        StringBuilder out = new StringBuilder();
        for (JsonValue part : parts) {
            Optional<String> t = part instanceof JsonValue.Str s ? Optional.of(s.value()) : Js.str(part, "text");
            String type = Js.str(part, "type").orElse("text");
            if (t.isPresent() && !type.contains("thinking") && !type.equals("reasoning")) {
                if (out.length() > 0) out.append('\n');
                out.append(t.get());
            }
        }
        return out.toString();
    }
}
