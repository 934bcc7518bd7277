// RunLens sample-bundle generator. Run from this directory with
//   LC_ALL=C.UTF-8 TZ=UTC node gen.mjs
// It (re)writes ../*.json, ../negative/ (and ../negative/audit/), ../expected.json and ../schema-cases/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeRunBundle } from "@llm-workbench/runtime";
import { runScenario } from "./lib/scenario.mjs";
import { RUNS } from "./scenarios/runs.mjs";
import { buildNegatives } from "./lib/negatives.mjs";
import { buildAuditFixtures } from "./lib/audit-fixtures.mjs";
import { evaluateFiles } from "./lib/evaluate.mjs";
import { buildSchemaCases } from "./lib/schemaCases.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, "..");

function checkEnv() {
  const problems = [];
  if (!process.version.startsWith("v20.")) problems.push(`Node ${process.version} (expected v20.x: JSON.parse error texts differ between majors)`);
  if (process.env.TZ !== "UTC") problems.push(`TZ=${process.env.TZ ?? "(unset)"} (expected UTC)`);
  if (!/^C(\.UTF-8)?$/i.test(process.env.LC_ALL ?? "")) problems.push(`LC_ALL=${process.env.LC_ALL ?? "(unset)"} (expected C.UTF-8: the runtime sorts with localeCompare)`);
  if (problems.length) console.warn(`warning: output may not be byte-identical:\n  ${problems.join("\n  ")}`);
}

export function formatBundle(bundle, format) {
  if (format === "compact") return JSON.stringify(bundle);
  if (format === "pretty") return JSON.stringify(bundle, null, 2) + "\n";
  if (format === "canonical") return serializeRunBundle(bundle);
  throw new Error(`unknown format ${format}`);
}

async function main() {
  checkEnv();
  // Remove the files the previous run wrote (as listed in expected.json), so
  // renamed outputs do not linger; nothing else in sample-bundles/ is touched.
  const expectedPath = join(OUT, "expected.json");
  if (existsSync(expectedPath)) {
    try {
      for (const f of JSON.parse(readFileSync(expectedPath, "utf8")).files ?? []) {
        if (typeof f.file === "string" && !f.file.includes("..")) rmSync(join(OUT, f.file), { force: true });
      }
    } catch { /* unreadable: overwrite below */ }
  }
  mkdirSync(join(OUT, "negative", "audit"), { recursive: true });
  mkdirSync(join(OUT, "schema-cases"), { recursive: true });

  const results = new Map();
  const files = [];
  for (const def of RUNS) {
    const extra = {};
    if (def.parent) {
      const p = results.get(def.parent);
      extra.parentState = p.state;
      extra.parentRunId = p.runId;
    }
    const r = await runScenario(def, extra);
    results.set(def.id, r);
    const text = formatBundle(r.bundle, def.format);
    writeFileSync(join(OUT, def.file), text);
    files.push({ file: def.file, kind: "realistic", description: def.description, format: def.format, scenario: def.id, parentFile: def.parent ? RUNS.find((x) => x.id === def.parent).file : undefined });
    console.log(`${def.file}  ${Buffer.byteLength(text)} bytes`);
  }

  const negatives = await buildNegatives(results, RUNS);
  for (const n of negatives) {
    writeFileSync(join(OUT, "negative", n.file), n.bytes);
    files.push({ file: `negative/${n.file}`, kind: "negative", description: n.description, baseFile: n.baseFile });
    console.log(`negative/${n.file}  ${n.bytes.length} bytes`);
  }

  // one fixture per RunLens audit finding code, named after it (lib/audit-fixtures.mjs)
  for (const a of await buildAuditFixtures(results, RUNS)) {
    writeFileSync(join(OUT, "negative", "audit", a.file), a.bytes);
    files.push({ file: `negative/audit/${a.file}`, kind: "negative", description: a.description, baseFile: a.baseFile, auditCode: a.code, alsoCodes: a.also.length ? a.also : undefined });
    console.log(`negative/audit/${a.file}  ${a.bytes.length} bytes`);
  }

  const expected = await evaluateFiles(OUT, files);
  writeFileSync(join(OUT, "expected.json"), JSON.stringify(expected, null, 1) + "\n");

  const cases = await buildSchemaCases();
  writeFileSync(join(OUT, "schema-cases", "cases.json"), JSON.stringify(cases, null, 1) + "\n");
  console.log(`schema-cases/cases.json  ${cases.cases.length} cases`);
  console.log(JSON.stringify(expected.summary, null, 1));
  console.log(JSON.stringify(cases.summary, null, 1));
}

await main();
