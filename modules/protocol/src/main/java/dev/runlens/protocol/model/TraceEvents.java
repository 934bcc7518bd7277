package dev.runlens.protocol.model;

/** Builds the typed record for one trace event by its {@code type}. */
final class TraceEvents {
    private TraceEvents() {}

    /** The event at {@code index}; an {@link UnknownEvent} for an unknown type or an unreadable required enum. */
    static TraceEvent read(int index, Node n) {
        if (!n.isObject()) return UnknownEvent.read(index, n);
        try {
            return typed(index, n);
        } catch (Node.Invalid e) {
            return UnknownEvent.read(index, n);
        }
    }

    private static TraceEvent typed(int index, Node n) {
        return switch (n.str("type")) {
            case StepStarted.TYPE -> StepStarted.read(index, n);
            case StepCompleted.TYPE -> StepCompleted.read(index, n);
            case ArtifactWritten.TYPE -> ArtifactWritten.read(index, n);
            case ArtifactPatch.TYPE -> ArtifactPatch.read(index, n);
            case ModelIo.TYPE -> ModelIo.read(index, n);
            case ToolCall.TYPE -> ToolCall.read(index, n);
            case HumanGateRequested.TYPE -> HumanGateRequested.read(index, n);
            case HumanGateResolved.TYPE -> HumanGateResolved.read(index, n);
            case RuleChanged.TYPE -> RuleChanged.read(index, n);
            case PolicyChanged.TYPE -> PolicyChanged.read(index, n);
            case ErrorEvent.TYPE -> ErrorEvent.read(index, n);
            case RunForked.TYPE -> RunForked.read(index, n);
            case AnnotationEvent.TYPE -> AnnotationEvent.read(index, n);
            case RunStatusChanged.TYPE -> RunStatusChanged.read(index, n);
            case SpanStarted.TYPE -> SpanStarted.read(index, n);
            case SpanEnded.TYPE -> SpanEnded.read(index, n);
            default -> UnknownEvent.read(index, n);
        };
    }
}
