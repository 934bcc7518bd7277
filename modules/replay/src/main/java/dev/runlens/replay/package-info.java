/**
 * The state of a run at any trace position.
 *
 * <p>{@link dev.runlens.replay.Replay#of} folds the trace once; {@link dev.runlens.replay.Replay#stateAt}
 * then gives an immutable {@link dev.runlens.replay.RunState}: step statuses and gate slots, gate
 * episodes, artifact versions (patches replayed with zjsonpatch), patch outcomes, the span
 * forest, spend per step / DAG node per currency, run status and the last applied event.
 * Sub-packages: {@code receipt} (model-call receipts), {@code analysis} (failure analysis,
 * critical paths).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Histories instead of snapshots.</b> Context: jumping anywhere in a 200,000-event trace
 * must answer in well under 50 ms. Choice: while folding, every entity (step, gate episode,
 * artifact, span, patch, spend bucket) records each immutable state it takes with the event index
 * that produced it; a jump binary-searches each entity's history. This is a checkpoint per
 * entity change, structurally shared by every position, instead of whole-state snapshots every
 * K events. Consequence: memory grows with the number of changes (not positions × state), a jump
 * costs O(entities · log changes) whatever its distance, and {@link dev.runlens.replay.Replay#forward()}
 * (a plain fold without histories) gives an independent path that tests compare against.</li>
 * <li><b>Patches as the runtime applies them.</b> Context: the runtime applies a host's ops with
 * fast-json-patch 3.1.1 ({@code applyPatch(structuredClone(prev.data ?? {}), patch, true, false)})
 * and records only patches that succeeded. Choice: zjsonpatch, op by op in place, with only
 * {@code FORBID_REMOVE_MISSING_OBJECT} (so missing values, members and indexes are errors, as
 * under fast-json-patch's validation); root operations, {@code test} (JavaScript equality) and the
 * {@code __proto__} ban are done by {@code PatchReplay} itself; numbers cross as doubles both ways.
 * Consequence: a replay failure means the recorded ops cannot reproduce the version (surprise #21,
 * or tampering); it is recorded and the version taken from {@code artifacts[]} when that holds it.
 * Known remaining difference: array indexes written with leading zeros ({@code /a/01}), which
 * fast-json-patch reads as numbers and zjsonpatch refuses.</li>
 * <li><b>CHECKPOINT notes.</b> A note on a CHECKPOINT resolution is either a reviewer's note or
 * a checkpoint id (surprise #10); the replay decides with the whole trace (see
 * {@code CheckpointNotes}) and keeps the note as written either way. Final gate slots equal the
 * engine snapshot on every untampered corpus and sample bundle.</li>
 * <li><b>Spend</b> counts {@code model_io} responses only, as {@code summarizeModelTelemetry}
 * does, and sums each currency exactly in decimal (the runtime rounds running sums to 12
 * decimals).</li>
 * </ul>
 * A {@code Replay} is immutable once built and safe to share between threads.
 */
package dev.runlens.replay;
