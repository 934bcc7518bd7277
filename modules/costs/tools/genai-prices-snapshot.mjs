// Writes RunLens' price snapshot from an installed @pydantic/genai-prices (MIT) npm package.
//
//   mkdir /tmp/gp && cd /tmp/gp && npm i @pydantic/genai-prices@VERSION
//   node genai-prices-snapshot.mjs /tmp/gp/node_modules/@pydantic/genai-prices YYYY-MM-DD
//
// The package bundles its price data (the shape of genai-prices' prices/data.json: an array of
// providers, each with models, match clauses and prices per million tokens) as a JavaScript literal
// at the top of dist/index.js. This script evaluates that literal alone in an empty VM context,
// keeps the fields RunLens reads (dropping usage extractors and descriptions) and writes
// ../src/main/resources/dev/runlens/costs/catalog/genai-prices/{data.json,LICENSE,snapshot.properties}.
// Only data is carried over (with its licence); no code of the package is.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const [pkgDir, retrieved] = process.argv.slice(2);
if (!pkgDir || !/^\d{4}-\d{2}-\d{2}$/.test(retrieved ?? '')) {
  console.error('usage: node genai-prices-snapshot.mjs PACKAGE_DIR YYYY-MM-DD');
  process.exit(64);
}
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const src = fs.readFileSync(path.join(pkgDir, 'dist/index.js'), 'utf8');
const start = src.indexOf('const E = [');
const end = src.indexOf('], J = {');
if (start !== 0 || end < 0) throw new Error('unexpected dist/index.js layout: look for the bundled provider array by hand');
const providers = vm.runInNewContext('(' + src.slice('const E = '.length, end + 1) + ')', Object.create(null), { timeout: 10000 });

const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
const data = providers.map((p) => ({
  ...pick(p, ['id', 'name', 'pricing_urls', 'provider_match', 'model_match', 'fallback_model_providers']),
  models: p.models.map((m) => pick(m, ['id', 'name', 'match', 'context_window', 'deprecated', 'price_comments', 'prices'])),
}));

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/main/resources/dev/runlens/costs/catalog/genai-prices');
fs.mkdirSync(out, { recursive: true });
// One model per line, so a snapshot update reviews as a line diff.
const providerText = (p) => {
  const { models, ...head } = p;
  const h = JSON.stringify(head);
  return h.slice(0, -1) + ',"models":[\n' + models.map((m) => '  ' + JSON.stringify(m)).join(',\n') + '\n]}';
};
const text = '[\n' + data.map(providerText).join(',\n') + '\n]\n';
fs.writeFileSync(path.join(out, 'data.json'), text);
fs.copyFileSync(path.join(pkgDir, 'LICENSE'), path.join(out, 'LICENSE'));
const sha = crypto.createHash('sha256').update(text).digest('hex');
fs.writeFileSync(path.join(out, 'snapshot.properties'), [
  '# Price data from the MIT-licensed genai-prices project (Pydantic Services Inc.), see LICENSE.',
  `dataset=${pkg.name}`,
  `version=${pkg.version}`,
  `source=${pkg.homepage}`,
  'licence=MIT',
  `retrieved=${retrieved}`,
  `providers=${data.length}`,
  `models=${data.reduce((n, p) => n + p.models.length, 0)}`,
  `sha256=${sha}`,
  '',
].join('\n'));
console.log(`${data.length} providers, ${data.reduce((n, p) => n + p.models.length, 0)} models -> ${out}`);
