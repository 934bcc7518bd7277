package dev.runlens.protocol.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON for people to read, as {@code JSON.stringify(value, null, 2)} writes it: two-space
 * indentation, {@code "key": value}, empty containers as {@code {}} and {@code []}, strings and
 * numbers exactly as {@link CanonicalJson.Form#AS_WRITTEN} writes them. Members stay in their
 * written order. For display only, never for hashing. The walk is iterative, so any nesting the
 * reader accepts prints without exhausting the stack.
 */
public final class PrettyJson {
    private static final int INDENT = 2;

    private PrettyJson() {}

    public static String of(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        CanonicalJson.Writer w = CanonicalJson.writer(out::write, CanonicalJson.Form.AS_WRITTEN);
        ArrayDeque<Frame> open = new ArrayDeque<>();
        openOrWrite(w, value, open);
        while (!open.isEmpty()) {
            Frame f = open.peek();
            if (!f.items.hasNext()) {
                open.pop();
                newline(w, open.size());
                w.raw(f.close);
                continue;
            }
            Object next = f.items.next();
            if (f.taken++ > 0) w.raw(',');
            newline(w, open.size());
            JsonValue v;
            if (next instanceof Map.Entry<?, ?> e) {
                w.string((String) e.getKey());
                w.rawAscii(": ");
                v = (JsonValue) e.getValue();
            } else {
                v = (JsonValue) next;
            }
            openOrWrite(w, v, open);
        }
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void openOrWrite(CanonicalJson.Writer w, JsonValue v, ArrayDeque<Frame> open) {
        if (v instanceof JsonValue.Obj o && !o.members().isEmpty()) {
            w.raw('{');
            open.push(new Frame(o.members().entrySet().iterator(), '}'));
        } else if (v instanceof JsonValue.Arr a && a.size() > 0) {
            w.raw('[');
            open.push(new Frame(a.items().iterator(), ']'));
        } else {
            w.value(v);
        }
    }

    private static void newline(CanonicalJson.Writer w, int depth) {
        w.raw('\n');
        for (int i = 0; i < depth * INDENT; i++) w.raw(' ');
    }

    /** An open object (its members) or array (its items), and how many have been written. */
    private static final class Frame {
        final Iterator<?> items;
        final char close;
        int taken;

        Frame(Iterator<?> items, char close) {
            this.items = items;
            this.close = close;
        }
    }
}
