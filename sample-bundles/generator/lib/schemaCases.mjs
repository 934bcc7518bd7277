// Differential test set for re-implementations of parseRunBundleJson and the
// canonical integrity hash: one small valid bundle plus single mutations that
// probe every rule of dist/protocol/*.js and the JSON-level edges that change
// (or do not change) the canonical hash.
import {
  computeRunBundleIntegrity,
  encodeArtifactPayloadBytes,
  parseRunBundleJson,
  sha256Hex,
} from "@llm-workbench/runtime";
import { errInfo, hashShape, referenceInfo, verifyShape } from "./evaluate.mjs";

const RUN = "run_s1";

async function payloadHash(data) {
  const b = encodeArtifactPayloadBytes(data);
  return { payloadHash: await sha256Hex(b), byteLength: b.byteLength };
}

/** The small valid base bundle (every default written out, so raw == parsed). */
export async function baseBundle() {
  const docV1 = { title: "Probe", items: [1, 2], meta: { lang: "en" } };
  const docV2 = { title: "Probe", items: [1, 2, 3], meta: { lang: "de" } };
  const p1 = await payloadHash(docV1);
  const p2 = await payloadHash(docV2);
  const ts = (s) => `2026-09-30T10:${s}Z`;
  const ets = (s) => `2026-09-30T10:${s.replace(/\.\d+$/, "")}Z`;
  const ev = (n, type, t, rest) => ({ id: `e${String(n).padStart(2, "0")}`, runId: RUN, ts: ets(t), ...rest, type });
  const b = {
    protocolVersion: "1.0.0",
    run: {
      id: RUN,
      workflowId: "wf_probe",
      workflowVersion: 2,
      workflowSnapshot: {
        id: "wf_probe",
        version: 2,
        title: "Schema probe",
        steps: [
          { id: "fetch", title: "Fetch", description: "Fetch the input document", gatePolicy: "AUTO", inputs: [], outputs: ["doc"] },
          { id: "extract", title: "Extract", gatePolicy: "PAUSE_AFTER", inputs: ["doc"], outputs: ["facts"] },
          { id: "review", gatePolicy: "CHECKPOINT", inputs: ["facts"], outputs: [] },
        ],
        edges: [
          { id: "e_fetch_extract", from: "fetch", to: "extract" },
          { id: "e_extract_review", from: "extract", to: "review" },
        ],
      },
      startedAt: ts("00:00.000"),
      endedAt: ts("05:00.000"),
      status: "completed",
      context: { parentRunId: "run_p0", parentRunIds: ["run_p0"], forkedFromStepId: "extract", pinnedArtifacts: [{ artifactKey: "doc", version: 1 }] },
      subject: { userId: "usr_1", tenantId: "tnt_1", accountId: "acc_1", planId: "plan_1" },
      metadata: { source: "schema-cases", n: 1.5, ok: true, none: null, list: [1, "a"], nested: { k: "v" } },
      tags: ["probe"],
      annotations: [{ at: ts("04:00.000"), text: "checked" }],
    },
    trace: [
      ev(1, "run_forked", "00:00.000", { parentRunId: "run_p0", parentRunIds: ["run_p0"], forkedFromStepId: "extract" }),
      ev(2, "rule_changed", "00:00.000", { ruleSetId: "rs1", snapshot: { id: "rs1", ruleSchemaId: "probeRule", rules: [{ id: "r1", priority: 0, enabled: true, label: "first", payload: { max: 5 } }] } }),
      ev(3, "step_started", "00:01.000", { stepId: "fetch" }),
      ev(4, "tool_call", "00:01.500", { stepId: "fetch", name: "dms.get", args: { id: "D-1" }, result: { pages: 2, ok: true } }),
      ev(5, "artifact_written", "00:02.000", { artifact: { artifactKey: "doc", typeId: "document", version: 1, createdAt: ts("00:02.000"), pointer: { kind: "inline", ...p1 }, data: docV1 }, idempotencyKey: "idem-1" }),
      ev(6, "step_completed", "00:02.500", { stepId: "fetch", ok: true }),
      ev(7, "step_started", "00:03.000", { stepId: "extract" }),
      ev(8, "span_started", "00:03.100", { stepId: "extract", spanId: "sp1", name: "step.extract", kind: "internal", attributes: { "lwb.step.kind": "llm", attempt: 1 } }),
      ev(9, "span_started", "00:03.200", { stepId: "extract", correlationId: "c1", spanId: "sp2", parentSpanId: "sp1", name: "chat gpt-4.1-mini", kind: "client" }),
      ev(10, "model_io", "00:03.200", { stepId: "extract", correlationId: "c1", direction: "request", provider: "openai", model: "gpt-4.1-mini", summary: "Extract facts", payload: { model: "gpt-4.1-mini", messages: [{ role: "user", content: "Extract facts" }], temperature: 0.2 } }),
      ev(11, "model_io", "00:03.900", { stepId: "extract", correlationId: "c1", direction: "stream_chunk", provider: "openai", model: "gpt-4.1-mini", payload: { choices: [{ index: 0, delta: { content: "{\"a\"" } }] } }),
      ev(12, "model_io", "00:04.400", { stepId: "extract", correlationId: "c1", direction: "response", provider: "openai", model: "gpt-4.1-mini", usage: { inputTokens: 812, outputTokens: 96, totalTokens: 908, cachedInputTokens: 512, reasoningTokens: 0 }, cost: { amount: 0.0004784, currency: "USD" }, durationMs: 1200, summary: "{\"a\":1}", payload: { id: "chatcmpl-1", choices: [{ index: 0, message: { role: "assistant", content: "{\"a\":1}" }, finish_reason: "stop" }] } }),
      ev(13, "span_ended", "00:04.400", { stepId: "extract", correlationId: "c1", spanId: "sp2", status: "ok", durationMs: 1200.5, attributes: { "gen_ai.usage.input_tokens": 812 } }),
      ev(14, "artifact_written", "00:04.500", { artifact: { artifactKey: "facts", typeId: "facts", version: 1, createdAt: ts("00:04.500"), pointer: { kind: "external", ref: "blob/facts/1", payloadHash: p1.payloadHash, byteLength: 120 } } }),
      ev(15, "span_ended", "00:04.600", { stepId: "extract", spanId: "sp1", status: "error", durationMs: 1500, error: { message: "late", code: "SLOW" } }),
      ev(16, "step_completed", "00:04.700", { stepId: "extract", ok: true }),
      ev(17, "human_gate_requested", "00:04.700", { stepId: "extract", gate: "PAUSE_AFTER", reason: "Review outputs" }),
      ev(18, "artifact_patch", "00:10.000", { artifactKey: "doc", fromVersion: 1, toVersion: 2, patch: [
        { op: "test", path: "/title", value: "Probe" },
        { op: "add", path: "/items/-", value: 3 },
        { op: "replace", path: "/meta/lang", value: "de" },
        { op: "copy", from: "/meta", path: "/metaCopy" },
        { op: "move", from: "/metaCopy", path: "/meta2" },
        { op: "remove", path: "/meta2" },
      ], idempotencyKey: "idem-2" }),
      ev(19, "human_gate_resolved", "00:11.000", { stepId: "extract", gate: "PAUSE_AFTER", decision: "edited", note: "fixed" }),
      ev(20, "policy_changed", "00:11.500", { stepId: "review", policy: "CHECKPOINT" }),
      ev(21, "human_gate_requested", "00:12.000", { stepId: "review", gate: "CHECKPOINT" }),
      ev(22, "human_gate_resolved", "00:13.000", { stepId: "review", gate: "CHECKPOINT", decision: "approved", note: "legal" }),
      ev(23, "step_started", "00:14.000", { stepId: "review" }),
      ev(24, "step_completed", "00:15.000", { stepId: "review", ok: false, error: { message: "reviewer unavailable", code: "TIMEOUT" } }),
      ev(25, "error", "00:15.000", { stepId: "review", message: "reviewer unavailable", code: "TIMEOUT", fatal: false }),
      ev(26, "annotation", "00:16.000", { text: "done", tags: ["a", "b"] }),
      ev(27, "run_status_changed", "05:00.000", { status: "completed", reason: "ok" }),
    ],
    artifacts: [
      { artifactKey: "doc", typeId: "document", version: 2, createdAt: ts("00:10.000"), pointer: { kind: "inline", ...p2 }, data: docV2 },
      { artifactKey: "facts", typeId: "facts", version: 1, createdAt: ts("00:04.500"), pointer: { kind: "external", ref: "blob/facts/1", payloadHash: p1.payloadHash, byteLength: 120 } },
    ],
    ruleSets: [{ id: "rs1", ruleSchemaId: "probeRule", rules: [{ id: "r1", priority: 0, enabled: true, label: "first", payload: { max: 5 } }, { id: "r2", priority: 1, enabled: false, payload: null }] }],
    engine: {
      revision: 27,
      stepStatus: [["fetch", "completed"], ["extract", "completed"], ["review", "failed"]],
      gateState: [["fetch", { before: "approved", after: "approved", checkpoints: {} }], ["extract", { before: "approved", after: "approved", checkpoints: {} }], ["review", { before: "approved", after: "approved", checkpoints: { legal: "approved" } }]],
      idempotency: [["idem-1", { artifactKey: "doc", version: 1 }], ["idem-2", { artifactKey: "doc", version: 2 }]],
    },
  };
  b.integrity = { sha256: await computeRunBundleIntegrity(b) };
  return b;
}

