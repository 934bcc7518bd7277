package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every extras entry of a model as the JavaScript-style path of the raw key it came from. */
final class ExtrasPaths {
    private final Set<String> paths = new TreeSet<>();

    private ExtrasPaths() {}

    static Set<String> of(RunBundle b) {
        ExtrasPaths x = new ExtrasPaths();
        JsonPath root = JsonPath.ROOT;
        x.add(root, b.extras());
        x.run(root.key("run"), b.run());
        for (TraceEvent e : b.trace()) x.event(root.key("trace").index(e.index()), e);
        list(b.artifacts(), root.key("artifacts"), x::artifact);
        list(b.ruleSets(), root.key("ruleSets"), x::ruleSet);
        b.engine().ifPresent(en -> x.engine(root.key("engine"), en));
        b.integrity().ifPresent(i -> x.add(root.key("integrity"), i.extras()));
        return x.paths;
    }

    private void run(JsonPath p, Run r) {
        add(p, r.extras());
        JsonPath wf = p.key("workflowSnapshot");
        add(wf, r.workflowSnapshot().extras());
        list(r.workflowSnapshot().steps(), wf.key("steps"), (q, s) -> add(q, s.extras()));
        list(r.workflowSnapshot().edges(), wf.key("edges"), (q, e) -> add(q, e.extras()));
        r.context().ifPresent(c -> {
            add(p.key("context"), c.extras());
            list(c.pinnedArtifacts(), p.key("context").key("pinnedArtifacts"), (q, a) -> add(q, a.extras()));
        });
        r.subject().ifPresent(s -> add(p.key("subject"), s.extras()));
        list(r.annotations(), p.key("annotations"), (q, a) -> add(q, a.extras()));
    }

    private void event(JsonPath p, TraceEvent e) {
        add(p, e.extras());
        if (e instanceof StepCompleted s) s.error().ifPresent(err -> add(p.key("error"), err.extras()));
        if (e instanceof SpanEnded s) s.error().ifPresent(err -> add(p.key("error"), err.extras()));
        if (e instanceof ArtifactWritten w) artifact(p.key("artifact"), w.artifact());
        if (e instanceof RuleChanged r) ruleSet(p.key("snapshot"), r.snapshot());
    }

    private void artifact(JsonPath p, Artifact a) {
        add(p, a.extras());
        a.pointer().ifPresent(ptr -> add(p.key("pointer"), ptr.extras()));
    }

    private void ruleSet(JsonPath p, RuleSet s) {
        add(p, s.extras());
        list(s.rules(), p.key("rules"), (q, r) -> add(q, r.extras()));
    }

    private void engine(JsonPath p, Engine en) {
        add(p, en.extras());
        list(en.gateState(), p.key("gateState"), (q, g) -> add(q.index(1), g.extras()));
        list(en.idempotency(), p.key("idempotency"), (q, i) -> add(q.index(1), i.target().extras()));
    }

    private void add(JsonPath at, Map<String, JsonValue> extras) {
        for (String k : extras.keySet()) paths.add(at.key(k).toString());
    }

    private static <T> void list(List<T> items, JsonPath at, java.util.function.BiConsumer<JsonPath, T> f) {
        for (int i = 0; i < items.size(); i++) f.accept(at.index(i), items.get(i));
    }
}
