package dev.runlens.app.trace;

import dev.runlens.protocol.model.AnnotationEvent;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.PolicyChanged;
import dev.runlens.protocol.model.RuleChanged;
import dev.runlens.protocol.model.RunForked;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepError;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.UnknownEvent;
import dev.runlens.replay.filter.TraceFacts;
import dev.runlens.replay.receipt.Message;
import dev.runlens.replay.receipt.Receipt;

import java.util.List;
import java.util.Optional;

/** The one-line summary of an event for the trace table (raw text: callers make it plain). */
final class Summaries {
    /** Characters of JSON or prose taken into a summary. */
    static final int MAX = 300;

    private Summaries() {}

    /** At most {@link #MAX} characters (then {@link JsonText#CLIPPED}). */
    static String of(TraceFacts facts, int index) {
        return clip(unclipped(facts, index));
    }

    private static String unclipped(TraceFacts facts, int index) {
        TraceEvent e = facts.event(index);
        if (e instanceof ModelIo m) return modelIo(facts, index, m);
        if (e instanceof ToolCall t) {
            return t.name() + "(" + t.args().map(a -> JsonText.compact(a, MAX)).orElse("") + ")"
                    + t.result().map(r -> " → " + JsonText.compact(r, MAX)).orElse("");
        }
        if (e instanceof StepStarted) return "started";
        if (e instanceof StepCompleted s) return s.ok() ? "completed" : "failed" + error(s.error());
        if (e instanceof SpanStarted s) return s.name() + s.kind().map(k -> " (" + k.wire() + ")").orElse("");
        if (e instanceof SpanEnded s) {
            return facts.span(index).orElse(s.spanId()) + s.status().map(st -> " " + st.wire()).orElse(" ended")
                    + error(s.error());
        }
        if (e instanceof ArtifactWritten w) {
            return w.artifact().artifactKey() + " v" + w.artifact().version() + " (" + w.artifact().typeId() + ")";
        }
        if (e instanceof ArtifactPatch p) {
            return p.artifactKey() + " v" + p.fromVersion() + " → v" + p.toVersion() + " (" + count(p.patch(), "op") + ")";
        }
        return other(e);
    }

    private static String other(TraceEvent e) {
        if (e instanceof HumanGateRequested g) return g.gate().wire() + " requested" + g.reason().map(r -> ": " + r).orElse("");
        if (e instanceof HumanGateResolved g) {
            return g.gate().wire() + " " + g.decision().wire() + g.note().map(n -> ": " + n).orElse("");
        }
        if (e instanceof ErrorEvent x) {
            return x.code().map(c -> c + ": ").orElse("") + x.message() + (x.fatal().orElse(false) ? " (fatal)" : "");
        }
        if (e instanceof RunStatusChanged r) return "run " + wire(r.status().wire()) + r.reason().map(s -> ": " + s).orElse("");
        if (e instanceof RunForked f) {
            return "forked from " + f.parentRunId() + f.forkedFromStepId().map(s -> " at " + s).orElse("");
        }
        if (e instanceof AnnotationEvent a) return a.text() + (a.tags().isEmpty() ? "" : " " + a.tags());
        if (e instanceof RuleChanged r) return r.ruleSetId() + " (" + count(r.snapshot().rules(), "rule") + ")";
        if (e instanceof PolicyChanged p) return "gate policy " + wire(p.policy().wire());
        if (e instanceof UnknownEvent u) return "not a protocol event: " + JsonText.compact(u.raw(), MAX);
        return e.type();
    }

    private static String modelIo(TraceFacts facts, int index, ModelIo m) {
        Optional<Receipt> call = facts.receipt(index);
        String text = switch (m.direction()) {
            case REQUEST -> m.summary().or(() -> call.flatMap(Summaries::lastMessage)).orElse("");
            case RESPONSE -> m.summary().or(() -> call.map(Receipt::responseText)).orElse("");
            case STREAM_CHUNK -> m.summary().or(() -> m.payload().map(p -> JsonText.compact(p, MAX))).orElse("");
        };
        return m.direction().wire() + (text.isEmpty() ? "" : ": " + clip(text));
    }

    private static Optional<String> lastMessage(Receipt r) {
        List<Message> messages = r.requestMessages();
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1).text());
    }

    private static String error(Optional<StepError> error) {
        return error.map(x -> ": " + x.code().map(c -> c + " ").orElse("") + x.message()).orElse("");
    }

    private static String count(List<?> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }

    private static String wire(String w) {
        return w == null ? "(unknown)" : w;
    }

    private static String clip(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX) + JsonText.CLIPPED;
    }
}
