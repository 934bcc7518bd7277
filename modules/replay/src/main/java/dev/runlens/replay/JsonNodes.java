package dev.runlens.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link JsonValue} to Jackson trees and back, exactly: every number is a double on both sides
 * ({@code DoubleNode}), object members keep their order. No parser is involved.
 */
final class JsonNodes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonNodes() {}

    static JsonNode toNode(JsonValue v) {
        if (v instanceof JsonValue.Null) return F.nullNode();
        if (v instanceof JsonValue.Bool b) return F.booleanNode(b.value());
        if (v instanceof JsonValue.Num n) return F.numberNode(n.value());
        if (v instanceof JsonValue.Str s) return F.textNode(s.value());
        if (v instanceof JsonValue.Arr a) {
            ArrayNode out = F.arrayNode(a.size());
            for (JsonValue item : a.items()) out.add(toNode(item));
            return out;
        }
        ObjectNode out = F.objectNode();
        ((JsonValue.Obj) v).members().forEach((k, m) -> out.set(k, toNode(m)));
        return out;
    }

    static JsonValue toValue(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return JsonValue.Null.INSTANCE;
        if (n.isBoolean()) return JsonValue.Bool.of(n.booleanValue());
        if (n.isNumber()) return new JsonValue.Num(n.doubleValue());
        if (n.isTextual()) return new JsonValue.Str(n.textValue());
        if (n.isArray()) {
            List<JsonValue> items = new ArrayList<>(n.size());
            for (JsonNode item : n) items.add(toValue(item));
            return new JsonValue.Arr(items);
        }
        if (n.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                members.put(e.getKey(), toValue(e.getValue()));
            }
            return new JsonValue.Obj(members);
        }
        throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
    }
}
