package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ModelIo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages of a model request: OpenAI-style {@code messages} (also Mistral, Azure, AI SDK),
 * Anthropic {@code system} + {@code messages} with content blocks, Gemini
 * {@code systemInstruction} + {@code contents[].parts}, AI SDK {@code system} + {@code prompt},
 * OpenAI Responses {@code instructions} + {@code input}, or a plain string. Without a payload the
 * summary stands in; an unknown shape is shown as compact JSON.
 */
final class RequestText {
    private RequestText() {}

    static List<Message> of(ModelIo e) {
        if (e.payload().isPresent()) {
            List<Message> m = messages(e.payload().get());
            if (!m.isEmpty()) return m;
        }
        Optional<String> summary = e.summary().filter(s -> !s.isEmpty());
        if (summary.isPresent()) return List.of(new Message("summary", summary.get()));
        return e.payload().map(p -> List.of(new Message("payload", Js.compact(p)))).orElse(List.of());
    }

    static List<Message> messages(JsonValue p) {
        if (p instanceof JsonValue.Str s) return List.of(new Message("user", s.value()));
        if (p instanceof JsonValue.Arr) return list(p);
        List<Message> out = new ArrayList<>();
        Js.get(p, "system").ifPresent(s -> add(out, "system", Parts.text(s)));
        Js.get(p, "systemInstruction").ifPresent(s -> add(out, "system", instruction(s)));
        Js.str(p, "instructions").ifPresent(s -> add(out, "system", s));
        Js.get(p, "prompt").ifPresent(v -> addAll(out, v));
        Js.get(p, "messages").ifPresent(v -> out.addAll(list(v)));
        Js.get(p, "contents").ifPresent(v -> addAll(out, v));
        Js.get(p, "input").ifPresent(v -> addAll(out, v));
        return out;
    }

    private static void addAll(List<Message> out, JsonValue v) {
        if (v instanceof JsonValue.Str s) add(out, "user", s.value());
        else out.addAll(list(v));
    }

    private static String instruction(JsonValue s) {
        if (s instanceof JsonValue.Str str) return str.value();
        return Js.get(s, "parts").map(Parts::text).orElseGet(() -> Parts.part(s));
    }

    private static List<Message> list(JsonValue v) {
        List<Message> out = new ArrayList<>();
        for (JsonValue m : Js.items(v)) {
            if (m instanceof JsonValue.Str s) {
                add(out, "user", s.value());
                continue;
            }
            String role = Js.str(m, "role").orElse("user");
            List<String> lines = new ArrayList<>();
            Js.get(m, "content").map(Parts::text).filter(t -> !t.isEmpty()).ifPresent(lines::add);
            Js.get(m, "parts").map(Parts::text).filter(t -> !t.isEmpty()).ifPresent(lines::add);
            for (JsonValue call : Js.arr(m, "tool_calls")) {
                JsonValue fn = Js.get(call, "function").orElse(call);
                lines.add(Parts.call(Js.str(fn, "name"), Js.get(fn, "arguments")));
            }
            if (lines.isEmpty() && !Js.get(m, "content").isPresent()) lines.add(Js.compact(m));
            add(out, role, String.join("\n", lines));
        }
        return out;
    }

    private static void add(List<Message> out, String role, String text) {
        if (!text.isEmpty()) out.add(new Message(role, text));
    }
}
