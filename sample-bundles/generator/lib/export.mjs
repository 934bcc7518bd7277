// Export workaround for runtime defect "Surprises #1": exportRunBundle() throws
// ("cyclic structure") whenever one object is reachable twice (every
// object-valued artifact is stored in the artifact map and in its
// artifact_written event). Detach object identity with a JSON round-trip of
// the run state, re-import it through the public runtime.importState(), then
// call the official session.exportRunBundle().
const detach = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export function detachedState(runtime, runId) {
  const st = runtime.getState(runId);
  return {
    revision: st.revision,
    run: detach(st.run),
    trace: detach(st.trace),
    artifactsByKey: new Map([...st.artifactsByKey].map(([k, v]) => [k, detach(v)])),
    ruleSetsById: new Map([...st.ruleSetsById].map(([k, v]) => [k, detach(v)])),
    stepStatus: new Map(st.stepStatus),
    gateState: new Map([...st.gateState].map(([k, v]) => [k, detach(v)])),
    idempotency: new Map([...st.idempotency].map(([k, v]) => [k, detach(v)])),
  };
}

export async function exportDetached(runtime, runId, opts) {
  runtime.importState(detachedState(runtime, runId));
  return runtime.session(runId).exportRunBundle(opts);
}
