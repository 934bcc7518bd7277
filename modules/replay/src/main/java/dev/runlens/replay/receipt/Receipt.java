package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.Usage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One model call. Provider and model are the response's when it names them, else the request's;
 * usage, cost and duration are the response's as reported. {@code responseText} is the text of
 * the response payload, else the streamed text, else the response's summary, else (when there
 * are no tool calls either) the payload as compact JSON. {@code streamedText} is the chunks' text
 * concatenated in trace order. {@code requestMessages} of a paired receipt are worked out from the
 * request's payload when first read.
 */
public record Receipt(Optional<String> correlationId, Optional<String> stepId, Pairing pairing,
                      Optional<ModelIo> request, Optional<ModelIo> response, List<ModelIo> chunks,
                      Optional<String> provider, Optional<String> model, Optional<Usage> usage, Optional<Cost> cost,
                      OptionalDouble durationMs, List<Message> requestMessages, String responseText,
                      String streamedText, List<ToolUse> toolCalls) {
    public Receipt {
        chunks = List.copyOf(chunks);
        requestMessages = requestMessages instanceof OnFirstUse<Message> ? requestMessages : List.copyOf(requestMessages);
        toolCalls = List.copyOf(toolCalls);
    }

    /** Trace index of the receipt's first event. */
    public int firstIndex() {
        return request.or(() -> response).map(ModelIo::index)
                .orElseGet(() -> chunks.isEmpty() ? -1 : chunks.get(0).index());
    }
}