// index of the base trace events by type (first occurrence) and by id
const EV = {};
const clone = (o) => JSON.parse(JSON.stringify(o));

function getParent(o, path) {
  let cur = o;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]];
  return [cur, path[path.length - 1]];
}
const setAt = (path, value) => (o) => { const [p, k] = getParent(o, path); p[k] = value; };
const delAt = (path) => (o) => { const [p, k] = getParent(o, path); if (Array.isArray(p)) p.splice(k, 1); else delete p[k]; };
const label = (path) => path.map((x) => (typeof x === "number" ? `[${x}]` : `.${x}`)).join("").replace(/^\./, "");

// Literal numbers / raw text that JSON.stringify cannot produce are injected
// through placeholders.
const lit = (s) => `__LIT__${s}__END__`;
function renderText(o) {
  return JSON.stringify(o).replace(/"__LIT__(.*?)__END__"/g, (_, s) => s);
}

// One entry per schema field. flags: - = no wrong-type case, r = required, 1 = min(1), M = add a
// "missing" case, E = add an "empty string" case, N = add a "null" case for
// an optional field, F = add fraction / 2^53 cases for an int field, C = add a
// case-variant case for an enum. Every field (unless "-") gets a wrong-type case; every int
// field a negative case (and zero when it must be positive); every enum an
// out-of-range value.
function fieldTable() {
  const t = [];
  const F = (path, type, flags = "", extra = {}) => t.push({ path, t: type, req: flags.includes("r"), min1: flags.includes("1"), flags, ...extra });
  const E = (type) => ["trace", EV[type]];
  const nn = { int: "nonneg" }, pos = { int: "pos" };
  // top level
  F(["run"], "obj", "rM");
  F(["trace"], "arr", "rM");
  F(["artifacts"], "arr", "rM");
  F(["ruleSets"], "arr", "rM");
  F(["engine"], "obj");
  F(["integrity"], "obj");
  F(["integrity", "sha256"], "str", "r1ME");
  // run
  const R = ["run"];
  F([...R, "id"], "str", "r1ME");
  F([...R, "workflowId"], "str", "r1");
  F([...R, "workflowVersion"], "int", "rMF", nn);
  F([...R, "workflowSnapshot"], "obj", "rM");
  F([...R, "startedAt"], "dt", "rM");
  F([...R, "endedAt"], "dt", "N");
  F([...R, "status"], "enum", "rMC", { values: ["running", "completed", "failed", "cancelled"] });
  F([...R, "context"], "obj");
  F([...R, "subject"], "obj");
  F([...R, "metadata"], "record");
  F([...R, "tags"], "arr");
  F([...R, "tags", 0], "str", "r");
  F([...R, "annotations"], "arr");
  F([...R, "annotations", 0, "at"], "dt", "rM");
  F([...R, "annotations", 0, "text"], "str", "r");
  // workflow snapshot
  const W = [...R, "workflowSnapshot"];
  F([...W, "id"], "str", "r1ME");
  F([...W, "version"], "int", "r", nn);
  F([...W, "title"], "str");
  F([...W, "steps"], "arr", "rM");
  F([...W, "edges"], "arr");
  F([...W, "steps", 0, "id"], "str", "r1ME");
  F([...W, "steps", 0, "title"], "str", "-");
  F([...W, "steps", 1, "gatePolicy"], "enum", "", { values: ["AUTO", "PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT"] });
  F([...W, "steps", 1, "inputs"], "arr");
  F([...W, "steps", 1, "outputs"], "arr", "-");
  F([...W, "edges", 0, "id"], "str", "r1M");
  F([...W, "edges", 0, "from"], "str", "r1");
  F([...W, "edges", 0, "to"], "str", "r1");
  // context
  const C = [...R, "context"];
  F([...C, "parentRunId"], "str", "1E");
  F([...C, "parentRunIds"], "arr", "-");
  F([...C, "parentRunIds", 0], "str", "r1");
  F([...C, "forkedFromStepId"], "str", "-");
  F([...C, "pinnedArtifacts"], "arr");
  F([...C, "pinnedArtifacts", 0, "artifactKey"], "str", "r");
  F([...C, "pinnedArtifacts", 0, "version"], "int", "rM", pos);
  // subject (strict)
  F([...R, "subject", "userId"], "str", "1");
  F([...R, "subject", "planId"], "str", "-1");
  // trace: base fields
  F([...E("step_started"), "id"], "str", "r1ME");
  F([...E("step_started"), "runId"], "str", "r1");
  F([...E("step_started"), "ts"], "dt", "rM");
  F([...E("tool_call"), "stepId"], "str", "N");
  F([...E("span_started"), "correlationId"], "str", "-");
  // trace: per event type
  F([...E("step_started"), "stepId"], "str", "r1ME");
  F([...E("step_completed"), "ok"], "bool", "rM");
  F([...E("step_completed_error"), "error"], "obj");
  F([...E("step_completed_error"), "error", "message"], "str", "rM");
  F([...E("artifact_written"), "artifact"], "obj", "rM");
  F([...E("artifact_written"), "idempotencyKey"], "str", "-");
  F([...E("artifact_patch"), "artifactKey"], "str", "r1E");
  F([...E("artifact_patch"), "fromVersion"], "int", "rM", pos);
  F([...E("artifact_patch"), "toVersion"], "int", "r", pos);
  F([...E("artifact_patch"), "patch"], "arr", "rM");
  F([...E("artifact_patch"), "patch", 1, "path"], "str", "r");
  const M = E("model_io_response");
  F([...M, "direction"], "enum", "rMC", { values: ["request", "response", "stream_chunk"] });
  F([...M, "provider"], "str", "1E");
  F([...M, "model"], "str", "-1");
  F([...M, "usage"], "obj");
  F([...M, "usage", "inputTokens"], "int", "F", nn);
  F([...M, "usage", "reasoningTokens"], "int", "", nn);
  F([...M, "cost"], "obj");
  F([...M, "cost", "amount"], "num", "rM", { nonneg: true });
  F([...M, "cost", "currency"], "str", "r1ME");
  F([...M, "durationMs"], "num", "N", { nonneg: true });
  F([...M, "summary"], "str", "-");
  F([...E("tool_call"), "name"], "str", "rM");
  F([...E("human_gate_requested"), "gate"], "enum", "rM", { values: ["PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT"] });
  F([...E("human_gate_requested"), "reason"], "str", "-");
  F([...E("human_gate_resolved"), "gate"], "enum", "r", { values: ["PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT"] });
  F([...E("human_gate_resolved"), "decision"], "enum", "rMC", { values: ["approved", "rejected", "edited"] });
  F([...E("human_gate_resolved"), "note"], "str");
  F([...E("rule_changed"), "ruleSetId"], "str", "r1E");
  F([...E("rule_changed"), "snapshot"], "obj", "rM");
  F([...E("policy_changed"), "policy"], "enum", "rM", { values: ["AUTO", "PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT"] });
  F([...E("error"), "message"], "str", "r");
  F([...E("error"), "code"], "str", "-");
  F([...E("error"), "fatal"], "bool", "N");
  F([...E("run_forked"), "parentRunId"], "str", "r1ME");
  F([...E("run_forked"), "parentRunIds"], "arr", "-");
  F([...E("annotation"), "text"], "str", "rM");
  F([...E("annotation"), "tags"], "arr", "-");
  F([...E("run_status_changed"), "status"], "enum", "rM", { values: ["running", "completed", "failed", "cancelled"] });
  F([...E("span_started"), "spanId"], "str", "r1ME");
  F([...E("span_started_child"), "parentSpanId"], "str", "1");
  F([...E("span_started"), "name"], "str", "r1E");
  F([...E("span_started"), "kind"], "enum", "", { values: ["internal", "client", "server", "producer", "consumer"] });
  F([...E("span_started"), "attributes"], "record");
  F([...E("span_ended"), "spanId"], "str", "r1");
  F([...E("span_ended"), "status"], "enum", "", { values: ["ok", "error"] });
  F([...E("span_ended"), "durationMs"], "num", "", { nonneg: true });
  F([...E("span_ended_error"), "error"], "obj");
  // artifacts
  const A = ["artifacts", 0];
  F([...A, "artifactKey"], "str", "r1ME");
  F([...A, "typeId"], "str", "r1E");
  F([...A, "version"], "int", "rMF", pos);
  F([...A, "createdAt"], "dt", "rM");
  F([...A, "pointer"], "obj");
  F([...A, "pointer", "kind"], "enum", "rM", { values: ["inline", "external"] });
  F([...A, "pointer", "byteLength"], "int", "", nn);
  F(["artifacts", 1, "pointer", "ref"], "str");
  // rule sets
  const RS = ["ruleSets", 0];
  F([...RS, "id"], "str", "r1ME");
  F([...RS, "ruleSchemaId"], "str", "r1");
  F([...RS, "rules"], "arr", "rM");
  F([...RS, "rules", 0, "id"], "str", "r1");
  F([...RS, "rules", 0, "priority"], "int", "rM", { int: "any" });
  F([...RS, "rules", 0, "enabled"], "bool", "r");
  F([...RS, "rules", 0, "label"], "str", "-");
  // engine
  F(["engine", "revision"], "int", "r", nn);
  F(["engine", "stepStatus"], "arr", "rM");
  F(["engine", "gateState"], "arr", "-");
  F(["engine", "idempotency"], "arr", "-");
  F(["engine", "stepStatus", 0, 1], "enum", "r", { values: ["pending", "running", "completed", "failed"] });
  F(["engine", "gateState", 2, 1, "before"], "enum", "rM", { values: ["approved", "pending"] });
  F(["engine", "gateState", 2, 1, "after"], "enum", "r", { values: ["approved", "pending"] });
  F(["engine", "gateState", 2, 1, "checkpoints"], "record");
  F(["engine", "idempotency", 0, 1, "version"], "int", "r", pos);
  return t;
}

