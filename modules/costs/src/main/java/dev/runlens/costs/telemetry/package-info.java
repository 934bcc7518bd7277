/**
 * The telemetry ledger: the reference runtime's {@code summarizeModelTelemetry} (0.3.3) in Java.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Bit for bit, not "close".</b> Context: the protocol's promise is that an independent reader
 * reaches the same telemetry numbers as the runtime. Choice: the same double arithmetic in the same
 * order (durations summed as doubles, each running cost sum rounded with {@code toFixed(12)}, see
 * {@code JsArithmetic}), JavaScript's trim and upper-casing of currencies, the output schema's extra
 * rules as {@link dev.runlens.costs.telemetry.TelemetryRejected}, and bucket order by a
 * {@code localeCompare} emulation ({@code IcuRootOrder}). Consequence: {@code TelemetryJson} text
 * equals the runtime's JSON for every corpus file and sample bundle (tested against
 * {@code manifest.json} and {@code expected.json}); keys beyond ASCII are ordered approximately.</li>
 * <li><b>Two ledgers, one rule set.</b> {@code dev.runlens.replay.Totals} / {@code Spend} (per step, per
 * trace position, for the run view) count the same events with the same token and currency rules but
 * sum amounts exactly in decimal. Both share {@code Totals.currency}; a test checks that they agree
 * within the runtime's 1e-12 rounding on every sample. Use this package where the runtime's own
 * figures are wanted ({@code runlens telemetry}); use exact decimals for money everywhere else.</li>
 * </ul>
 */
package dev.runlens.costs.telemetry;
