package dev.runlens.costs.telemetry;

import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.Subject;
import dev.runlens.protocol.model.Usage;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One {@code model_io} event of the ledger ({@code ModelTelemetryEntry}): the event's fields, the
 * run's subject, and the cost with its currency trimmed and upper-cased (the amount untouched).
 */
public record TelemetryEntry(String eventId, String runId, String ts, Optional<String> stepId,
                             Optional<String> correlationId, ModelDirection direction, Optional<String> provider,
                             Optional<String> model, Optional<Subject> subject, Optional<Usage> usage,
                             Optional<Cost> cost, OptionalDouble durationMs) {

    /** {@code totalTokens} as reported, else input + output: the runtime never adds both. */
    public long derivedTotalTokens() {
        if (usage.isEmpty()) return 0;
        Usage u = usage.get();
        return u.totalTokens().orElse(u.inputTokens().orElse(0) + u.outputTokens().orElse(0));
    }
}
