package dev.runlens.audit;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.JsJson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises a user-profile export as the runtime writes one ({@code exportRunBundle({profile:
 * "user"})} / {@code buildUserExportBundle}): no engine, every {@code model_io} without payload and
 * every {@code tool_call} without args and result; redacted values read {@code "[REDACTED]"}.
 */
final class UserExport {
    static final String REDACTED = "[REDACTED]";

    private UserExport() {}

    static boolean looksLike(RunBundle b) {
        if (b.engine().isPresent()) return false;
        int calls = 0;
        for (TraceEvent e : b.trace()) {
            if (e instanceof ModelIo m) {
                if (m.payload().isPresent()) return false;
                calls++;
            } else if (e instanceof ToolCall t) {
                if (t.args().isPresent() || t.result().isPresent()) return false;
                calls++;
            }
        }
        return calls > 0;
    }

    /** Whether {@code v} holds a redaction marker anywhere. */
    static boolean redacted(JsonValue v) {
        Deque<JsonValue> todo = new ArrayDeque<>();
        todo.push(v);
        while (!todo.isEmpty()) {
            JsonValue x = todo.pop();
            if (x instanceof JsonValue.Str s && s.value().equals(REDACTED)) return true;
            if (x instanceof JsonValue.Arr a) a.items().forEach(todo::push);
            if (x instanceof JsonValue.Obj o) o.members().values().forEach(todo::push);
        }
        return false;
    }

    /**
     * Equal as JavaScript sees it, except that a redaction marker on either side stands for any value
     * (or none): the runtime redacts artifacts[] and written versions, but not the values in patch ops.
     */
    static boolean sameBesidesRedactions(JsonValue a, JsonValue b) {
        if (isMarker(a) || isMarker(b)) return true;
        if (a instanceof JsonValue.Arr x && b instanceof JsonValue.Arr y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!sameBesidesRedactions(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof JsonValue.Obj x && b instanceof JsonValue.Obj y) {
            Set<String> keys = new HashSet<>(x.members().keySet());
            keys.addAll(y.members().keySet());
            for (String k : keys) {
                JsonValue u = x.get(k);
                JsonValue v = y.get(k);
                boolean same = u == null ? isMarker(v) : v == null ? isMarker(u) : sameBesidesRedactions(u, v);
                if (!same) return false;
            }
            return true;
        }
        return JsJson.same(a, b);
    }

    private static boolean isMarker(JsonValue v) {
        return v instanceof JsonValue.Str s && s.value().equals(REDACTED);
    }
}
