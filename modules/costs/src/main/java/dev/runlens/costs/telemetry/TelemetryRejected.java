package dev.runlens.costs.telemetry;

/**
 * The runtime's {@code summarizeModelTelemetry} would throw a {@code ZodError} for these bundles:
 * it validates its own output, which is stricter than the bundle schema (surprise #15: an empty
 * {@code stepId} or {@code correlationId}, a white-space-only currency, totals beyond 2^53 - 1).
 */
public final class TelemetryRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public TelemetryRejected(String message) {
        super(message);
    }
}
