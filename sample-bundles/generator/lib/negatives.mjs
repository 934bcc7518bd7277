// Negative / tampered fixtures, made as bytes from one realistic bundle.
import {
  attachRunBundleIntegrity,
  computeRunBundleIntegrity,
  parseRunBundleJson,
} from "@llm-workbench/runtime";

export const NEGATIVE_BASE_RUN = "claims-triage-2026-10-06";

const clone = (o) => JSON.parse(JSON.stringify(o));
const utf8 = (s) => Buffer.from(s, "utf8");

function replaceOnce(text, search, replacement, from = 0) {
  const i = text.indexOf(search, from);
  if (i < 0) throw new Error(`negatives: "${search.slice(0, 60)}" not found`);
  return text.slice(0, i) + replacement + text.slice(i + search.length);
}

function countOf(text, search) {
  let n = 0;
  for (let i = text.indexOf(search); i >= 0; i = text.indexOf(search, i + 1)) n++;
  return n;
}

/** Integrity as the runtime computes it for the text's parsed bundle, written into the text. */
async function resignText(text, oldSha) {
  const sha = await computeRunBundleIntegrity(parseRunBundleJson(text));
  if (countOf(text, oldSha) !== 1) throw new Error("negatives: integrity hash not unique in text");
  return replaceOnce(text, oldSha, sha);
}

/** Integrity computed over the raw (not zod-normalised) object. */
async function resignRaw(obj) {
  obj.integrity = { sha256: await computeRunBundleIntegrity(obj) };
  return obj;
}

/** JSON writer with alternative (but equivalent) spellings. */
function writeJson(v, opt, indent = "") {
  const nl = opt.indent ? opt.newline : "";
  const inner = indent + (opt.indent ?? "");
  if (v === null) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return opt.num ? opt.num(v) : JSON.stringify(v);
  if (typeof v === "string") return writeStr(v, opt);
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    return `[${nl}${v.map((x) => inner + writeJson(x, opt, inner)).join(`,${nl}`)}${nl}${indent}]`;
  }
  let keys = Object.keys(v);
  if (opt.reverseKeys) keys = keys.reverse();
  if (!keys.length) return "{}";
  const sep = opt.indent ? ": " : ":";
  return `{${nl}${keys.map((k) => `${inner}${writeStr(k, opt)}${sep}${writeJson(v[k], opt, inner)}`).join(`,${nl}`)}${nl}${indent}}`;
}

function writeStr(s, opt) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    const hex = (n) => {
      const h = n.toString(16).padStart(4, "0");
      return `\\u${opt.upperHex ? h.toUpperCase() : h}`;
    };
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "/" && opt.escapeSlash) out += "\\/";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20) out += hex(c);
    else if (c >= 0x7f && opt.escapeNonAscii) out += hex(c);
    else out += ch;
  }
  return out + '"';
}

function altNumber() {
  let i = 0;
  return (n) => {
    i++;
    if (Object.is(n, 0) || n === 0) return i % 2 ? "-0" : "0.0e0";
    if (Number.isInteger(n) && Math.abs(n) < 1e15) return [`${n}.0`, `${n}E0`, `${n}`, `${n}00e-2`][i % 4];
    return n.toExponential().toUpperCase().replace("E+", "E");
  };
}

