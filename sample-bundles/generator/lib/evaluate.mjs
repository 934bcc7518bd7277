// Asks the reference runtime what it says about each file, the same way
// /work/shared/corpus/manifest.json's reference.howEvaluated describes.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  WorkbenchRuntime,
  computeRunBundleIntegrity,
  encodeArtifactPayloadBytes,
  parseRunBundleJson,
  sha256Hex,
  summarizeModelTelemetry,
  verifyRunBundleIntegrity,
} from "@llm-workbench/runtime";

export const TELEMETRY_NOW = "2026-12-31T23:59:59.000Z";

export function errInfo(e) {
  if (e && typeof e === "object") {
    const out = { name: e.name ?? e.constructor?.name ?? "Error" };
    if (e.code !== undefined) out.code = e.code;
    out.message = e.message;
    return out;
  }
  return { name: typeof e, message: String(e) };
}

export function referenceInfo() {
  const nm = fileURLToPath(new URL("../node_modules/", import.meta.url));
  const version = (name) => {
    try { return JSON.parse(readFileSync(join(nm, name, "package.json"), "utf8")).version; } catch { return null; }
  };
  return { runtime: `@llm-workbench/runtime@${version("@llm-workbench/runtime")}`, zod: version("zod"), node: process.version };
}

export async function tryAsync(fn) {
  try { return { ok: true, value: await fn() }; } catch (e) { return { ok: false, error: errInfo(e) }; }
}

/** verify / compute helpers returning the manifest's shapes */
export async function verifyShape(obj) {
  const r = await tryAsync(() => verifyRunBundleIntegrity(obj));
  return r.ok ? r.value : { threw: { name: r.error.name, message: r.error.message } };
}
export async function hashShape(obj) {
  const r = await tryAsync(() => computeRunBundleIntegrity(obj));
  return r.ok ? r.value : { threw: { name: r.error.name, message: r.error.message } };
}

