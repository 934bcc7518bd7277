package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonPath;

import java.util.ArrayList;
import java.util.List;

/** Collects what a schema pass finds: issues (rejection) and keys it strips (silent loss). */
public final class GateContext {
    private final List<SchemaIssue> issues = new ArrayList<>();
    private final List<JsonPath> stripped = new ArrayList<>();
    private final int maxStripped;
    private int strippedCount;
    private boolean changed;
    int jsonDepth;
    boolean referenceOverflow;

    public GateContext() {
        this(1000);
    }

    public GateContext(int maxStripped) {
        this.maxStripped = maxStripped;
    }

    void issue(JsonPath path, String message) {
        issues.add(new SchemaIssue(path, message));
    }

    void stripped(JsonPath path) {
        changed = true;
        if (strippedCount++ < maxStripped) stripped.add(path);
    }

    void markChanged() {
        changed = true;
    }

    /** Whether normalisation changed anything (a default, a stripped key, a transform) since the last reset. */
    public boolean changed() {
        return changed;
    }

    public void resetChanged() {
        changed = false;
    }

    /**
     * Whether some {@code run.metadata} value nests deeper than the runtime's recursive
     * {@code JsonValueSchema} can follow (it throws {@code RangeError} from about 1,290 levels).
     */
    public boolean referenceOverflow() {
        return referenceOverflow;
    }

    public List<SchemaIssue> issues() {
        return issues;
    }

    /** Paths of keys removed by {@code z.object} / {@code z.record} (first {@code maxStripped}). */
    public List<JsonPath> stripped() {
        return stripped;
    }

    public int strippedCount() {
        return strippedCount;
    }

    public boolean ok() {
        return issues.isEmpty();
    }
}
