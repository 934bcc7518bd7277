package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.schema.BundleSchemas;
import dev.runlens.protocol.schema.GateContext;
import dev.runlens.protocol.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link RunBundle} records from the trees {@code BundleReader} retains. Neither factory
 * throws, whatever JSON it is given.
 */
public final class BundleModel {
    private BundleModel() {}

    /**
     * The model of a file as read: typed from the normalised tree when the runtime accepts it, the
     * lenient model of what could be read when the root is an object it rejects, else null.
     */
    public static RunBundle of(dev.runlens.protocol.integrity.BundleReader.Loaded loaded) {
        return of(loaded.report().accepted(), loaded.normalizedTree(), loaded.rawTree());
    }

    /**
     * {@link #of(dev.runlens.protocol.integrity.BundleReader.Loaded)} from its parts: whether the
     * runtime accepts the file and its trees (as {@code BundleReader.WhileHashing} is handed them).
     */
    public static RunBundle of(boolean accepted, JsonValue normalized, JsonValue raw) {
        if (accepted && normalized != null) return from(normalized, raw);
        return raw instanceof JsonValue.Obj ? lenient(raw) : null;
    }

    /**
     * The model of an accepted bundle: values from {@code normalized} (the schema gate's output,
     * defaults filled in), extras from {@code raw} (the file as {@code JSON.parse} gives it). Falls
     * back to {@link #lenient} when {@code normalized} is not an object.
     */
    public static RunBundle from(JsonValue normalized, JsonValue raw) {
        if (!(normalized instanceof JsonValue.Obj)) return lenient(raw);
        return build(new Node(normalized, raw), false);
    }

    /**
     * The best model of a raw tree the runtime may reject: each part (run, event, artifact, rule
     * set, engine, integrity) is validated on its own and taken normalised when it passes, read
     * from the raw tree with the schema's defaults when it does not; invalid events become
     * {@link UnknownEvent}s. A tree that is not an object gives an empty model.
     */
    public static RunBundle lenient(JsonValue raw) {
        return build(new Node(raw, raw), true);
    }

    private static RunBundle build(Node top, boolean check) {
        List<Node> events = top.field("trace").items();
        List<TraceEvent> trace = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) trace.add(event(i, events.get(i), check));
        return new RunBundle(top.str("protocolVersion"),
                Run.read(part(top.field("run"), BundleSchemas.RUN_INSTANCE, check)), trace,
                top.objects("artifacts", n -> Artifact.read(part(n, BundleSchemas.ARTIFACT_VERSION, check))),
                top.objects("ruleSets", n -> RuleSet.read(part(n, BundleSchemas.RULE_SET, check))),
                top.object("engine").map(n -> Engine.read(part(n, BundleSchemas.ENGINE, check))),
                top.object("integrity").map(n -> Integrity.read(part(n, BundleSchemas.INTEGRITY, check))),
                top.extras(RunBundle.KEYS));
    }

    private static TraceEvent event(int index, Node n, boolean check) {
        if (!check) return TraceEvents.read(index, n);
        JsonValue valid = normalised(n.raw(), BundleSchemas.TRACE_EVENT);
        return valid == null ? UnknownEvent.read(index, n) : TraceEvents.read(index, new Node(valid, n.raw()));
    }

    /** The part normalised by its schema when {@code check} is on and it passes; else as it is. */
    private static Node part(Node n, Schema schema, boolean check) {
        if (!check) return n;
        JsonValue valid = normalised(n.raw(), schema);
        return valid == null ? n : new Node(valid, n.raw());
    }

    private static JsonValue normalised(JsonValue raw, Schema schema) {
        return raw == null ? null : schema.parse(raw, JsonPath.ROOT, new GateContext());
    }
}
