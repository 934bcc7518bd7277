package dev.runlens.replay.filter;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.SpanStatus;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.Usage;
import dev.runlens.replay.Timestamps;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * What the trace table shows and the display filter compares for each event of one run, by trace
 * index: the event's own fields, and what is derived from the whole run (the model call each
 * {@code model_io} belongs to, the name of the span a {@code span_ended} closes, the time since
 * the first event). Built once per run in one pass; each accessor then costs O(1) (the time
 * offset parses one timestamp). Immutable and safe to share between threads.
 */
public final class TraceFacts {
    private final List<TraceEvent> trace;
    private final Receipt[] receipts;
    private final Map<String, String> spanNames;
    private final Optional<Instant> start;

    private TraceFacts(RunBundle bundle, Receipts all) {
        this.trace = bundle.trace();
        this.receipts = new Receipt[trace.size()];
        for (Receipt r : all.all()) {
            r.request().ifPresent(m -> receipts[m.index()] = r);
            r.response().ifPresent(m -> receipts[m.index()] = r);
            r.chunks().forEach(m -> receipts[m.index()] = r);
        }
        this.spanNames = new HashMap<>();
        for (TraceEvent e : trace) {
            if (e instanceof SpanStarted s) spanNames.putIfAbsent(s.spanId(), s.name());
        }
        this.start = trace.isEmpty() ? Optional.empty() : Timestamps.parse(trace.get(0).ts());
    }

    public static TraceFacts of(RunBundle bundle) {
        return new TraceFacts(bundle, Receipts.of(bundle));
    }

    /** The same from receipts already paired ({@code Receipts.of(bundle)}), which other views share. */
    public static TraceFacts of(RunBundle bundle, Receipts receipts) {
        return new TraceFacts(bundle, receipts);
    }

    public int size() {
        return trace.size();
    }

    public TraceEvent event(int index) {
        return trace.get(index);
    }

    public EventFamily family(int index) {
        return EventFamily.of(event(index));
    }

    /**
     * Whether the event reports something going wrong: an {@code error} event, a step completed
     * not ok, a span ended with status {@code error}, the run failing.
     */
    public boolean failure(int index) {
        TraceEvent e = event(index);
        return e instanceof ErrorEvent
                || e instanceof StepCompleted s && !s.ok()
                || e instanceof SpanEnded s && s.status().filter(SpanStatus.ERROR::equals).isPresent()
                || e instanceof RunStatusChanged r && r.status() == RunStatus.FAILED;
    }

    /** The model call a {@code model_io} event belongs to (request, response or chunk). */
    public Optional<Receipt> receipt(int index) {
        return Optional.ofNullable(receipts[index]);
    }

    /** A {@code model_io}'s model, else its model call's. */
    public Optional<String> model(int index) {
        return event(index) instanceof ModelIo m ? m.model().or(() -> receipt(index).flatMap(Receipt::model)) : Optional.empty();
    }

    /** A {@code model_io}'s provider, else its model call's. */
    public Optional<String> provider(int index) {
        return event(index) instanceof ModelIo m ? m.provider().or(() -> receipt(index).flatMap(Receipt::provider)) : Optional.empty();
    }

    public Optional<String> direction(int index) {
        return event(index) instanceof ModelIo m ? Optional.of(m.direction().wire()) : Optional.empty();
    }

    /** The event's own reported cost amount (a {@code model_io} response's, as a JavaScript double). */
    public OptionalDouble cost(int index) {
        return event(index) instanceof ModelIo m && m.cost().isPresent()
                ? OptionalDouble.of(m.cost().get().amount()) : OptionalDouble.empty();
    }

    public Optional<String> currency(int index) {
        return event(index) instanceof ModelIo m ? m.cost().map(Cost::currency) : Optional.empty();
    }

    /** Reported total tokens, else input + output when either is reported. */
    public OptionalLong tokens(int index) {
        Optional<Usage> u = usage(index);
        if (u.isEmpty()) return OptionalLong.empty();
        if (u.get().totalTokens().isPresent()) return u.get().totalTokens();
        OptionalLong in = u.get().inputTokens();
        OptionalLong out = u.get().outputTokens();
        if (in.isEmpty() && out.isEmpty()) return OptionalLong.empty();
        return OptionalLong.of(in.orElse(0) + out.orElse(0));
    }

    public OptionalLong inputTokens(int index) {
        return usage(index).map(Usage::inputTokens).orElse(OptionalLong.empty());
    }

    public OptionalLong outputTokens(int index) {
        return usage(index).map(Usage::outputTokens).orElse(OptionalLong.empty());
    }

    private Optional<Usage> usage(int index) {
        return event(index) instanceof ModelIo m ? m.usage() : Optional.empty();
    }

    /** The duration a {@code model_io} or {@code span_ended} reports, in milliseconds. */
    public OptionalDouble durationMs(int index) {
        TraceEvent e = event(index);
        if (e instanceof ModelIo m) return m.durationMs();
        if (e instanceof SpanEnded s) return s.durationMs();
        return OptionalDouble.empty();
    }

    public Optional<String> gate(int index) {
        TraceEvent e = event(index);
        if (e instanceof HumanGateRequested g) return Optional.of(g.gate().wire());
        if (e instanceof HumanGateResolved g) return Optional.of(g.gate().wire());
        return Optional.empty();
    }

    public Optional<String> decision(int index) {
        return event(index) instanceof HumanGateResolved g ? Optional.of(g.decision().wire()) : Optional.empty();
    }

    /** The artifact key an {@code artifact_written} or {@code artifact_patch} is about. */
    public Optional<String> artifact(int index) {
        TraceEvent e = event(index);
        if (e instanceof ArtifactWritten w) return Optional.of(w.artifact().artifactKey());
        if (e instanceof ArtifactPatch p) return Optional.of(p.artifactKey());
        return Optional.empty();
    }

    public Optional<String> tool(int index) {
        return event(index) instanceof ToolCall t ? Optional.of(t.name()) : Optional.empty();
    }

    /** The name of the span a {@code span_started} opens or a {@code span_ended} closes. */
    public Optional<String> span(int index) {
        TraceEvent e = event(index);
        if (e instanceof SpanStarted s) return Optional.of(s.name());
        if (e instanceof SpanEnded s) return Optional.ofNullable(spanNames.get(s.spanId()));
        return Optional.empty();
    }

    /**
     * An outcome: the run's new status ({@code run_status_changed}), a span's status
     * ({@code span_ended}), {@code ok} or {@code failed} for {@code step_completed}.
     */
    public Optional<String> status(int index) {
        TraceEvent e = event(index);
        if (e instanceof RunStatusChanged r) return Optional.ofNullable(r.status().wire());
        if (e instanceof SpanEnded s) return s.status().map(SpanStatus::wire);
        if (e instanceof StepCompleted s) return Optional.of(s.ok() ? "ok" : "failed");
        return Optional.empty();
    }

    /** Milliseconds from the first event's timestamp to this one's (empty when either does not parse). */
    public OptionalDouble offsetMillis(int index) {
        if (start.isEmpty()) return OptionalDouble.empty();
        Optional<Instant> t = Timestamps.parse(event(index).ts());
        if (t.isEmpty()) return OptionalDouble.empty();
        Duration d = Duration.between(start.get(), t.get());
        return OptionalDouble.of(d.getSeconds() * 1000.0 + d.getNano() / 1e6);
    }

    /** Whether any string the event carries (see the {@code text} field) satisfies {@code test}. */
    public boolean anyText(int index, Predicate<String> test) {
        return EventText.any(event(index), test);
    }
}
