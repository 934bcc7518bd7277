package dev.runlens.replay.filter;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.AnnotationEvent;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PolicyChanged;
import dev.runlens.protocol.model.Rule;
import dev.runlens.protocol.model.RuleChanged;
import dev.runlens.protocol.model.RunForked;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepError;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.UnknownEvent;
import dev.runlens.protocol.model.WireEnum;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The strings of one event that the filter field {@code text} searches: its type, id, step and
 * correlation id, and every string it carries (summary, payload, tool name, arguments and result,
 * notes, reasons, error messages, annotation text and tags, span names and attributes, artifact
 * keys and data, patch values, rules, and unknown members). Values only: not object keys (every
 * request would match {@code content}), not the run id or timestamp. JSON is walked with an explicit stack, so depth costs no Java stack.
 */
final class EventText {
    private final Predicate<String> test;
    private final Deque<JsonValue> pending = new ArrayDeque<>();
    private boolean found;

    private EventText(Predicate<String> test) {
        this.test = test;
    }

    /** Whether any string of {@code e} satisfies {@code test}. */
    static boolean any(TraceEvent e, Predicate<String> test) {
        EventText t = new EventText(test);
        t.event(e);
        return t.found || t.drain();
    }

    private void event(TraceEvent e) {
        str(e.type());
        str(e.id());
        e.stepId().ifPresent(this::str);
        e.correlationId().ifPresent(this::str);
        members(e.extras());
        if (e instanceof ModelIo m) {
            wire(m.direction());
            m.provider().ifPresent(this::str);
            m.model().ifPresent(this::str);
            m.cost().ifPresent(c -> str(c.currency()));
            m.summary().ifPresent(this::str);
            m.payload().ifPresent(pending::push);
        } else if (e instanceof ToolCall t) {
            str(t.name());
            t.args().ifPresent(pending::push);
            t.result().ifPresent(pending::push);
        } else if (e instanceof ArtifactWritten w) {
            artifact(w.artifact());
            w.idempotencyKey().ifPresent(this::str);
        } else if (e instanceof ArtifactPatch p) {
            str(p.artifactKey());
            p.idempotencyKey().ifPresent(this::str);
            for (PatchOp op : p.patch()) patchOp(op);
        } else {
            other(e);
        }
    }

    private void other(TraceEvent e) {
        if (e instanceof HumanGateRequested g) {
            wire(g.gate());
            g.reason().ifPresent(this::str);
        } else if (e instanceof HumanGateResolved g) {
            wire(g.gate());
            wire(g.decision());
            g.note().ifPresent(this::str);
        } else if (e instanceof StepCompleted s) {
            s.error().ifPresent(this::error);
        } else if (e instanceof SpanStarted s) {
            str(s.spanId());
            s.parentSpanId().ifPresent(this::str);
            str(s.name());
            s.kind().ifPresent(this::wire);
            members(s.attributes());
        } else if (e instanceof SpanEnded s) {
            str(s.spanId());
            s.status().ifPresent(this::wire);
            members(s.attributes());
            s.error().ifPresent(this::error);
        } else if (e instanceof ErrorEvent x) {
            str(x.message());
            x.code().ifPresent(this::str);
        } else {
            run(e);
        }
    }

    private void run(TraceEvent e) {
        if (e instanceof RunStatusChanged r) {
            wire(r.status());
            r.reason().ifPresent(this::str);
        } else if (e instanceof RunForked f) {
            str(f.parentRunId());
            f.parentRunIds().forEach(this::str);
            f.forkedFromStepId().ifPresent(this::str);
        } else if (e instanceof AnnotationEvent a) {
            str(a.text());
            a.tags().forEach(this::str);
        } else if (e instanceof RuleChanged r) {
            str(r.ruleSetId());
            str(r.snapshot().ruleSchemaId());
            members(r.snapshot().extras());
            for (Rule rule : r.snapshot().rules()) {
                str(rule.id());
                rule.label().ifPresent(this::str);
                pending.push(rule.payload());
                members(rule.extras());
            }
        } else if (e instanceof PolicyChanged p) {
            wire(p.policy());
        } else if (e instanceof UnknownEvent u) {
            pending.push(u.raw());
        }
    }

    private void artifact(Artifact a) {
        str(a.artifactKey());
        str(a.typeId());
        a.pointer().ifPresent(p -> {
            p.ref().ifPresent(this::str);
            p.effectivePayloadHash().ifPresent(this::str);
            members(p.extras());
        });
        a.data().ifPresent(pending::push);
        members(a.extras());
    }

    private void patchOp(PatchOp op) {
        wire(op.op());
        str(op.path());
        op.from().ifPresent(this::str);
        op.value().ifPresent(pending::push);
    }

    private void error(StepError err) {
        str(err.message());
        err.code().ifPresent(this::str);
        members(err.extras());
    }

    private void members(Map<String, JsonValue> m) {
        if (m.isEmpty()) return;
        pending.push(new JsonValue.Obj(m));
    }

    private void wire(WireEnum w) {
        str(w.wire());
    }

    private void str(String s) {
        if (!found && s != null && test.test(s)) found = true;
    }

    /** Walks the JSON values gathered, stopping at the first match. */
    private boolean drain() {
        while (!found && !pending.isEmpty()) {
            JsonValue v = pending.pop();
            if (v instanceof JsonValue.Str s) {
                str(s.value());
            } else if (v instanceof JsonValue.Arr a) {
                for (int i = a.size() - 1; i >= 0; i--) pending.push(a.get(i));
            } else if (v instanceof JsonValue.Obj o) {
                for (JsonValue member : o.members().values()) pending.push(member);
            }
        }
        return found;
    }
}