const HTML_502 = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>502 Bad Gateway</title></head>
<body>
<h1>502 Bad Gateway</h1>
<p>The export service did not respond in time. Request id: 7f3c2a91-runlens-export.</p>
<hr><address>edge-proxy/2.4 at exports.example.com</address>
</body>
</html>
`;

export async function buildNegatives(results, runs) {
  const baseDef = runs.find((r) => r.id === NEGATIVE_BASE_RUN);
  const baseBundle = results.get(NEGATIVE_BASE_RUN).bundle;
  const baseFile = baseDef.file;
  const compact = JSON.stringify(baseBundle);
  const pretty = JSON.stringify(baseBundle, null, 2) + "\n";
  const sha = baseBundle.integrity.sha256;
  const trace = baseBundle.trace;
  const find = (pred, what) => {
    const i = trace.findIndex(pred);
    if (i < 0) throw new Error(`negatives: no ${what}`);
    return i;
  };
  const out = [];
  const add = (file, description, bytes, extra = {}) => out.push({ file, description, bytes: Buffer.isBuffer(bytes) ? bytes : utf8(bytes), baseFile, ...extra });

  // --- integrity ----------------------------------------------------------
  {
    const i = find((e) => e.type === "model_io" && e.direction === "response" && e.cost, "response with cost");
    const ev = trace[i];
    const at = compact.indexOf(`"id":"${ev.id}"`);
    const amountStr = JSON.stringify(ev.cost.amount);
    const pos = compact.indexOf(`"amount":${amountStr}`, at);
    const digitPos = pos + `"amount":`.length + amountStr.length - 1;
    const d = compact[digitPos];
    const changed = compact.slice(0, digitPos) + String((Number(d) + 1) % 10) + compact.slice(digitPos + 1);
    add("integrity-mismatch-cost-digit.json", `Last digit of cost.amount of the first response model_io event (${ev.id}) changed (${amountStr} -> ${changed.slice(pos + 9, digitPos + 1)}); integrity kept`, changed);
  }
  {
    const o = clone(baseBundle);
    const i = o.trace.findIndex((e) => e.type === "tool_call" && e.name === "fraud.score");
    const removed = o.trace.splice(i, 1)[0];
    add("integrity-mismatch-event-removed.json", `Trace event ${removed.id} (tool_call fraud.score) removed; integrity kept`, JSON.stringify(o));
  }
  {
    const flipped = sha.slice(0, 10) + (sha[10] === "0" ? "1" : "0") + sha.slice(11);
    add("integrity-hash-altered.json", "One hex digit of integrity.sha256 changed; content untouched", replaceOnce(compact, sha, flipped));
  }
  {
    const o = clone(baseBundle);
    delete o.integrity;
    add("integrity-missing.json", "integrity removed (verify = false, import MISSING_INTEGRITY)", JSON.stringify(o));
  }
  add("integrity-uppercase-hex.json", "integrity.sha256 written in upper-case hex: the runtime compares with === and rejects it", replaceOnce(compact, sha, sha.toUpperCase()));

  // --- parse vs raw -------------------------------------------------------
  {
    const needle = `"decision": "rejected"`;
    if (countOf(pretty, needle) !== 1) throw new Error("negatives: expected exactly one rejected decision");
    const lineStart = pretty.lastIndexOf("\n", pretty.indexOf(needle)) + 1;
    const ind = pretty.slice(lineStart, pretty.indexOf(needle));
    const text = replaceOnce(pretty, needle, `"decision": "approved",\n${ind}${needle}`);
    add("duplicate-key-gate-decision.json", "Pretty-printed; the rejected PAUSE_AFTER resolution carries \"decision\" twice: first \"approved\", last the original \"rejected\". JSON.parse keeps the last, so the bundle verifies although a reader that keeps the first value sees an approval", text);
  }
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "human_gate_resolved" && e.decision === "rejected");
    ev.reviewerEmail = "claims.lead@example.de";
    add("field-added-in-stripped-position.json", "Pretty-printed; a field reviewerEmail added to a human_gate_resolved event (zod strips unknown keys there): verifyParsed true, verifyRaw false", JSON.stringify(o, null, 2) + "\n");
  }
  {
    const o = clone(baseBundle);
    o.exportedBy = { app: "runlens-demo-host", version: "3.4.1", exportedAt: "2026-10-06T13:20:00.000Z" };
    add("top-level-extra-field.json", "Unknown top-level field exportedBy after integrity: top-level keys other than run/trace/artifacts/ruleSets/engine are outside the hash, zod strips it; both verdicts true", JSON.stringify(o));
  }

  // --- artifact payload hash ---------------------------------------------
  {
    const o = clone(baseBundle);
    const art = o.artifacts.find((a) => a.artifactKey === "claim.coverage");
    art.data.deductible.amount = 15;
    for (const e of o.trace) if (e.type === "artifact_written" && e.artifact.artifactKey === "claim.coverage" && e.artifact.version === art.version) e.artifact.data.deductible.amount = 15;
    delete o.integrity;
    const signed = await attachRunBundleIntegrity(o);
    add("payload-hash-mismatch.json", "claim.coverage data changed (deductible 150 -> 15, in artifacts[] and its artifact_written event) and the bundle re-signed with attachRunBundleIntegrity: the runtime says valid; only pointer.payloadHash (never checked by the runtime) reveals the change", JSON.stringify(signed));
  }

  // --- number / string edge cases with integrity recomputed --------------
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "model_io" && e.direction === "response" && e.provider === "google");
    ev.payload.serverReceiveTimeNs = "__UNSAFE_INT__";
    const text = await resignText(JSON.stringify(o).replace(`"__UNSAFE_INT__"`, "1791282205123456789"), sha);
    add("unsafe-integer-in-payload.json", "A Gemini response payload carries serverReceiveTimeNs = 1791282205123456789 (> 2^53; parses to 1791282205123456800, which is what gets hashed); integrity recomputed by the runtime from the parsed bundle", text);
  }
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "model_io" && e.direction === "response" && e.provider === "anthropic");
    ev.payload.content[0].text += " \ud800";
    const text = JSON.stringify(o);
    if (!text.includes("\\ud800")) throw new Error("negatives: lone surrogate not escaped");
    add("lone-surrogate-in-payload.json", "An Anthropic response payload text ends with a lone surrogate written as the escape \\ud800; integrity recomputed by the runtime (canonical JSON keeps it as \\ud800)", await resignText(text, sha));
  }
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "tool_call" && e.name === "fraud.score");
    ev.result.calibration = { upperBound: "__INF__", lowerBound: "__TINY__" };
    const text = await resignText(JSON.stringify(o).replace(`"__INF__"`, "1e400").replace(`"__TINY__"`, "1e-400"), sha);
    add("non-finite-number-in-payload.json", "tool_call fraud.score result.calibration = {upperBound: 1e400, lowerBound: 1e-400}: accepted (z.unknown), parsed to Infinity / 0 and hashed as null / 0; integrity as the runtime computes it", text);
  }

  // --- byte-level ---------------------------------------------------------
  add("bom-prefixed.json", "UTF-8 BOM (EF BB BF) before the JSON text: JSON.parse fails (INVALID_JSON)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(compact)]));
  {
    const b = utf8(compact);
    const needle = utf8("München");
    const i = b.indexOf(needle);
    if (i < 0) throw new Error("negatives: München not found");
    const bad = Buffer.concat([b.subarray(0, i + 1), Buffer.from([0xfc]), b.subarray(i + 3)]);
    add("invalid-utf8-in-payload.json", "The first \"München\" (inside a tool_call result) has its ü written as the single Latin-1 byte FC (invalid UTF-8): decoded as U+FFFD, the file parses but no longer verifies", bad);
  }
  {
    const b = utf8(compact);
    add("truncated.json", "First 61 % of the bytes", b.subarray(0, Math.floor(b.length * 0.61)));
  }
  add("empty-file.json", "Zero bytes", Buffer.alloc(0));
  add("not-json.json", "An HTML 502 error page saved with a .json name", HTML_502);
  {
    const bom = Buffer.from([0xff, 0xfe]);
    add("utf16le-with-bom.json", "The same bundle encoded as UTF-16LE with BOM: read as UTF-8 it is not JSON", Buffer.concat([bom, Buffer.from(compact, "utf16le")]));
  }

  // --- protocol version ---------------------------------------------------
  add("unsupported-protocol-0.9.0.json", "protocolVersion \"0.9.0\" (outside the hash; verifyRaw stays true): UNSUPPORTED_PROTOCOL_VERSION, no migration path", replaceOnce(compact, `"protocolVersion":"1.0.0"`, `"protocolVersion":"0.9.0"`));
  {
    const o = clone(baseBundle);
    delete o.protocolVersion;
    add("missing-protocol-version.json", "protocolVersion removed: UNSUPPORTED_PROTOCOL_VERSION (\"missing ... cannot be migrated\"); with migrate:false INVALID_RUN_BUNDLE", JSON.stringify(o));
  }

  // --- schema -------------------------------------------------------------
  {
    const o = clone(baseBundle);
    const i = o.trace.findIndex((e) => e.type === "tool_call" && e.name === "fraud.score");
    const at = o.trace[i];
    o.trace.splice(i + 1, 0, { id: "evt_3d1c9a7e-5b0f-4e3a-9c55-0b7f1e2d4a61", runId: o.run.id, ts: at.ts, stepId: at.stepId, type: "cache_hit", cacheKey: "fraud.score:CLM-2026-0527786", ageSeconds: 412 });
    add("unknown-event-type.json", "A trace event of type \"cache_hit\" (not in the 16 event types) inserted; integrity recomputed over the raw object (verifyRaw true), parse fails INVALID_RUN_BUNDLE", JSON.stringify(await resignRaw(o)));
  }
  {
    const o = clone(baseBundle);
    const resp = o.trace.filter((e) => e.type === "model_io" && e.direction === "response");
    resp[0].usage.inputTokens = -1200;
    resp[1].usage.outputTokens = 96.5;
    add("schema-invalid-token-count.json", "usage.inputTokens = -1200 on the first response and usage.outputTokens = 96.5 on the second; integrity recomputed over the raw object; parse fails with two issues", JSON.stringify(await resignRaw(o)));
  }
  {
    const o = clone(baseBundle);
    const ev2 = o.trace.find((e) => e.type === "human_gate_requested");
    ev2.ts = "2026-02-30" + ev2.ts.slice(10);
    add("schema-invalid-timestamp.json", `ts of a human_gate_requested event set to ${ev2.ts} (30 February); integrity recomputed over the raw object; parse fails INVALID_RUN_BUNDLE`, JSON.stringify(await resignRaw(o)));
  }
  {
    const o = clone(baseBundle);
    for (const s of o.run.workflowSnapshot.steps) {
      if (s.gatePolicy === "AUTO") delete s.gatePolicy;
      if (Array.isArray(s.inputs) && s.inputs.length === 0) delete s.inputs;
      if (Array.isArray(s.outputs) && s.outputs.length === 0) delete s.outputs;
    }
    add("steps-without-defaults-raw-hashed.json", "A producer that omits zod defaults (gatePolicy AUTO, empty inputs/outputs) and hashes its raw object: verifyRaw true, verifyParsed false (zod adds the defaults back), import INTEGRITY_MISMATCH", JSON.stringify(await resignRaw(o)));
  }
  {
    const o = clone(baseBundle);
    for (const [, gs] of o.engine.gateState) if (gs.checkpoints && Object.keys(gs.checkpoints).length === 0) delete gs.checkpoints;
    add("engine-without-checkpoints-raw-hashed.json", "engine.gateState entries without the empty checkpoints object, hashed raw: verifyRaw true, verifyParsed false (the engine transform adds checkpoints: {})", JSON.stringify(await resignRaw(o)));
  }

  // --- structural (parse ok, import fails) --------------------------------
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "tool_call" && e.name === "fraud.score");
    ev.stepId = "refer_to_siu";
    delete o.integrity;
    add("unknown-step-in-trace.json", "A tool_call references step \"refer_to_siu\" that is not in the workflow; re-signed: parse and verify succeed, importRunBundle fails INVALID_RUN_BUNDLE", JSON.stringify(await attachRunBundleIntegrity(o)));
  }
  {
    const o = clone(baseBundle);
    o.run.workflowSnapshot.edges.push({ id: "e7_loop", from: "notify_handler", to: "ingest_fnol" });
    delete o.integrity;
    add("workflow-cycle.json", "An edge notify_handler -> ingest_fnol makes the workflow cyclic; re-signed: parse and verify succeed, importRunBundle fails INVALID_WORKFLOW", JSON.stringify(await attachRunBundleIntegrity(o)));
  }
  {
    const o = clone(baseBundle);
    const ev = o.trace.find((e) => e.type === "tool_call" && e.name === "policy.lookup");
    ev.result.__deep__ = "__DEEP__";
    const depth = 5000;
    const text = JSON.stringify(o).replace(`"__DEEP__"`, "[".repeat(depth) + "0" + "]".repeat(depth));
    add("deeply-nested-payload-5000.json", `A tool_call result holds arrays nested ${depth} levels deep: JSON.parse and the schema accept it (z.unknown), but the recursive canonical serializer overflows the stack: verify and import throw RangeError (depends on the V8 stack size; integrity kept from the base)`, text);
  }

  // --- re-serialised (valid) ----------------------------------------------
  add("reserialized-reversed-keys-escaped-non-ascii.json", "Same bundle re-serialised: keys in reverse order, every non-ASCII code unit and / escaped (\\u00FC, \\/), upper-case hex, 4-space indent: still verifies (canonical JSON only depends on the decoded values)",
    writeJson(baseBundle, { reverseKeys: true, escapeNonAscii: true, upperHex: true, escapeSlash: true, indent: "    ", newline: "\n" }) + "\n");
  add("reserialized-number-spellings-tabs-crlf.json", "Same bundle re-serialised with tabs and CRLF line ends and alternative number spellings (-0, 0.0e0, 12.0, 12E0, 1200e-2, 1.34E-3): still verifies",
    writeJson(baseBundle, { indent: "\t", newline: "\r\n", num: altNumber() }) + "\r\n");

  return out;
}
