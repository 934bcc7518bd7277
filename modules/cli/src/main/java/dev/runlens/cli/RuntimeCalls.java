package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.handback.RuntimeCall;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Runtime calls to hand back, as the import prints them: one JavaScript line each, the event they append, notes. */
final class RuntimeCalls {
    private RuntimeCalls() {}

    static void text(List<RuntimeCall> calls, Optional<JsonValue.Obj> expectedEvent, List<String> notes, PrintWriter out) {
        for (RuntimeCall c : calls) out.println("    " + c.javascript());
        expectedEvent.ifPresent(e -> out.println("    // appends " + Json.line(e)));
        for (String n : notes) out.println("    // " + n);
    }

    static JsonValue json(List<RuntimeCall> calls) {
        return Json.arr(calls, c -> Json.obj().put("method", c.method()).put("input", c.input()).put("javascript", c.javascript()).build());
    }
}
