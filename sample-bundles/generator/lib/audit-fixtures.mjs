// Audit fixtures: one file per RunLens audit finding code, under ../negative/audit/<code-in-kebab-case>.json.
// Each is the realistic claims-triage rework bundle, parsed, with exactly the defect its code names
// (plus, where the defect cannot exist alone, the companions listed in `also`), re-signed with the
// runtime's own attachRunBundleIntegrity unless the defect is about the integrity itself.
// Written pretty-printed so findings have meaningful line numbers.
import { createHash } from "node:crypto";
import {
  SchemaRegistry,
  attachRunBundleIntegrity,
  buildUserExportBundle,
  computeRunBundleIntegrity,
  encodeArtifactPayloadBytes,
  parseRunBundleJson,
  sha256Hex,
} from "@llm-workbench/runtime";
// The runtime's own JSON Patch library (pinned by package-lock.json), imported as its patchArtifact does.
import fastJsonPatch from "fast-json-patch";
import { NEGATIVE_BASE_RUN } from "./negatives.mjs";

const clone = (o) => JSON.parse(JSON.stringify(o));
const pretty = (o) => JSON.stringify(o, null, 2) + "\n";
const kebab = (code) => `${code.toLowerCase().replaceAll("_", "-")}.json`;
const shiftTs = (ts, ms) => new Date(Date.parse(ts) + ms).toISOString();

