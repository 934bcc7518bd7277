package dev.runlens.replay;

import dev.runlens.protocol.model.SpanKind;
import dev.runlens.protocol.model.SpanStatus;
import dev.runlens.protocol.model.StepError;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** One span at one trace position: open until its {@code span_ended} has been applied. */
public record SpanView(String spanId, Optional<String> parentSpanId, String name, Optional<String> stepId,
                       Optional<SpanKind> kind, int startIndex, String startedAt, OptionalInt endIndex,
                       Optional<String> endedAt, Optional<SpanStatus> status, OptionalDouble durationMs,
                       Optional<StepError> error) {

    public boolean open() {
        return endIndex.isEmpty();
    }

    SpanView ended(int index, String ts, Optional<SpanStatus> s, OptionalDouble d, Optional<StepError> e) {
        return new SpanView(spanId, parentSpanId, name, stepId, kind, startIndex, startedAt, OptionalInt.of(index),
                Optional.of(ts), s, d, e);
    }
}
