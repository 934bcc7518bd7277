package dev.runlens.costs.telemetry;

import java.util.List;

/**
 * {@code ModelTelemetrySummary}: what the runtime's {@code summarizeModelTelemetry} returns, field
 * for field. Buckets are sorted by key as the runtime's {@code localeCompare} sorts them.
 */
public record TelemetrySummary(String generatedAt, List<String> runIds, TelemetryTotals totals,
                               List<TelemetryEntry> entries, List<TelemetryBucket> byProvider,
                               List<TelemetryBucket> byModel, List<TelemetryBucket> byProviderModel,
                               List<TelemetryBucket> byStep, List<TelemetryBucket> byUser,
                               List<TelemetryBucket> byTenant, List<TelemetryBucket> byPlan) {
    public TelemetrySummary {
        runIds = List.copyOf(runIds);
        entries = List.copyOf(entries);
        byProvider = List.copyOf(byProvider);
        byModel = List.copyOf(byModel);
        byProviderModel = List.copyOf(byProviderModel);
        byStep = List.copyOf(byStep);
        byUser = List.copyOf(byUser);
        byTenant = List.copyOf(byTenant);
        byPlan = List.copyOf(byPlan);
    }
}