function countEvents(trace) {
  if (!Array.isArray(trace)) return null;
  const counts = {};
  for (const e of trace) {
    const t = e && typeof e === "object" && typeof e.type === "string" ? e.type : "(no type)";
    counts[t] = (counts[t] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function payloadHashes(bundle) {
  const out = [];
  for (const a of bundle.artifacts ?? []) {
    if (!a.pointer) continue;
    const entry = {
      artifactKey: a.artifactKey, version: a.version, kind: a.pointer.kind,
      declaredPayloadHash: a.pointer.payloadHash ?? a.pointer.sha256 ?? null,
      declaredByteLength: a.pointer.byteLength ?? null,
    };
    if (a.data === undefined) {
      entry.note = a.pointer.kind === "external" ? "no inline data (external)" : "no inline data";
    } else {
      try {
        const bytes = encodeArtifactPayloadBytes(a.data);
        entry.recomputedPayloadHash = await sha256Hex(bytes);
        entry.recomputedByteLength = bytes.byteLength;
        entry.match = entry.recomputedPayloadHash === entry.declaredPayloadHash && entry.recomputedByteLength === entry.declaredByteLength;
      } catch (e) {
        entry.threw = errInfo(e);
      }
    }
    out.push(entry);
  }
  return out;
}

/** Facts read from a (parsed) bundle to help find cases. */
export function observe(b) {
  const trace = Array.isArray(b.trace) ? b.trace : [];
  const wf = b.run?.workflowSnapshot ?? {};
  const gateDecisions = {};
  const lastGateEvent = new Map();
  let stepFailures = 0;
  const providers = new Set();
  const models = new Set();
  const currencies = new Set();
  const costTotalsByCurrency = {};
  const tokens = { inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedInputTokens: 0, reasoningTokens: 0 };
  let responseEvents = 0;
  for (const e of trace) {
    if (e.type === "human_gate_resolved") {
      const k = `${e.gate}:${e.decision}`;
      gateDecisions[k] = (gateDecisions[k] ?? 0) + 1;
      lastGateEvent.set(`${e.gate}@${e.stepId}`, "resolved");
    }
    if (e.type === "human_gate_requested") lastGateEvent.set(`${e.gate}@${e.stepId}`, "requested");
    if (e.type === "step_completed" && e.ok === false) stepFailures++;
    if (e.type === "model_io") {
      if (e.provider) providers.add(e.provider);
      if (e.model) models.add(e.model);
      if (e.direction === "response") {
        responseEvents++;
        if (e.cost) {
          currencies.add(e.cost.currency);
          costTotalsByCurrency[e.cost.currency] = (costTotalsByCurrency[e.cost.currency] ?? 0) + e.cost.amount;
        }
        if (e.usage) for (const k of Object.keys(tokens)) tokens[k] += e.usage[k] ?? 0;
      }
    }
  }
  const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    runId: b.run?.id ?? null,
    workflowId: b.run?.workflowId ?? null,
    workflowVersion: b.run?.workflowVersion ?? null,
    runStatus: b.run?.status ?? null,
    startedAt: b.run?.startedAt ?? null,
    endedAt: b.run?.endedAt ?? null,
    steps: Array.isArray(wf.steps) ? wf.steps.length : null,
    edges: Array.isArray(wf.edges) ? wf.edges.length : null,
    traceEvents: trace.length,
    hasEngine: b.engine !== undefined,
    hasIntegrity: !!b.integrity,
    parentRunIds: b.run?.context ? (b.run.context.parentRunIds ?? (b.run.context.parentRunId ? [b.run.context.parentRunId] : [])) : [],
    gateDecisions: sortObj(gateDecisions),
    pendingGates: [...lastGateEvent].filter(([, v]) => v === "requested").map(([k]) => k).sort(),
    stepFailures,
    providers: [...providers].sort(),
    models: [...models].sort(),
    costCurrencies: [...currencies].sort(),
    responseModelIoEvents: responseEvents,
    costTotalsByCurrency: sortObj(costTotalsByCurrency),
    responseTokenTotals: tokens,
    artifactPointerKinds: [...new Set((b.artifacts ?? []).map((a) => a.pointer?.kind ?? "no-pointer"))].sort(),
    artifactVersions: (b.artifacts ?? []).length,
  };
}

/** Everything the runtime says about one file's bytes. */
export async function evaluateBytes(bytes) {
  const text = Buffer.from(bytes).toString("utf8");
  const out = {
    bytes: bytes.length,
    fileSha256: createHash("sha256").update(bytes).digest("hex"),
  };
  let parsed = null;
  try {
    parsed = parseRunBundleJson(text);
    out.parse = { accepted: true };
  } catch (e) {
    out.parse = { accepted: false, error: errInfo(e) };
  }
  try {
    parseRunBundleJson(text, { migrate: false });
    out.parseStrict = { accepted: true };
  } catch (e) {
    out.parseStrict = { accepted: false, error: errInfo(e) };
  }
  let raw;
  let rawOk = false;
  try {
    raw = JSON.parse(text);
    rawOk = true;
    out.rawJsonParse = { ok: true, topLevelType: raw === null ? "null" : Array.isArray(raw) ? "array" : typeof raw };
  } catch (e) {
    out.rawJsonParse = { ok: false, error: { name: e.name, message: e.message } };
  }
  const rawIsObj = rawOk && raw !== null && typeof raw === "object";
  const declared = rawIsObj && raw.integrity && typeof raw.integrity === "object" ? raw.integrity.sha256 : undefined;
  out.declaredSha256 = declared === undefined ? null : declared;
  out.verifyParsed = parsed ? await verifyShape(parsed) : null;
  out.verifyRaw = rawIsObj ? await verifyShape(raw) : null;
  out.canonicalSha256Parsed = parsed ? await hashShape(parsed) : null;
  out.canonicalSha256Raw = rawIsObj ? await hashShape(raw) : null;
  if (typeof out.canonicalSha256Parsed === "string" && typeof out.canonicalSha256Raw === "string") {
    out.parsedDiffersFromRaw = out.canonicalSha256Parsed !== out.canonicalSha256Raw;
  }
  if (parsed) {
    out.eventCounts = countEvents(parsed.trace);
    out.eventCountsSource = "parsed";
  } else if (rawIsObj && Array.isArray(raw.trace)) {
    out.eventCounts = countEvents(raw.trace);
    out.eventCountsSource = "raw";
  } else {
    out.eventCounts = null;
    out.eventCountsSource = null;
  }
  try {
    const r = await new WorkbenchRuntime().importRunBundle({ json: text });
    out.importRunBundle = { ok: true, runId: r.runId };
  } catch (e) {
    out.importRunBundle = { ok: false, error: errInfo(e) };
  }
  out.artifactPayloadHashes = parsed ? await payloadHashes(parsed) : null;
  if (parsed) {
    out.observed = observe(parsed);
    out.observedSource = "parsed";
  } else if (rawIsObj && raw.run && typeof raw.run === "object" && Array.isArray(raw.trace)) {
    out.observed = observe(raw);
    out.observedSource = "raw";
  } else {
    out.observed = null;
    out.observedSource = null;
  }
  if (parsed) {
    try {
      const t = summarizeModelTelemetry(parsed, { now: () => TELEMETRY_NOW });
      out.telemetry = { totals: t.totals, byProviderModel: t.byProviderModel.map((b) => ({ key: b.key, totals: b.totals })), entryCount: t.entries.length };
    } catch (e) {
      out.telemetry = { threw: errInfo(e) };
    }
  } else {
    out.telemetry = null;
  }
  if (out.verifyParsed !== null && out.verifyRaw !== null && JSON.stringify(out.verifyParsed) !== JSON.stringify(out.verifyRaw)) {
    out.verdictNote = "verifyParsed and verifyRaw differ: zod normalisation (defaults added, unknown keys stripped, record __proto__ dropped, transforms) changes what is hashed";
  }
  return out;
}

export async function evaluateFiles(root, files) {
  const entries = [];
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const bytes = readFileSync(join(root, f.file));
    const ev = await evaluateBytes(bytes);
    const { file, ...meta } = f;
    entries.push({ file, ...meta, ...ev });
  }
  const s = {
    files: entries.length,
    realistic: entries.filter((e) => e.kind === "realistic").length,
    negative: entries.filter((e) => e.kind === "negative").length,
    parseAccepted: 0, parseRejected: 0, parseRejectedByCode: {},
    verifyParsedTrue: 0, verifyParsedFalse: 0, verifyParsedThrew: 0, verifyParsedNotApplicable: 0,
    verifyRawTrue: 0, verifyRawFalse: 0, verifyRawThrew: 0, verifyRawNotApplicable: 0,
    importOk: 0, importFailedByCode: {},
    parsedVsRawVerdictDiffers: [],
  };
  const bump = (o, k) => { o[k] = (o[k] ?? 0) + 1; };
  for (const e of entries) {
    if (e.parse.accepted) s.parseAccepted++; else { s.parseRejected++; bump(s.parseRejectedByCode, e.parse.error.code ?? e.parse.error.name); }
    const v = (x, pre) => { if (x === true) s[`${pre}True`]++; else if (x === false) s[`${pre}False`]++; else if (x === null) s[`${pre}NotApplicable`]++; else s[`${pre}Threw`]++; };
    v(e.verifyParsed, "verifyParsed");
    v(e.verifyRaw, "verifyRaw");
    if (e.importRunBundle.ok) s.importOk++; else bump(s.importFailedByCode, e.importRunBundle.error.code ?? e.importRunBundle.error.name);
    if (e.verdictNote) s.parsedVsRawVerdictDiffers.push({ file: e.file, verifyParsed: e.verifyParsed, verifyRaw: e.verifyRaw });
  }
  return {
    manifestVersion: 1,
    set: "runlens-sample-bundles",
    generatedBy: { name: "runlens-sample-bundles-generator", seed: "runlens/sample-bundles/v1", command: "cd sample-bundles/generator && npm ci && LC_ALL=C.UTF-8 TZ=UTC node gen.mjs" },
    reference: {
      ...referenceInfo(),
      telemetryNow: TELEMETRY_NOW,
      howEvaluated: [
        "text = file bytes decoded as UTF-8 (Buffer.toString('utf8'): invalid sequences become U+FFFD, a leading BOM is kept)",
        "parse = parseRunBundleJson(text) with default options (migrate: true); parseStrict = parseRunBundleJson(text, { migrate: false })",
        "rawJsonParse = plain JSON.parse(text)",
        "verifyParsed = await verifyRunBundleIntegrity(parse result); verifyRaw = await verifyRunBundleIntegrity(JSON.parse(text)) (null when not applicable: parse rejected / raw not an object)",
        "canonicalSha256Parsed/Raw = await computeRunBundleIntegrity(...) on the same two objects; declaredSha256 = raw.integrity.sha256 as written (or null)",
        "{threw:{name,message}} records an exception thrown by verify/compute (e.g. RangeError on very deep nesting)",
        "parsedDiffersFromRaw: the zod-parsed object hashes differently from the raw JSON.parse object",
        "eventCounts: trace events by type, from the parsed bundle (eventCountsSource 'parsed') or else from the raw object ('raw')",
        "importRunBundle = await new WorkbenchRuntime().importRunBundle({ json: text }) (parse + structural invariants + mandatory integrity)",
        "artifactPayloadHashes: for artifacts[] entries with a pointer: declared payloadHash (or sha256 alias) / byteLength vs sha256Hex(encodeArtifactPayloadBytes(data)); the runtime itself never checks these",
        "observed: facts read by the evaluator (not by a runtime function) from the parsed bundle (or the raw object when parsing failed): run id/status, step and edge counts, gate decisions, pendingGates = gate@step whose last human_gate_* event is a request, providers/models, costCurrencies, costTotalsByCurrency = plain JavaScript sum of cost.amount over direction:'response' model_io events in trace order (no rounding, currency as written), responseTokenTotals likewise",
        "telemetry = summarizeModelTelemetry(parsed, { now: () => telemetryNow }) totals and per provider/model totals (default directions ['response']; the runtime rounds each running cost sum with toFixed(12) and upper-cases currencies); entries omitted",
        "errors are recorded as { name, code?, message } exactly as thrown",
      ],
    },
    summary: s,
    files: entries,
  };
}