/** A deterministic UUID-v4-shaped id derived from a label. */
function fakeUuid(label) {
  const h = createHash("sha256").update(`runlens/audit-fixtures/${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function find(o, pred, what) {
  const i = o.trace.findIndex(pred);
  if (i < 0) throw new Error(`audit fixtures: no ${what}`);
  return i;
}

const isTool = (name) => (e) => e.type === "tool_call" && e.name === name;
const isResponse = (provider) => (e) => e.type === "model_io" && e.direction === "response" && (!provider || e.provider === provider);

/** The event at `i` turned into an annotation (same id, run, time and step): the trace keeps its length. */
function toAnnotation(o, i, text) {
  const e = o.trace[i];
  o.trace[i] = { id: e.id, runId: e.runId, ts: e.ts, ...(e.stepId ? { stepId: e.stepId } : {}), type: "annotation", text };
}

/** Inserts events before position `at`, bumping the engine revision as the runtime's appendTrace does. */
function insertEvents(o, at, events) {
  o.trace.splice(at, 0, ...events);
  if (o.engine) o.engine.revision += events.length;
}

/**
 * claim.routing patched v2 -> v3 after the assignment was written, as patchArtifact does it: v3's data is
 * fast-json-patch's applyPatch(structuredClone(v2), ops, true, false), v3 keeps v2's pointer, the ops are
 * recorded in an artifact_patch event (engine revision bumped). `record(ops)` gives the ops the event shows.
 * The ops touch no value added by the same patch, so the runtime records them faithfully (surprise #21).
 */
function patchRouting(o, record) {
  const ops = [
    { op: "replace", path: "/priority", value: "P1" },
    { op: "add", path: "/nextActions/0", value: "Call the claimant about the frame number" },
    { op: "replace", path: "/nextActions/3", value: "Hold settlement until the retailer confirms the receipt" },
  ];
  const i = find(o, (e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.assignment", "assignment write");
  const ts = o.trace[i].ts;
  const a = o.artifacts.find((x) => x.artifactKey === "claim.routing");
  if (a.version !== 2 || a.data.nextActions.length !== 3) throw new Error("audit fixtures: claim.routing is not the expected v2");
  const data = fastJsonPatch.applyPatch(structuredClone(a.data), clone(ops), true, false).newDocument;
  const patch = record(clone(ops));
  insertEvents(o, i + 1, [{ id: `evt_${fakeUuid("routing-patch-chain")}`, runId: o.run.id, ts, type: "artifact_patch", artifactKey: "claim.routing", fromVersion: 2, toVersion: 3, patch }]);
  Object.assign(a, { version: 3, createdAt: ts, data });
  return { before: o.trace.find((e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.routing" && e.artifact.version === 2).artifact.data, patch, data };
}

/** What replaying the recorded ops gives (fast-json-patch as patchArtifact calls it), or the error's name. */
function replayed({ before, patch }) {
  try {
    return fastJsonPatch.applyPatch(structuredClone(before), clone(patch), true, false).newDocument;
  } catch (e) {
    return e.name;
  }
}

/** Normalised by the runtime's parser (schema order, defaults), then signed by attachRunBundleIntegrity. */
async function signed(o) {
  const parsed = parseRunBundleJson(JSON.stringify({ ...o, integrity: undefined }));
  delete parsed.integrity;
  return attachRunBundleIntegrity(parsed);
}

/** Integrity of the text's parsed bundle written into the text (the text keeps whatever else it says). */
async function resignText(text, oldSha) {
  const sha = await computeRunBundleIntegrity(parseRunBundleJson(text));
  if (text.split(oldSha).length !== 2) throw new Error("audit fixtures: integrity hash not unique in text");
  return text.replace(oldSha, sha);
}

/** The object as written, for files the runtime rejects (no normalisation possible). */
const rawText = (o) => pretty(o);

/** code -> { description, also?: companion codes, make(o) -> object (signed here) | {text} | {bytes} } */
const FIXTURES = {
  // --- integrity ----------------------------------------------------------
  BUNDLE_REJECTED: {
    description: "A trace event of unknown type \"cache_hit\" inserted after the fraud.score tool_call (engine revision bumped); integrity over the raw object: parseRunBundleJson rejects the file",
    make: async (o) => {
      const i = find(o, isTool("fraud.score"), "fraud.score");
      const at = o.trace[i];
      insertEvents(o, i + 1, [{ id: `evt_${fakeUuid("cache-hit")}`, runId: o.run.id, ts: at.ts, stepId: at.stepId, type: "cache_hit", cacheKey: "fraud.score:CLM-2026-0527786", ageSeconds: 412 }]);
      o.integrity = { sha256: await computeRunBundleIntegrity(o) };
      return { text: rawText(o) };
    },
  },
  INTEGRITY_MISMATCH: {
    description: "cost.amount of the first model response raised by 0.000001 after signing; integrity kept",
    make: async (o) => {
      const s = await signed(o);
      const e = s.trace[find(s, isResponse(), "response")];
      e.cost.amount = Number((e.cost.amount + 0.000001).toFixed(7));
      return { text: pretty(s) };
    },
  },
  INTEGRITY_MISSING: {
    description: "integrity removed (verify false, import MISSING_INTEGRITY)",
    make: async (o) => {
      const s = await signed(o);
      delete s.integrity;
      return { text: pretty(s) };
    },
  },
  CONTENT_OUTSIDE_HASH: {
    description: "An unknown top-level member exportedBy after integrity: outside the hash, dropped by the schema; both verdicts true",
    make: async (o) => ({ text: pretty({ ...(await signed(o)), exportedBy: { app: "runlens-demo-host", version: "3.4.1", exportedAt: "2026-10-06T13:20:00.000Z" } }) }),
  },
  STRIPPED_FIELD: {
    description: "A field owner added to the first workflow step (zod strips it); signed over the parsed bundle, so the file as written hashes differently",
    also: ["RAW_HASH_DIFFERS"],
    make: async (o) => {
      const s = await signed(o);
      s.run.workflowSnapshot.steps[0].owner = "claims-ops@example.de";
      return { text: pretty(s) };
    },
  },
  RAW_HASH_DIFFERS: {
    description: "A field reviewerEmail added to the rejected human_gate_resolved event after signing the parsed bundle: verifyParsed true, verifyRaw false",
    also: ["STRIPPED_FIELD"],
    make: async (o) => {
      const s = await signed(o);
      s.trace[find(s, (e) => e.type === "human_gate_resolved" && e.decision === "rejected", "rejection")].reviewerEmail = "claims.lead@example.de";
      return { text: pretty(s) };
    },
  },
  RAW_HASH_ONLY: {
    description: "Workflow steps without the schema's defaults (gatePolicy AUTO, empty inputs/outputs), hashed as written: verifyRaw true, verifyParsed false",
    also: ["INTEGRITY_MISMATCH"],
    make: async (o) => {
      const s = await signed(o);
      for (const st of s.run.workflowSnapshot.steps) {
        if (st.gatePolicy === "AUTO") delete st.gatePolicy;
        if (Array.isArray(st.inputs) && st.inputs.length === 0) delete st.inputs;
        if (Array.isArray(st.outputs) && st.outputs.length === 0) delete st.outputs;
      }
      s.integrity = { sha256: await computeRunBundleIntegrity(s) };
      return { text: pretty(s) };
    },
  },
  DUPLICATE_KEY: {
    description: "The rejected PAUSE_AFTER resolution carries \"decision\" twice: first \"approved\", last the signed \"rejected\" (JSON.parse keeps the last, so it verifies)",
    make: async (o) => {
      const text = pretty(await signed(o));
      const needle = `"decision": "rejected"`;
      if (text.split(needle).length !== 2) throw new Error("audit fixtures: expected one rejected decision");
      const lineStart = text.lastIndexOf("\n", text.indexOf(needle)) + 1;
      const indent = text.slice(lineStart, text.indexOf(needle));
      return { text: text.replace(needle, `"decision": "approved",\n${indent}${needle}`) };
    },
  },
  UNSAFE_INTEGER: {
    description: "A Gemini response payload carries serverReceiveTimeNs = 1791282205123456789 (> 2^53); integrity of the parsed bundle",
    make: async (o) => {
      const s = await signed(o);
      s.trace[find(s, isResponse("google"), "google response")].payload.serverReceiveTimeNs = "__UNSAFE_INT__";
      const text = pretty(s).replace(`"__UNSAFE_INT__"`, "1791282205123456789");
      return { text: await resignText(text, s.integrity.sha256) };
    },
  },
  LONE_SURROGATE: {
    description: "An Anthropic response text ends with a lone surrogate (written as the escape \\ud800); signed by the runtime",
    make: async (o) => {
      o.trace[find(o, isResponse("anthropic"), "anthropic response")].payload.content[0].text += " \ud800";
      return signed(o);
    },
  },
  NON_FINITE_NUMBER: {
    description: "tool_call fraud.score result.calibration.upperBound = 1e400 (Infinity, hashed as null); integrity of the parsed bundle",
    make: async (o) => {
      const s = await signed(o);
      s.trace[find(s, isTool("fraud.score"), "fraud.score")].result.calibration = { upperBound: "__INF__" };
      return { text: await resignText(pretty(s).replace(`"__INF__"`, "1e400"), s.integrity.sha256) };
    },
  },
  INVALID_UTF8: {
    description: "The first \"München\" has its ü written as the Latin-1 byte FC; integrity of the text as Node decodes it (U+FFFD), so only the bytes are wrong",
    make: async (o) => {
      const s = await signed(o);
      const b = Buffer.from(pretty(s), "utf8");
      const i = b.indexOf(Buffer.from("München", "utf8"));
      if (i < 0) throw new Error("audit fixtures: München not found");
      const bad = Buffer.concat([b.subarray(0, i + 1), Buffer.from([0xfc]), b.subarray(i + 3)]);
      const text = await resignText(bad.toString("utf8"), s.integrity.sha256);
      const sha = text.match(/"sha256": "([0-9a-f]{64})"/)[1];
      return { bytes: Buffer.from(bad.toString("latin1").replace(s.integrity.sha256, sha), "latin1") };
    },
  },
  REFERENCE_CANNOT_HASH: {
    description: "A policy.lookup tool_call result holds arrays nested 5000 levels deep: the runtime's canonical serializer overflows (verify throws RangeError); integrity of the base kept",
    make: async (o) => {
      const s = await signed(o);
      s.trace[find(s, isTool("policy.lookup"), "policy.lookup")].result.__deep__ = "__DEEP__";
      return { text: pretty(s).replace(`"__DEEP__"`, "[".repeat(5000) + "0" + "]".repeat(5000)) };
    },
  },
  DECLARED_HASH_NOT_CANONICAL: {
    description: "integrity.sha256 written in upper-case hex: the runtime compares exactly and reports a mismatch",
    also: ["INTEGRITY_MISMATCH"],
    make: async (o) => {
      const s = await signed(o);
      s.integrity.sha256 = s.integrity.sha256.toUpperCase();
      return { text: pretty(s) };
    },
  },

  // --- events -------------------------------------------------------------
  DUPLICATE_EVENT_ID: {
    description: "The span_ended after the fraud.score tool_call reuses the tool_call's event id",
    make: (o) => {
      const i = find(o, isTool("fraud.score"), "fraud.score");
      o.trace[i + 1].id = o.trace[i].id;
      return o;
    },
  },
  FOREIGN_RUN_EVENT: {
    description: "The policy.lookup tool_call carries another run's id",
    make: (o) => {
      o.trace[find(o, isTool("policy.lookup"), "policy.lookup")].runId = `run_${fakeUuid("other-run")}`;
      return o;
    },
  },
  UNKNOWN_STEP: {
    description: "The fraud.score tool_call references step \"refer_to_siu\", which the workflow does not have (import fails INVALID_RUN_BUNDLE)",
    make: (o) => {
      o.trace[find(o, isTool("fraud.score"), "fraud.score")].stepId = "refer_to_siu";
      return o;
    },
  },
  TIMESTAMP_UNPARSEABLE: {
    description: "ts of the policy.lookup tool_call set to 30 February; integrity over the raw object; the schema rejects the file",
    also: ["BUNDLE_REJECTED"],
    make: async (o) => {
      const e = o.trace[find(o, isTool("policy.lookup"), "policy.lookup")];
      e.ts = "2026-02-30" + e.ts.slice(10);
      o.integrity = { sha256: await computeRunBundleIntegrity(o) };
      return { text: rawText(o) };
    },
  },
  TIMESTAMP_BACKWARDS: {
    description: "The fraud_screen chat span starts 1.5 s before the event preceding it in the trace",
    make: (o) => {
      const i = find(o, (e) => e.type === "span_started" && e.stepId === "fraud_screen" && e.name.startsWith("chat"), "fraud_screen chat span");
      o.trace[i].ts = shiftTs(o.trace[i - 1].ts, -1500);
      return o;
    },
  },
  TIMESTAMP_OUTSIDE_RUN: {
    description: "The first event (rule_changed) is dated 2 s before run.startedAt",
    make: (o) => {
      o.trace[0].ts = shiftTs(o.run.startedAt, -2000);
      return o;
    },
  },
  STEP_COMPLETED_WITHOUT_START: {
    description: "The step_started of fraud_screen replaced by an annotation (same id and time): the step completes without starting",
    make: (o) => {
      toAnnotation(o, find(o, (e) => e.type === "step_started" && e.stepId === "fraud_screen", "fraud_screen start"), "fraud screening picked up");
      return o;
    },
  },
  GATE_RESOLVED_WITHOUT_REQUEST: {
    description: "The PAUSE_BEFORE human_gate_requested of notify_handler replaced by an annotation: its approval answers no request",
    make: (o) => {
      toAnnotation(o, find(o, (e) => e.type === "human_gate_requested" && e.stepId === "notify_handler", "notify_handler request"), "handler notification prepared");
      return o;
    },
  },
  SPAN_NEVER_ENDED: {
    description: "The span_ended of the email.send tool span replaced by an annotation: the span never ends in a completed run",
    make: (o) => {
      const start = o.trace[find(o, (e) => e.type === "span_started" && e.name === "tool.email.send", "email.send span")];
      toAnnotation(o, find(o, (e) => e.type === "span_ended" && e.spanId === start.spanId, "email.send span end"), "e-mail handed to the relay");
      return o;
    },
  },
  SPAN_ENDED_WITHOUT_START: {
    description: "The span_started of the email.send tool span replaced by an annotation: its span_ended closes nothing",
    make: (o) => {
      toAnnotation(o, find(o, (e) => e.type === "span_started" && e.name === "tool.email.send", "email.send span"), "sending the handler e-mail");
      return o;
    },
  },

  // --- artifacts ----------------------------------------------------------
  PAYLOAD_HASH_MISMATCH: {
    description: "claim.coverage deductible 150 -> 250 (same length) in artifacts[] and its artifact_written event, re-signed: only pointer.payloadHash shows it",
    make: (o) => {
      for (const a of [o.artifacts.find((x) => x.artifactKey === "claim.coverage"), ...o.trace.filter((e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.coverage").map((e) => e.artifact)]) {
        if (a.data.deductible.amount !== 150) throw new Error("audit fixtures: unexpected deductible");
        a.data.deductible.amount = 250;
      }
      return o;
    },
  },
  BYTE_LENGTH_MISMATCH: {
    description: "claim.coverage pointer.byteLength raised by 3 in artifacts[] and its artifact_written event, re-signed",
    make: (o) => {
      for (const a of [o.artifacts.find((x) => x.artifactKey === "claim.coverage"), ...o.trace.filter((e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.coverage").map((e) => e.artifact)]) {
        a.pointer.byteLength += 3;
      }
      return o;
    },
  },
  PAYLOAD_HASH_CARRIED_OVER: {
    description: "claim.routing patched v2 -> v3 (replace /priority) after the assignment was written, as patchArtifact does: v3 keeps v2's pointer (engine revision bumped)",
    make: (o) => {
      const i = find(o, (e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.assignment", "assignment write");
      const ts = o.trace[i].ts;
      const patch = [{ op: "replace", path: "/priority", value: "P1" }];
      insertEvents(o, i + 1, [{ id: `evt_${fakeUuid("routing-patch")}`, runId: o.run.id, ts, type: "artifact_patch", artifactKey: "claim.routing", fromVersion: 2, toVersion: 3, patch }]);
      const a = o.artifacts.find((x) => x.artifactKey === "claim.routing");
      if (a.version !== 2) throw new Error("audit fixtures: claim.routing is not at v2");
      Object.assign(a, { version: 3, createdAt: ts, data: { ...a.data, priority: "P1" } });
      return o;
    },
  },
  REDACTED_PAYLOAD_HASH_STALE: {
    description: "User export (buildUserExportBundle with claimant name and e-mail redacted in claims.fnol.v2) + attachRunBundleIntegrity: the redacted artifact keeps its original payloadHash",
    also: ["USER_EXPORT"],
    make: (o) => userExport(o, ["/claimant/name", "/claimant/email"]),
  },
  USER_EXPORT: {
    description: "User export (buildUserExportBundle, no redaction paths registered) + attachRunBundleIntegrity: payloads, tool data, engine and metadata removed",
    make: (o) => userExport(o, []),
  },
  ARTIFACT_VERSION_GAP: {
    description: "The rework write of claim.routing says v3 (in its artifact_written event and in artifacts[]) although the trace holds v1 only before it",
    make: (o) => {
      o.trace.find((e) => e.type === "artifact_written" && e.artifact.artifactKey === "claim.routing" && e.artifact.version === 2).artifact.version = 3;
      o.artifacts.find((x) => x.artifactKey === "claim.routing").version = 3;
      return o;
    },
  },
  DUPLICATE_ARTIFACT_VERSION: {
    description: "artifacts[] lists claim.routing@2 twice (import fails: Duplicate artifact version)",
    make: (o) => {
      o.artifacts.push(clone(o.artifacts.find((x) => x.artifactKey === "claim.routing")));
      return o;
    },
  },
  ARTIFACT_SNAPSHOT_DIFFERS: {
    description: "artifacts[] claim.coverage deductible 150 -> 15 with a recomputed pointer (payloadHash, byteLength); its artifact_written event still records the original",
    make: async (o) => {
      const a = o.artifacts.find((x) => x.artifactKey === "claim.coverage");
      a.data.deductible.amount = 15;
      const bytes = encodeArtifactPayloadBytes(a.data);
      a.pointer = { ...a.pointer, payloadHash: await sha256Hex(bytes), byteLength: bytes.byteLength };
      return o;
    },
  },

  PATCH_NOT_REPLAYABLE: {
    description: "claim.routing patched v2 -> v3 (replace /priority, add /nextActions/0, replace /nextActions/3) as patchArtifact does, then op 1 removed from the recorded patch: replace /nextActions/3 no longer resolves on v2 (3 actions); artifacts[] keeps the runtime's v3",
    also: ["PAYLOAD_HASH_CARRIED_OVER"],
    make: (o) => {
      const made = patchRouting(o, (ops) => [ops[0], ops[2]]);
      if (replayed(made) !== "OPERATION_PATH_UNRESOLVABLE") throw new Error(`audit fixtures: the shortened patch replays (${JSON.stringify(replayed(made))})`);
      return o;
    },
  },
  PATCH_CHAIN_MISMATCH: {
    description: "claim.routing patched v2 -> v3 (replace /priority P1, add /nextActions/0, replace /nextActions/3) as patchArtifact does, then the recorded replace /priority value changed to P3: the patch applies but rebuilds other data than artifacts[] v3 (priority P1)",
    also: ["PAYLOAD_HASH_CARRIED_OVER"],
    make: (o) => {
      const made = patchRouting(o, (ops) => {
        ops[0].value = "P3";
        return ops;
      });
      const again = replayed(made);
      if (typeof again !== "object" || again.priority !== "P3" || JSON.stringify({ ...again, priority: "P1" }) !== JSON.stringify(made.data)) {
        throw new Error(`audit fixtures: the edited patch does not replay to v3 with priority P3 (${JSON.stringify(again)})`);
      }
      return o;
    },
  },

  // --- workflow -----------------------------------------------------------
  WORKFLOW_CYCLE: {
    description: "An edge notify_handler -> ingest_fnol makes the workflow cyclic (import fails INVALID_WORKFLOW)",
    make: (o) => {
      o.run.workflowSnapshot.edges.push({ id: "e7_loop", from: "notify_handler", to: "ingest_fnol" });
      return o;
    },
  },
  DANGLING_EDGE: {
    description: "An edge route_claim -> escalate_siu to a step the workflow does not have",
    make: (o) => {
      o.run.workflowSnapshot.edges.push({ id: "e7", from: "route_claim", to: "escalate_siu" });
      return o;
    },
  },
  DUPLICATE_WORKFLOW_ID: {
    description: "A second edge with id e5 (ingest_fnol -> route_claim)",
    make: (o) => {
      o.run.workflowSnapshot.edges.push({ id: "e5", from: "ingest_fnol", to: "route_claim" });
      return o;
    },
  },
  WORKFLOW_ID_MISMATCH: {
    description: "run.workflowVersion raised by one; the snapshot keeps its version",
    make: (o) => {
      o.run.workflowVersion += 1;
      return o;
    },
  },
  STEP_NEVER_REACHED: {
    description: "A step archive_claim (after notify_handler) added to the workflow and the engine (pending); the completed run never starts it",
    make: (o) => {
      o.run.workflowSnapshot.steps.push({ id: "archive_claim", title: "Archive the claim file", gatePolicy: "AUTO", inputs: ["claim.assignment"], outputs: [] });
      o.run.workflowSnapshot.edges.push({ id: "e7", from: "notify_handler", to: "archive_claim" });
      o.engine.stepStatus.push(["archive_claim", "pending"]);
      o.engine.gateState.push(["archive_claim", { before: "approved", after: "approved", checkpoints: {} }]);
      return o;
    },
  },

  // --- engine -------------------------------------------------------------
  ENGINE_STEP_STATUS_MISMATCH: {
    description: "engine.stepStatus says notify_handler is running; the trace completes it",
    make: (o) => {
      o.engine.stepStatus.find(([id]) => id === "notify_handler")[1] = "running";
      return o;
    },
  },
  ENGINE_GATE_STATE_MISMATCH: {
    description: "engine.gateState says route_claim's after gate is pending; the trace approves it",
    make: (o) => {
      o.engine.gateState.find(([id]) => id === "route_claim")[1].after = "pending";
      return o;
    },
  },
  ENGINE_IDEMPOTENCY_MISMATCH: {
    description: "engine.idempotency maps a key no write used to claim.routing@2",
    make: (o) => {
      o.engine.idempotency.push(["claims-triage:route_claim:rework", { artifactKey: "claim.routing", version: 2 }]);
      return o;
    },
  },
  ENGINE_REVISION_MISMATCH: {
    description: "engine.revision one less than the number of trace events",
    make: (o) => {
      o.engine.revision -= 1;
      return o;
    },
  },
  ENGINE_DUPLICATE_ENTRY: {
    description: "engine.stepStatus lists notify_handler twice (import fails)",
    make: (o) => {
      o.engine.stepStatus.push(["notify_handler", "completed"]);
      return o;
    },
  },

  // --- receipts -----------------------------------------------------------
  USAGE_TOTAL_MISMATCH: {
    description: "usage.totalTokens of the first response raised by 100 (no longer input + output)",
    make: (o) => {
      o.trace[find(o, isResponse(), "response")].usage.totalTokens += 100;
      return o;
    },
  },
  CACHED_TOKENS_EXCEED_INPUT: {
    description: "usage.cachedInputTokens of the first response set above its inputTokens",
    make: (o) => {
      const u = o.trace[find(o, isResponse(), "response")].usage;
      u.cachedInputTokens = u.inputTokens + 68;
      return o;
    },
  },
  REASONING_TOKENS_EXCEED_OUTPUT: {
    description: "usage.reasoningTokens of the first response set above its outputTokens",
    make: (o) => {
      const u = o.trace[find(o, isResponse(), "response")].usage;
      u.reasoningTokens = u.outputTokens + 50;
      return o;
    },
  },
  RESPONSE_WITHOUT_COST: {
    description: "cost removed from the fraud_screen model response (usage kept)",
    make: (o) => {
      delete o.trace[find(o, (e) => isResponse()(e) && e.stepId === "fraud_screen", "fraud_screen response")].cost;
      return o;
    },
  },
  ZERO_COST_WITH_TOKENS: {
    description: "cost.amount of the fraud_screen model response set to 0 (usage kept)",
    make: (o) => {
      o.trace[find(o, (e) => isResponse()(e) && e.stepId === "fraud_screen", "fraud_screen response")].cost.amount = 0;
      return o;
    },
  },
  MIXED_CURRENCIES: {
    description: "The fraud_screen model response billed in EUR; every other response in USD",
    make: (o) => {
      o.trace[find(o, (e) => isResponse()(e) && e.stepId === "fraud_screen", "fraud_screen response")].cost.currency = "EUR";
      return o;
    },
  },
  STEP_RETRIED: {
    description: "Three rate-limited attempts (chat span + request + span ended with error) inserted before fraud_screen's successful model call (engine revision bumped)",
    make: (o) => {
      const i = find(o, (e) => e.type === "span_started" && e.stepId === "fraud_screen" && e.name.startsWith("chat"), "fraud_screen chat span");
      const span = o.trace[i];
      const request = o.trace.find((e) => e.type === "model_io" && e.direction === "request" && e.correlationId === span.correlationId);
      const attempts = [];
      for (let k = 1; k <= 3; k++) {
        const correlationId = fakeUuid(`retry-corr-${k}`);
        const spanId = `span_${fakeUuid(`retry-span-${k}`)}`;
        attempts.push(
          { ...clone(span), id: `evt_${fakeUuid(`retry-start-${k}`)}`, correlationId, spanId },
          { ...clone(request), id: `evt_${fakeUuid(`retry-request-${k}`)}`, ts: span.ts, correlationId },
          { id: `evt_${fakeUuid(`retry-end-${k}`)}`, runId: span.runId, ts: span.ts, stepId: span.stepId, correlationId, type: "span_ended", spanId, status: "error", durationMs: 180.5 + k, error: { message: "429 Too Many Requests: rate limit reached for requests per minute", code: "RATE_LIMITED" } },
        );
      }
      insertEvents(o, i, attempts);
      return o;
    },
  },
};

async function userExport(o, redactPaths) {
  const registry = new SchemaRegistry();
  if (redactPaths.length) registry.registerArtifactType({ id: "claims.fnol.v2", schema: { type: "object" }, exportRedactPaths: redactPaths });
  return attachRunBundleIntegrity(buildUserExportBundle(parseRunBundleJson(JSON.stringify(o)), registry));
}

/** The fixture files: { file, code, description, bytes, baseFile, also }. */
export async function buildAuditFixtures(results, runs) {
  const baseDef = runs.find((r) => r.id === NEGATIVE_BASE_RUN);
  const base = results.get(NEGATIVE_BASE_RUN).bundle;
  const out = [];
  for (const [code, def] of Object.entries(FIXTURES)) {
    const made = await def.make(clone(base));
    const bytes = made.bytes ?? Buffer.from(made.text ?? pretty(await signed(made)), "utf8");
    out.push({ file: kebab(code), code, description: def.description, bytes, baseFile: baseDef.file, also: def.also ?? [] });
  }
  return out;
}