function wrongTypeValue(t) {
  switch (t) {
    case "str": case "dt": return 42;
    case "int": case "num": return "7";
    case "bool": return "true";
    case "arr": return { "0": "x" };
    case "obj": return "x";
    case "record": return ["a"];
    case "enum": return 1;
    default: return null;
  }
}

export async function buildSchemaCases() {
  const base = await baseBundle();
  base.trace.forEach((e, i) => {
    const key = e.type === "model_io" ? `model_io_${e.direction}` : e.type === "span_started" && e.parentSpanId ? "span_started_child" : e.type === "span_ended" && e.error ? "span_ended_error" : e.type === "step_completed" && e.error ? "step_completed_error" : e.type;
    if (EV[key] === undefined) EV[key] = i;
    if (EV[e.type] === undefined) EV[e.type] = i;
  });
  const baseText = JSON.stringify(base);
  const specs = [];
  const seen = new Set();
  /** add a case: mut is (o)=>void on a clone of base, or {text} */
  const C = (group, name, rule, mut) => {
    let text;
    if (typeof mut === "function") {
      const o = clone(base);
      mut(o);
      text = renderText(o);
    } else text = mut.text;
    if (seen.has(text)) return;
    seen.add(text);
    specs.push({ name: `${group}/${name}`, group, rule, text });
  };

  C("base", "valid", "the unmodified base bundle", { text: baseText });

  // ---- systematic per-field mutations ---------------------------------
  for (const f of fieldTable()) {
    const p = label(f.path);
    const rule = `${p}: ${f.t}${f.req ? "" : " (optional)"}${f.min1 ? " min(1)" : ""}${f.int ? ` int ${f.int}` : ""}${f.nonneg ? " nonnegative" : ""}${f.values ? ` enum [${f.values.join(", ")}]` : ""}`;
    if (!f.flags.includes("-")) C("wrong-type", p, rule, setAt(f.path, wrongTypeValue(f.t)));
    if (f.flags.includes("M")) C("missing", p, rule, delAt(f.path));
    if (f.flags.includes("N")) C("null-optional", p, rule, setAt(f.path, null));
    if (f.flags.includes("E")) C("empty-string", p, rule, setAt(f.path, ""));
    if (f.t === "int") {
      C("int-negative", p, rule, setAt(f.path, -1));
      if (f.int === "pos") C("int-zero", p, rule, setAt(f.path, 0));
      if (f.flags.includes("F")) {
        C("int-fraction", p, rule, setAt(f.path, 1.5));
        C("int-2^53", p, rule, setAt(f.path, 9007199254740992));
      }
    }
    if (f.t === "num") C("num-negative", p, rule, setAt(f.path, -0.001));
    if (f.t === "enum") {
      C("enum-unknown", p, rule, setAt(f.path, "BOGUS"));
      if (f.flags.includes("C")) {
        const v = f.values[0];
        C("enum-case", p, rule, setAt(f.path, v === v.toUpperCase() ? v.toLowerCase() : v.toUpperCase()));
      }
    }
  }

  // ---- integer edges on a few fields ----------------------------------
  const WV = ["run", "workflowVersion"];
  const AV = ["artifacts", 0, "version"];
  const IT = ["trace", EV.model_io_response, "usage", "inputTokens"];
  const CA = ["trace", EV.model_io_response, "cost", "amount"];
  const DM = ["trace", EV.model_io_response, "durationMs"];
  C("int-edge", "run.workflowVersion=-0", "int nonnegative accepts -0 (hashed as 0)", setAt(WV, lit("-0")));
  C("int-edge", "run.workflowVersion=2.0", "2.0 is the integer 2 (same hash as base)", setAt(WV, lit("2.0")));
  C("int-edge", "artifacts[0].version=-0", "int positive rejects -0", setAt(AV, lit("-0")));
  C("int-edge", "usage.inputTokens=2^53-1", "largest safe integer accepted", setAt(IT, 9007199254740991));
  C("int-edge", "usage.inputTokens=9007199254740993", "literal 2^53+1 parses to 2^53: not a safe integer", setAt(IT, lit("9007199254740993")));
  C("int-edge", "usage.inputTokens=1e400", "1e400 = Infinity rejected", setAt(IT, lit("1e400")));
  C("num-edge", "cost.amount=1e400", "Infinity rejected by z.number()", setAt(CA, lit("1e400")));
  C("num-edge", "cost.amount=-0", "cost.amount nonnegative accepts -0 (hashed as 0)", setAt(CA, lit("-0")));
  C("num-edge", "cost.amount=4.784e-4", "same double as base spelled with exponent: same hash", setAt(CA, lit("4.784e-4")));
  C("num-edge", "cost.amount=1e-400", "underflows to 0", setAt(CA, lit("1e-400")));
  C("num-edge", "cost.amount=5e-324", "smallest subnormal", setAt(CA, lit("5e-324")));
  C("num-edge", "durationMs=1e21", "rendered 1e+21", setAt(DM, lit("1e21")));
  C("num-edge", "durationMs=1e-7", "rendered 1e-7", setAt(DM, lit("0.0000001")));
  C("num-edge", "durationMs=123456789012345678901", "rendered 123456789012345680000", setAt(DM, lit("123456789012345678901")));
  C("num-edge", "durationMs=1.5e300", "rendered 1.5e+300", setAt(DM, lit("1.5E300")));

  // ---- timestamps ------------------------------------------------------
  const SA = ["run", "startedAt"];
  const tsCases = [
    ["no-fraction", "2026-09-30T10:00:00Z"], ["fraction-9", "2026-09-30T10:00:00.123456789Z"], ["fraction-15", "2026-09-30T10:00:00.123456789012345Z"], ["fraction-empty", "2026-09-30T10:00:00.Z"], ["offset+02:00", "2026-09-30T12:00:00.000+02:00"], ["offset-00:00", "2026-09-30T10:00:00.000-00:00"], ["offset-09:30", "2026-09-30T00:30:00-09:30"], ["offset+24:00", "2026-09-30T10:00:00+24:00"], ["offset+0200", "2026-09-30T12:00:00+0200"], ["no-offset", "2026-09-30T10:00:00"], ["lower-t", "2026-09-30t10:00:00Z"], ["lower-z", "2026-09-30T10:00:00z"], ["missing-seconds", "2026-09-30T10:00Z"], ["date-only", "2026-09-30"], ["2025-02-29", "2025-02-29T00:00:00Z"], ["2024-02-29", "2024-02-29T00:00:00Z"], ["2025-02-30", "2025-02-30T00:00:00Z"], ["1900-02-29", "1900-02-29T00:00:00Z"], ["24:00:00", "2026-09-30T24:00:00Z"], ["23:59:60", "2026-09-30T23:59:60Z"], ["year-0000", "0000-01-01T00:00:00Z"], ["trailing-newline", "2026-09-30T10:00:00Z\n"]
  ];
  for (const [n, v] of tsCases) C("timestamp", `run.startedAt=${n}`, "z.string().datetime({ offset: true })", setAt(SA, v));
  C("timestamp", "trace.ts=offset+05:30", "event ts with offset, hashed as written", setAt(["trace", 0, "ts"], "2026-09-30T15:30:00.000+05:30"));
  C("timestamp", "artifacts.createdAt=lower-z", "artifact createdAt lower-case z", setAt(["artifacts", 0, "createdAt"], "2026-09-30T10:00:10.000z"));

  // ---- protocol version -------------------------------------------------
  const PV = ["protocolVersion"];
  C("protocol", "missing", "missing protocolVersion -> migration path", delAt(PV));
  C("protocol", "number-1", "non-string protocolVersion", setAt(PV, 1));
  C("protocol", "null", "null protocolVersion", setAt(PV, null));
  C("protocol", "empty-string", "empty string is falsy: 'missing'", setAt(PV, ""));
  for (const v of ["1.0", "1.0.0 ", "2.0.0", "0.9.0", "1.0.0\u0000"]) C("protocol", JSON.stringify(v), "z.literal('1.0.0'); any other string goes to migration", setAt(PV, v));
  C("protocol", "escaped-1.0.0", "\\u0031.0.0 decodes to 1.0.0", { text: baseText.replace(`"protocolVersion":"1.0.0"`, `"protocolVersion":"\\u0031.0.0"`) });
  C("protocol", "last-key", "protocolVersion as the last key", { text: `{${baseText.slice(1, -1).replace(`"protocolVersion":"1.0.0",`, "")},"protocolVersion":"1.0.0"}` });

  // ---- top level / JSON syntax ----------------------------------------
  for (const [n, t] of [["null", "null"], ["array", "[]"], ["array-of-bundle", `[${baseText}]`], ["number", "42"], ["string", '"x"'], ["empty-object", "{}"]]) C("top-level", n, "top-level value must be a bundle object", { text: t });
  const body = baseText;
  const syntax = [
    ["empty-text", ""], ["bom-prefix", "\ufeff" + body], ["leading-whitespace", " \r\n\t" + body], ["trailing-whitespace", body + "\n\n "],
    ["nbsp-prefix", "\u00a0" + body], ["trailing-comma-object", body.replace(`"tags":["probe"]`, `"tags":["probe"],`)], ["trailing-comma-array", body.replace(`"tags":["probe"]`, `"tags":["probe",]`)],
    ["NaN", body.replace(`"n":1.5`, `"n":NaN`)], 
    ["leading-zero", body.replace(`"n":1.5`, `"n":01.5`)], ["raw-newline-in-string", body.replace(`"text":"checked"`, `"text":"chec\nked"`)], ["bad-escape", body.replace(`"text":"checked"`, `"text":"chec\\xked"`)], ["extra-closing-brace", body + "}"], ];
  for (const [n, t] of syntax) C("json-syntax", n, "JSON.parse", { text: t });

  // ---- duplicate keys ---------------------------------------------------
  const dup = (n, rule, from, to) => C("duplicate-key", n, rule, { text: body.replace(from, to) });
  dup("run.status first-differs", "JSON.parse keeps the last value", `"status":"completed","context"`, `"status":"failed","status":"completed","context"`);
  dup("run.status last-differs", "JSON.parse keeps the last value", `"status":"completed","context"`, `"status":"completed","status":"failed","context"`);
  dup("decision first-differs", "JSON.parse keeps the last value", `"decision":"edited"`, `"decision":"rejected","decision":"edited"`);
  dup("protocolVersion first-2.0.0", "last value 1.0.0 wins", `"protocolVersion":"1.0.0"`, `"protocolVersion":"2.0.0","protocolVersion":"1.0.0"`);
  dup("protocolVersion last-2.0.0", "last value 2.0.0 wins", `"protocolVersion":"1.0.0"`, `"protocolVersion":"1.0.0","protocolVersion":"2.0.0"`);
  dup("event type first-bogus", "discriminator: last value wins", `"type":"annotation"`, `"type":"bogus","type":"annotation"`);
  dup("cost.amount", "strict object: duplicates are not unknown keys", `"amount":0.0004784`, `"amount":99,"amount":0.0004784`);

  // ---- unknown keys: stripped vs strict ----------------------------------
  const X = (path, strict) => C(strict ? "unknown-key-strict" : "unknown-key-stripped", label(path) || "(root)", strict ? ".strict(): unknown keys rejected" : "z.object strips unknown keys (parsed hash unchanged)", (o) => {
    let cur = o; for (const k of path) cur = cur[k]; cur.x_extra = 1;
  });
  for (const p of [[], ["run"], ["run", "workflowSnapshot"], ["run", "workflowSnapshot", "steps", 0], ["run", "context"],
    ["trace", EV.step_started], ["trace", EV.model_io_response], ["artifacts", 0, "pointer"],
    ["ruleSets", 0, "rules", 0], ["engine"], ["engine", "gateState", 0, 1], ["integrity"]]) X(p, false);
  for (const p of [["run", "subject"], ["trace", EV.model_io_response, "usage"], ["trace", EV.model_io_response, "cost"], ["trace", EV.artifact_patch, "patch", 1]]) X(p, true);
  C("unknown-key-strict", "patch add with from", "strict patch op", setAt(["trace", EV.artifact_patch, "patch", 1, "from"], "/items/0"));
  C("unknown-key-strict", "patch remove with value", "strict patch op", setAt(["trace", EV.artifact_patch, "patch", 5, "value"], null));

  // ---- __proto__ and other odd keys -------------------------------------
  const proto = (n, rule, from, to) => C("proto-key", n, rule, { text: body.replace(from, to) });
  proto("metadata", "z.record drops an own __proto__ key (parsed hash unchanged, raw hash changes)", `"metadata":{`, `"metadata":{"__proto__":{"polluted":true},`);
  proto("metadata nested record", "nested JsonValue records drop __proto__ too", `"nested":{"k":"v"}`, `"nested":{"__proto__":"x","k":"v"}`);
  proto("span attributes", "z.record drops __proto__", `"attributes":{"lwb.step.kind"`, `"attributes":{"__proto__":1,"lwb.step.kind"`);
  proto("model_io payload", "z.unknown keeps __proto__ (hash changes)", `"payload":{"id":"chatcmpl-1"`, `"payload":{"__proto__":{"x":1},"id":"chatcmpl-1"`);
  proto("artifact data", "z.unknown keeps __proto__; encodeArtifactPayloadBytes loses it", `"data":{"title":"Probe","items":[1,2,3]`, `"data":{"__proto__":{"hidden":1},"title":"Probe","items":[1,2,3]`);
  proto("usage (strict)", "strict object with an own __proto__ key", `"usage":{"inputTokens":812`, `"usage":{"__proto__":{},"inputTokens":812`);
  proto("run (stripped)", "stripped object with an own __proto__ key", `"run":{"id":"run_s1"`, `"run":{"__proto__":{"status":"failed"},"id":"run_s1"`);

  // ---- discriminators, enums, patch ops ---------------------------------
  C("discriminator", "event without type", "discriminatedUnion('type')", delAt(["trace", EV.annotation, "type"]));
  C("discriminator", "event type unknown", "discriminatedUnion('type')", setAt(["trace", EV.annotation, "type"], "comment"));
  C("discriminator", "event type number", "discriminatedUnion('type')", setAt(["trace", EV.annotation, "type"], 7));
  C("discriminator", "event null", "trace items must be objects", setAt(["trace", EV.annotation], null));
  C("discriminator", "patch op missing", "discriminatedUnion('op')", delAt(["trace", EV.artifact_patch, "patch", 2, "op"]));
  C("discriminator", "patch op _get", "fast-json-patch internal op not allowed", setAt(["trace", EV.artifact_patch, "patch", 1, "op"], "_get"));
  C("discriminator", "patch add without value", "value key required (z.unknown but key must exist?)", delAt(["trace", EV.artifact_patch, "patch", 1, "value"]));
  C("discriminator", "patch add value null", "z.unknown accepts null", setAt(["trace", EV.artifact_patch, "patch", 1, "value"], null));
  C("discriminator", "patch move without from", "from required", delAt(["trace", EV.artifact_patch, "patch", 4, "from"]));

  // ---- pointer rules ----------------------------------------------------
  const PTR = ["artifacts", 0, "pointer"];
  const ph = base.artifacts[0].pointer.payloadHash;
  C("pointer", "payloadHash upper-case", "regex /^[0-9a-f]{64}$/", setAt([...PTR, "payloadHash"], ph.toUpperCase()));
  C("pointer", "payloadHash 63 chars", "regex", setAt([...PTR, "payloadHash"], ph.slice(1)));
  C("pointer", "payloadHash trailing newline", "regex $ does not match before a final newline (no m flag)", setAt([...PTR, "payloadHash"], ph + "\n"));
  C("pointer", "payloadHash non-hex", "regex", setAt([...PTR, "payloadHash"], "g" + ph.slice(1)));
  C("pointer", "payloadHash not the data hash", "never verified by the runtime", setAt([...PTR, "payloadHash"], "0".repeat(64)));
  C("pointer", "sha256 alias equal", "payloadHash and sha256 equal", setAt([...PTR, "sha256"], ph));
  C("pointer", "sha256 alias differs", "superRefine: must be equal when both set", setAt([...PTR, "sha256"], "1".repeat(64)));
  C("pointer", "sha256 alias only, not hex", "sha256 is any string", (o) => { const p = o.artifacts[0].pointer; delete p.payloadHash; p.sha256 = "not-a-hash"; });
  C("pointer", "external without ref", "superRefine: ref required for external", delAt(["artifacts", 1, "pointer", "ref"]));
  C("pointer", "external ref empty", "superRefine: !ref", setAt(["artifacts", 1, "pointer", "ref"], ""));
  C("pointer", "pointer empty object", "kind required", setAt(PTR, {}));
  C("pointer", "byteLength -0", "int nonnegative accepts -0", setAt([...PTR, "byteLength"], lit("-0")));

  // ---- context rules ----------------------------------------------------
  const CTX = ["run", "context"];
  C("context", "no parents", "superRefine: parentRunId or non-empty parentRunIds", setAt(CTX, { forkedFromStepId: "extract" }));
  C("context", "empty object", "superRefine", setAt(CTX, {}));
  C("context", "parentRunIds[0] mismatch", "superRefine: parentRunIds[0] must equal parentRunId", setAt([...CTX, "parentRunIds"], ["run_other"]));
  C("context", "parentRunIds second differs", "only [0] must match", setAt([...CTX, "parentRunIds"], ["run_p0", "run_p1"]));
  C("context", "parentRunIds empty", "min(1)", setAt([...CTX, "parentRunIds"], []));
  C("context", "only parentRunIds", "plural form alone is enough", delAt([...CTX, "parentRunId"]));
  C("context", "only parentRunId", "singular form alone is enough", delAt([...CTX, "parentRunIds"]));
  C("context", "run_forked parentRunIds mismatch", "the trace event has no superRefine", setAt(["trace", EV.run_forked, "parentRunIds"], ["run_other"]));

  // ---- rules / engine / workflow -----------------------------------------
  C("rules", "rule without payload", "payload: z.unknown() but the key is required (expected nonoptional)", delAt(["ruleSets", 0, "rules", 1, "payload"]));
  C("rules", "snapshot rule without payload", "same inside rule_changed", delAt(["trace", EV.rule_changed, "snapshot", "rules", 0, "payload"]));
  C("rules", "payload null", "null is a value", setAt(["ruleSets", 0, "rules", 0, "payload"], null));
  C("engine", "without checkpoints", "transform adds checkpoints: {} (parsed hash unchanged)", delAt(["engine", "gateState", 0, 1, "checkpoints"]));
  C("engine", "checkpoints value rejected", "checkpoint status enum [approved, pending]", setAt(["engine", "gateState", 2, 1, "checkpoints", "legal"], "rejected"));
  C("engine", "stepStatus tuple 3 elements", "z.tuple length", setAt(["engine", "stepStatus", 0], ["fetch", "completed", "extra"]));
  C("engine", "stepStatus tuple 1 element", "z.tuple length", setAt(["engine", "stepStatus", 0], ["fetch"]));
  C("engine", "stepStatus tuple as object", "z.tuple", setAt(["engine", "stepStatus", 0], { 0: "fetch", 1: "completed" }));
  C("engine", "gateState tuple swapped", "z.tuple element types", setAt(["engine", "gateState", 0], [{ before: "approved", after: "approved", checkpoints: {} }, "fetch"]));
  C("engine", "gateState missing after", "required", delAt(["engine", "gateState", 0, 1, "after"]));
  C("engine", "null", "optional, not nullable", setAt(["engine"], null));
  C("workflow", "without edges", "default [] added by zod", delAt(["run", "workflowSnapshot", "edges"]));
  C("workflow", "step without defaults", "gatePolicy/inputs default added (parsed hash unchanged)", (o) => { const s = o.run.workflowSnapshot.steps[0]; delete s.gatePolicy; delete s.inputs; });
  C("workflow", "steps without any defaults", "defaults added to every step", (o) => { for (const s of o.run.workflowSnapshot.steps) { delete s.inputs; delete s.outputs; } delete o.run.workflowSnapshot.steps[0].gatePolicy; });
  C("workflow", "empty steps array", "steps min(1)", setAt(["run", "workflowSnapshot", "steps"], []));
  C("workflow", "duplicate step ids", "only importRunBundle checks", setAt(["run", "workflowSnapshot", "steps", 2, "id"], "fetch"));
  C("workflow", "cycle", "only importRunBundle checks", (o) => o.run.workflowSnapshot.edges.push({ id: "e_loop", from: "review", to: "fetch" }));
  C("workflow", "gatePolicy null", "default applies only to undefined", setAt(["run", "workflowSnapshot", "steps", 0, "gatePolicy"], null));
  C("workflow", "inputs null", "default applies only to undefined", setAt(["run", "workflowSnapshot", "steps", 0, "inputs"], null));

  // ---- metadata / JsonValue ---------------------------------------------
  const MD = ["run", "metadata"];
  C("metadata", "1e400", "JsonValue z.number() rejects Infinity", setAt([...MD, "big"], lit("1e400")));
  C("metadata", "nested 1e400", "recursively", setAt([...MD, "nested", "big"], lit("-1e400")));
  C("metadata", "-0", "accepted, hashed as 0", setAt([...MD, "n"], lit("-0")));
  C("metadata", "array at top", "record expected", setAt(MD, [1, 2]));
  C("metadata", "deep 50", "nested records and arrays", setAt([...MD, "deep"], JSON.parse("[".repeat(25) + '{"a":'.repeat(25) + "1" + "}".repeat(25) + "]".repeat(25))));
  C("metadata", "key order edge", "UTF-16 code unit key order", { text: body.replace(`"metadata":{`, `"metadata":{"～":1,"😀":2,"ｚ":3,"é":4,"Z":5,"a":6,"10":7,"2":8,"":9,"\\u0000":10,"\\ud800":11,`) });
  C("payload", "1e400 in tool result", "z.unknown: Infinity hashed as null", setAt(["trace", EV.tool_call, "result", "pages"], lit("1e400")));
  C("payload", "-1e400 and 1e-400 in payload", "-Infinity -> null, underflow -> 0", setAt(["trace", EV.model_io_request, "payload", "temperature"], lit("[-1e400,1e-400,-1e-400]")));
  C("payload", "unsafe integer in payload", "9007199254740993 hashed as 9007199254740992", setAt(["trace", EV.model_io_request, "payload", "seed"], lit("9007199254740993")));
  C("payload", "number spellings", "all spell the same doubles", setAt(["trace", EV.tool_call, "result", "n"], lit("[1.0,1e0,10e-1,0.1e1,100E-2,1.00000000000000001]")));
  C("payload", "tiny and huge", "Number::toString forms", setAt(["trace", EV.tool_call, "result", "n"], lit("[1e-7,1.5e-7,0.000001,1e21,1e20,123e18,5e-324,2.5e-8,-0.0]")));
  C("payload", "key order edge", "UTF-16 code unit order inside z.unknown", setAt(["trace", EV.tool_call, "result", "keys"], { "～": 1, "😀": 2, "ｚ": 3, "é": 4, Z: 5, a: 6, 10: 7, 2: 8, "": 9 }));
  C("payload", "artifact data integer-like keys", "integrity and payloadHash orders differ", setAt(["artifacts", 0, "data", "meta"], { b: 1, 10: 2, 2: 3, a: 4 }));
  C("payload", "tool_call name empty", "z.string() without min(1)", setAt(["trace", EV.tool_call, "name"], ""));
  C("payload", "cost currency whitespace", "min(1) only", setAt(["trace", EV.model_io_response, "cost", "currency"], " "));
  C("payload", "event of another run", "only importRunBundle checks", setAt(["trace", EV.annotation, "runId"], "run_other"));

  // ---- strings / escapes -----------------------------------------------
  const S = (n, rule, replacement) => C("string-escape", n, rule, { text: body.replace(`"text":"done"`, `"text":${replacement}`) });
  S("escaped e-acute", "\\u00e9 decodes to é: same hash as raw é", `"caf\\u00e9"`);
  S("raw e-acute", "raw é", `"café"`);
  S("upper-case hex escape", "\\u00E9 = é", `"caf\\u00E9"`);
  S("escaped slash", "\\/ decodes to /", `"a\\/b"`);
  S("short escapes", "\\b\\f\\n\\r\\t kept as short escapes", `"\\b\\f\\n\\r\\t"`);
  S("u-escapes for short-escape chars", "\\u0008 etc. render as \\b etc.", `"\\u0008\\u000c\\u000A\\u000D\\u0009"`);
  S("control chars", "other C0 controls render as lower-case \\u00XX", `"\\u0000\\u0001\\u000b\\u001F"`);
  S("DEL and C1", "U+007F and U+0080-U+009F are emitted raw", `"\\u007f\\u0080\\u009f"`);
  S("line separators escaped", "U+2028/U+2029 are emitted raw", `"\\u2028\\u2029"`);
  S("surrogate pair escaped", "\\ud83d\\ude00 = 😀 (4-byte UTF-8)", `"\\ud83d\\ude00"`);
  S("lone high surrogate", "rendered as \\ud800", `"a\\ud800b"`);
  S("lone low surrogate", "rendered as \\udc00", `"\\udc00"`);
  C("string-escape", "escaped key", "keys decode the same way", { text: body.replace(`"source":"schema-cases"`, `"sourc\\u0065":"schema-cases"`) });

  // ---- misc -------------------------------------------------------------
  C("misc", "integrity sha256 upper-case", "verify compares with ===", setAt(["integrity", "sha256"], base.integrity.sha256.toUpperCase()));
  C("misc", "integrity sha256 with spaces", "min(1) only; verify fails", setAt(["integrity", "sha256"], ` ${base.integrity.sha256} `));
  C("misc", "no integrity", "optional", delAt(["integrity"]));
  C("misc", "no engine", "optional; engine then not hashed", delAt(["engine"]));
  C("misc", "run.status running without endedAt", "no cross-field check", (o) => { o.run.status = "running"; delete o.run.endedAt; });
  C("misc", "reordered keys", "file key order is irrelevant", { text: JSON.stringify(Object.fromEntries(Object.entries(base).reverse())) });
  C("misc", "pretty printed CRLF tabs", "whitespace is irrelevant", { text: JSON.stringify(base, null, "\t").replace(/\n/g, "\r\n") });

  // ---- evaluate ----------------------------------------------------------
  const cases = [];
  for (const s of specs) {
    let parsed = null;
    const c = { name: s.name, group: s.group, rule: s.rule, text: s.text };
    try {
      parsed = parseRunBundleJson(s.text);
      c.parse = { accepted: true };
    } catch (e) {
      const info = errInfo(e);
      c.parse = { accepted: false, ...(info.name !== "WorkbenchError" ? { name: info.name } : {}), code: info.code, message: info.message };
    }
    let raw = null;
    let rawOk = false;
    try { raw = JSON.parse(s.text); rawOk = true; } catch { /* invalid JSON */ }
    c.canonicalSha256Parsed = parsed ? await hashShape(parsed) : null;
    c.canonicalSha256Raw = rawOk ? await hashShape(raw) : null;
    c.verifyParsed = parsed ? await verifyShape(parsed) : null;
    c.verifyRaw = rawOk && raw !== null && typeof raw === "object" ? await verifyShape(raw) : null;
    cases.push(c);
  }
  const summary = { cases: cases.length, accepted: 0, rejected: 0, rejectedByCode: {}, verifyParsedTrue: 0, verifyParsedFalse: 0, verifyParsedThrew: 0, parsedHashDiffersFromRaw: 0, byGroup: {} };
  for (const c of cases) {
    summary.byGroup[c.group] = (summary.byGroup[c.group] ?? 0) + 1;
    if (c.parse.accepted) summary.accepted++;
    else { summary.rejected++; const k = c.parse.code ?? c.parse.name; summary.rejectedByCode[k] = (summary.rejectedByCode[k] ?? 0) + 1; }
    if (c.verifyParsed === true) summary.verifyParsedTrue++;
    else if (c.verifyParsed === false) summary.verifyParsedFalse++;
    else if (c.verifyParsed !== null) summary.verifyParsedThrew++;
    if (typeof c.canonicalSha256Parsed === "string" && typeof c.canonicalSha256Raw === "string" && c.canonicalSha256Parsed !== c.canonicalSha256Raw) summary.parsedHashDiffersFromRaw++;
  }
  return {
    description: "Differential test set for parseRunBundleJson + computeRunBundleIntegrity: one small valid base bundle and single mutations of it. Every expected value was obtained by calling the reference runtime on `text`.",
    reference: {
      ...referenceInfo(),
      fields: {
        text: "exact JSON text given to the runtime (a JavaScript string: may contain lone surrogates, BOM, NUL)",
        parse: "parseRunBundleJson(text) with default options: {accepted:true} or {accepted:false, code, message} (name added when the error is not a WorkbenchError)",
        canonicalSha256Parsed: "await computeRunBundleIntegrity(parseRunBundleJson(text)) or null when parsing failed ({threw} if it throws)",
        canonicalSha256Raw: "await computeRunBundleIntegrity(JSON.parse(text)) or null when JSON.parse fails ({threw:{name,message}} if it throws, e.g. top-level null)",
        verifyParsed: "await verifyRunBundleIntegrity(parsed): true/false, null when parsing failed",
        verifyRaw: "await verifyRunBundleIntegrity(JSON.parse(text)): true/false, null when not an object",
      },
      baseIntegrity: base.integrity.sha256,
    },
    summary,
    cases,
  };
}
