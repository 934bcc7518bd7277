package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;

/**
 * A validating, normalising schema node with zod 4 semantics. {@link #parse} returns the output
 * value (defaults filled in, unknown keys stripped, transforms applied) or {@code null} when the
 * input is invalid; {@code in == null} stands for JavaScript's {@code undefined} (a missing key).
 */
public abstract class Schema {

    /** Parses {@code in} at {@code path}; issues go to {@code ctx}. */
    public abstract JsonValue parse(JsonValue in, JsonPath path, GateContext ctx);

    /** The name zod puts after "expected" when the value is missing or of the wrong type. */
    abstract String expected();

    /** Whether a missing key is fine ({@code .optional()}, {@code .default()}). */
    boolean optional() {
        return false;
    }

    /** Value used when the key is missing, or null for none. */
    JsonValue defaultValue() {
        return null;
    }

    static String received(JsonValue v) {
        if (v == null) return "undefined";
        if (v instanceof JsonValue.Num n) {
            double d = n.value();
            if (Double.isNaN(d)) return "NaN";
            if (Double.isInfinite(d)) return "number";
        }
        return v.typeName();
    }

    void typeIssue(JsonValue in, JsonPath path, GateContext ctx) {
        ctx.issue(path, "Invalid input: expected " + expected() + ", received " + received(in));
    }
}
