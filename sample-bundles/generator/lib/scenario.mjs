// Runs one scenario deterministically against a fresh WorkbenchRuntime.
import { MemoryArtifactStore, WorkbenchRuntime } from "@llm-workbench/runtime";
import { FakeClock, Scheduler, makeRng, withDeterminism } from "./det.mjs";
import { RunHost } from "./host.mjs";
import { detachedState, exportDetached } from "./export.mjs";

export const SET_SEED = "runlens/sample-bundles/v1";

/**
 * def: { id, start (ISO), workflow, startInput(ctx) -> StartRunInput (without workflow),
 *        play(host, ctx), externalStore?: {thresholdBytes}, engine?: boolean, detail? }
 * Returns { bundle, parentState } where parentState is a detached RunStoreState
 * (usable with buildForkStartInput).
 */
export async function runScenario(def, extra = {}) {
  const rng = makeRng(`${SET_SEED}/${def.id}`);
  const clock = new FakeClock(def.start);
  const sched = new Scheduler(clock);
  return withDeterminism(clock, rng, async () => {
    const runtime = new WorkbenchRuntime({
      artifactStore: def.externalStore ? new MemoryArtifactStore() : undefined,
      artifactExternalizationThresholdBytes: def.externalStore?.thresholdBytes,
    });
    const input = def.startInput({ rng, clock, ...extra });
    const { runId } = runtime.startRun(input);
    const host = new RunHost({ runtime, runId, clock, rng, sched, workflowId: input.workflow.id, detail: def.detail ?? "full" });
    await def.play(host, { rng, clock, runtime, runId, ...extra });
    const bundle = await exportDetached(runtime, runId, { includeEngine: def.engine !== false });
    const state = detachedState(runtime, runId);
    return { bundle, state, runId };
  });
}
