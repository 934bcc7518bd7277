package dev.runlens.replay.filter;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;

import java.util.Locale;

/**
 * The family of a trace event, by its type: what the trace table colours a row by and what the
 * filter field {@code family} compares. Run-level events (status, fork, rules, policies,
 * annotations) and events of unknown type are {@link #RUN}.
 */
public enum EventFamily {
    MODEL, TOOL, GATE, ARTIFACT, STEP, SPAN, ERROR, RUN;

    /** The name the filter language and style classes use ({@code model}, {@code tool}...). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventFamily of(TraceEvent e) {
        if (e instanceof ModelIo) return MODEL;
        if (e instanceof ToolCall) return TOOL;
        if (e instanceof HumanGateRequested || e instanceof HumanGateResolved) return GATE;
        if (e instanceof ArtifactWritten || e instanceof ArtifactPatch) return ARTIFACT;
        if (e instanceof StepStarted || e instanceof StepCompleted) return STEP;
        if (e instanceof SpanStarted || e instanceof SpanEnded) return SPAN;
        if (e instanceof ErrorEvent) return ERROR;
        return RUN; // run status, fork, rules, policy, annotation, unknown types
    }
}
