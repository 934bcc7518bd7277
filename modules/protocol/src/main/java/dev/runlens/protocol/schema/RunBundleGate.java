package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The top level of {@code RunBundleSchema}, taken apart so a bundle can be gated member by member
 * and array members element by element (streaming), with the same issues zod reports for the
 * whole object.
 */
public final class RunBundleGate {
    private RunBundleGate() {}

    /** Top-level members in schema order. */
    public static List<String> members() {
        return new ArrayList<>(BundleSchemas.RUN_BUNDLE.fields().keySet());
    }

    public static boolean isMember(String key) {
        return BundleSchemas.RUN_BUNDLE.fields().containsKey(key);
    }

    /** Whether {@code key} is an array member whose elements can be gated one at a time. */
    public static boolean isArrayMember(String key) {
        return BundleSchemas.RUN_BUNDLE.fields().get(key) instanceof Schemas.ArraySchema;
    }

    /** Gates one element of an array member; null when invalid. */
    public static JsonValue element(String key, int index, JsonValue v, GateContext ctx) {
        Schemas.ArraySchema arr = (Schemas.ArraySchema) BundleSchemas.RUN_BUNDLE.fields().get(key);
        return arr.item.parse(v, JsonPath.ROOT.key(key).index(index), ctx);
    }

    /** Gates a whole member; null when invalid. */
    public static JsonValue member(String key, JsonValue v, GateContext ctx) {
        return BundleSchemas.RUN_BUNDLE.fields().get(key).parse(v, JsonPath.ROOT.key(key), ctx);
    }

    /** Records the issue zod reports for a required member that is missing (none if optional). */
    public static void missing(String key, GateContext ctx) {
        Schema s = BundleSchemas.RUN_BUNDLE.fields().get(key);
        if (!s.optional()) s.typeIssue(null, JsonPath.ROOT.key(key), ctx);
    }

    /** The issue zod reports when the root is not an object. */
    public static void notAnObject(JsonValue root, GateContext ctx) {
        BundleSchemas.RUN_BUNDLE.typeIssue(root, JsonPath.ROOT, ctx);
    }
}
