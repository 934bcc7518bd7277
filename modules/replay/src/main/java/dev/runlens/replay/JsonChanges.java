package dev.runlens.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The difference between two JSON values (e.g. two versions of an artifact) as RFC 6902
 * operations, computed by zjsonpatch's {@code JsonDiff} without {@code move}/{@code copy}
 * (each change is shown where it happens) and with the old value of every {@code remove} and
 * {@code replace}. Applying the operations to {@code from} gives {@code to}; objects compare
 * regardless of member order, numbers as doubles.
 */
public final class JsonChanges {
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION,
            DiffFlags.OMIT_COPY_OPERATION, DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);

    private JsonChanges() {}

    public static List<JsonChange> between(JsonValue from, JsonValue to) {
        JsonNode ops = JsonDiff.asJson(JsonNodes.toNode(from), JsonNodes.toNode(to), FLAGS);
        List<JsonChange> out = new ArrayList<>(ops.size());
        for (JsonNode op : ops) {
            String path = op.path("path").asText();
            JsonChange.Op kind = switch (op.path("op").asText()) {
                case "add" -> JsonChange.Op.ADD;
                case "remove" -> JsonChange.Op.REMOVE;
                case "replace" -> JsonChange.Op.REPLACE;
                default -> throw new IllegalStateException("unexpected diff operation " + op);
            };
            Optional<JsonValue> value = Optional.ofNullable(op.get("value")).map(JsonNodes::toValue);
            Optional<JsonValue> old = switch (kind) {
                case ADD -> Optional.empty();
                case REPLACE -> Optional.ofNullable(op.get("fromValue")).map(JsonNodes::toValue);
                case REMOVE -> value;
            };
            Optional<JsonValue> now = kind == JsonChange.Op.REMOVE ? Optional.empty() : value;
            out.add(new JsonChange(kind, path, old, now));
        }
        return List.copyOf(out);
    }
}
