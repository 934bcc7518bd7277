/**
 * Immutable typed records for run bundles of protocol 1.0.0, built by {@link
 * dev.runlens.protocol.model.BundleModel} after the schema gate (step three of "wire JSON ->
 * validate -> records").
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Values come from the normalised tree, extras from the raw one.</b> Defaults are then
 *       exactly the runtime's ({@code gatePolicy = AUTO}, empty {@code inputs}, {@code edges},
 *       {@code checkpoints}), and every record read from a stripping {@code z.object} carries
 *       {@code extras()}: the keys of the raw object at the same position that the schema does not
 *       know. They are kept for display and findings, never silently lost. The {@code .strict()}
 *       objects inside events ({@link dev.runlens.protocol.model.Usage}, {@link
 *       dev.runlens.protocol.model.Cost}, {@link dev.runlens.protocol.model.PatchOp}) have none:
 *       an unknown key there makes the event invalid.</li>
 *   <li><b>Record positions ({@code run.metadata}, span {@code attributes}) are the runtime's
 *       output</b>, so an own {@code "__proto__"} key, which zod drops there, is not in the model;
 *       the raw tree still has it.</li>
 *   <li><b>Optional means absent from the file.</b> JSON {@code null} in a {@code z.unknown}
 *       position is {@code Optional.of(JsonValue.Null)}. Absent optional lists and maps
 *       ({@code tags}, {@code annotations}, {@code parentRunIds}, span {@code attributes}) are
 *       empty; absent {@code metadata} is an empty object.</li>
 *   <li><b>Lenient models of rejected files.</b> {@code BundleModel.lenient} validates each part
 *       on its own (run, each event, artifact, rule set, engine, integrity) and uses the normalised
 *       part when it passes. A part that fails is read from the raw tree with the schema's defaults:
 *       a missing string is {@code ""}, a missing number {@code 0}, an unreadable enum {@code
 *       UNKNOWN} (only enums outside events have that constant; accepted bundles never show it),
 *       non-object list items are skipped. An event that fails becomes an {@link
 *       dev.runlens.protocol.model.UnknownEvent} holding the raw value, so trace positions never
 *       shift.</li>
 * </ul>
 */
package dev.runlens.protocol.model;
