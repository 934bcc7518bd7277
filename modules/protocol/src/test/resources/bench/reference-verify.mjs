// Times the reference runtime on one bundle file, as its own import path reads one:
//   parseRunBundleJson(fs.readFileSync(file, 'utf8')) then await verifyRunBundleIntegrity(bundle)
// Usage: node reference-verify.mjs RUNTIME_PACKAGE_DIR FILE [REPEATS]
// Prints one JSON line: per-run timings (ms), the verdict, the hash the runtime computes.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [dir, file, repeatsArg] = process.argv.slice(2);
if (!dir || !file) {
  console.error('usage: node reference-verify.mjs RUNTIME_PACKAGE_DIR FILE [REPEATS]');
  process.exit(64);
}
const runtime = await import(pathToFileURL(path.resolve(dir, 'dist/index.js')).href);
const pkg = JSON.parse(fs.readFileSync(path.resolve(dir, 'package.json'), 'utf8'));
const repeats = Number(repeatsArg ?? 3);

const runs = [];
let verdict = null;
let error = null;
let bundle = null;
for (let i = 0; i < repeats; i++) {
  bundle = null;
  const t0 = performance.now();
  let t1 = t0;
  let t2 = t0;
  try {
    const text = fs.readFileSync(file, 'utf8');
    t1 = performance.now();
    bundle = runtime.parseRunBundleJson(text);
    t2 = performance.now();
    verdict = (await runtime.verifyRunBundleIntegrity(bundle)) ? 'valid'
        : bundle.integrity?.sha256 ? 'mismatch' : 'missing';
  } catch (e) {
    verdict = 'error';
    error = { name: e?.name, code: e?.code, message: String(e?.message).slice(0, 300) };
  }
  const t3 = performance.now();
  runs.push({ totalMs: t3 - t0, readMs: t1 - t0, parseMs: t2 - t1, verifyMs: t3 - t2 });
}

let computedSha256 = null;
if (bundle) {
  try {
    computedSha256 = await runtime.computeRunBundleIntegrity(bundle); // outside the timed runs
  } catch (e) {
    computedSha256 = null;
  }
}
console.log(JSON.stringify({
  runtime: `${pkg.name}@${pkg.version}`, node: process.version, file, repeats, runs, verdict, error, computedSha256,
}));
