package dev.runlens.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.CompatibilityFlags;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Replays a recorded RFC 6902 patch the way the runtime's {@code patchArtifact} applied it:
 * fast-json-patch 3.1.1's {@code applyPatch(structuredClone(prev.data ?? {}), patch, true, false)}.
 * zjsonpatch applies each op in place with only {@code FORBID_REMOVE_MISSING_OBJECT}, so a
 * missing {@code value}, member or index is an error as under fast-json-patch's validation; what
 * zjsonpatch does differently is done here: operations on the root ({@code remove} gives
 * {@code null}), {@code test} (JavaScript equality, so {@code 0} equals {@code -0}) and the ban on
 * {@code __proto__} / {@code constructor/prototype} paths.
 */
final class PatchReplay {
    static final EnumSet<CompatibilityFlags> FLAGS = EnumSet.of(CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The patched document, or the reason it could not be patched. */
    record Result(JsonValue data, String error) {
        boolean applied() {
            return error == null;
        }
    }

    private PatchReplay() {}

    static Result apply(JsonValue base, List<PatchOp> ops) {
        JsonValue start = base == null || base instanceof JsonValue.Null ? new JsonValue.Obj(new LinkedHashMap<>()) : base;
        try {
            JsonNode doc = JsonNodes.toNode(start);
            for (int i = 0; i < ops.size(); i++) doc = step(doc, ops.get(i), i);
            return new Result(JsonNodes.toValue(doc), null);
        } catch (RuntimeException e) {
            return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            return new Result(null, "document nested too deeply to patch");
        }
    }

    private static JsonNode step(JsonNode doc, PatchOp op, int index) {
        banned(op.path(), index);
        op.from().ifPresent(f -> banned(f, index));
        if (op.op() == PatchOpKind.TEST) {
            JsonNode target = op.path().isEmpty() ? doc : doc.at(op.path());
            if (target.isMissingNode() || op.value().isEmpty()
                    || !JsJson.same(JsonNodes.toValue(target), op.value().get())) {
                throw new IllegalStateException("op " + index + ": test failed at " + op.path());
            }
            return doc;
        }
        if (op.path().isEmpty()) return root(doc, op, index);
        JsonPatch.applyInPlace(patch(List.of(op)), doc, FLAGS);
        return doc;
    }

    private static JsonNode root(JsonNode doc, PatchOp op, int index) {
        switch (op.op()) {
            case REMOVE:
                return F.nullNode();
            case MOVE:
            case COPY:
                JsonNode from = doc.at(op.from().orElseThrow(() -> new IllegalStateException("op " + index + ": no from")));
                if (from.isMissingNode()) throw new IllegalStateException("op " + index + ": from does not exist");
                return from.deepCopy();
            default:
                return JsonNodes.toNode(op.value().orElseThrow(() ->
                        new IllegalStateException("op " + index + ": value required")));
        }
    }

    private static void banned(String pointer, int index) {
        String[] keys = pointer.split("/", -1);
        for (int i = 1; i < keys.length; i++) {
            String k = keys[i].replace("~1", "/").replace("~0", "~");
            if (k.equals("__proto__") || (k.equals("prototype") && keys[i - 1].equals("constructor"))) {
                throw new IllegalStateException("op " + index + ": modifying __proto__ or constructor/prototype is banned");
            }
        }
    }

    static ArrayNode patch(List<PatchOp> ops) {
        ArrayNode arr = F.arrayNode(ops.size());
        for (PatchOp op : ops) {
            ObjectNode o = arr.addObject();
            o.put("op", op.op().wire());
            o.put("path", op.path());
            op.from().ifPresent(f -> o.put("from", f));
            op.value().ifPresent(v -> o.set("value", JsonNodes.toNode(v)));
        }
        return arr;
    }
}
