package dev.runlens.costs.telemetry;

/** {@code ModelTelemetryBucket}: a key such as {@code provider:openai}, its label and its totals. */
public record TelemetryBucket(String key, String label, TelemetryTotals totals) {}
