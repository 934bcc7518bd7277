package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;

/**
 * One event of the trace: the sixteen kinds protocol 1.0.0 defines, or an {@link UnknownEvent}
 * for anything else, so no event is ever lost. The common fields live in {@link #header()}.
 */
public sealed interface TraceEvent permits StepStarted, StepCompleted, ArtifactWritten, ArtifactPatch, ModelIo,
        ToolCall, HumanGateRequested, HumanGateResolved, RuleChanged, PolicyChanged, ErrorEvent, RunForked,
        AnnotationEvent, RunStatusChanged, SpanStarted, SpanEnded, UnknownEvent {

    EventHeader header();

    /** The wire {@code type} ({@code "step_started"}...; for an unknown event, whatever was written). */
    String type();

    /** Position in the trace array. */
    default int index() {
        return header().index();
    }

    default String id() {
        return header().id();
    }

    default String runId() {
        return header().runId();
    }

    /** Timestamp as written. */
    default String ts() {
        return header().ts();
    }

    default Optional<String> stepId() {
        return header().stepId();
    }

    default Optional<String> correlationId() {
        return header().correlationId();
    }

    /** Keys of the raw event that its schema does not know (zod strips them). */
    default Map<String, JsonValue> extras() {
        return header().extras();
    }
}
