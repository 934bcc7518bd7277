/**
 * Analyses over a {@link dev.runlens.replay.Replay}: why a run failed or was cancelled
 * ({@link dev.runlens.replay.analysis.FailureAnalysis}), its critical paths over the workflow
 * DAG by latency and by cost ({@link dev.runlens.replay.analysis.CriticalPaths}), what its
 * model calls cost by step, model and provider ({@link dev.runlens.replay.analysis.RunCosts}),
 * and which step wrote each artifact version ({@link dev.runlens.replay.analysis.StepArtifacts}).
 */
package dev.runlens.replay.analysis;
