// The whole development corpus as one workspace (every article of ../shared/data/corpus: the two dev JSONL files and
// the scraped texts), linted with the transliteration rule; prints the pairs it reports, most findings first.
// Usage (after npx tsc -b): node test/rules/transliteration/tools/corpus-run.mjs [--top 30] [--json]
// A person should call every reported pair one name: this is the "no finding on ordinary words" check.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const require = createRequire(import.meta.url);
const { Article, defaultConfig, lint } = require(join(root, 'out/server/src/engine/index.js'));
const { createCliWorkspace } = require(join(root, 'out/server/src/cli/workspace.js'));
const corpus = resolve(root, '../shared/data/corpus');

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 30;

const docs = [];
for (const f of ['ant-dev.jsonl', 'saudinewsnet-dev.jsonl']) {
  for (const line of readFileSync(join(corpus, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    docs.push({ uri: `${f}#${r.docno}`, text: r.text });
  }
}
const walk = d => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.txt')) docs.push({ uri: p.slice(corpus.length + 1), text: readFileSync(p, 'utf8') }); } };
walk(join(corpus, 'scraped'));

const config = defaultConfig();
let t0 = Date.now();
const ws = createCliWorkspace(docs, config);
const tIndex = Date.now() - t0;
t0 = Date.now();
const pairs = new Map();
for (const d of docs) {
  for (const f of lint(new Article(d.text), config, { uri: d.uri, workspace: ws }).filter(f => f.ruleId === 'transliteration')) {
    const e = f.evidence;
    const k = `${e.form} → ${e.target}`;
    const p = pairs.get(k) ?? { pair: k, findings: 0, files: new Set(), scope: new Set() };
    p.findings++; p.files.add(d.uri); p.scope.add(e.scope);
    pairs.set(k, p);
  }
}
const tLint = Date.now() - t0;
const list = [...pairs.values()].sort((a, b) => b.files.size - a.files.size || b.findings - a.findings);
if (args.includes('--json')) { console.log(JSON.stringify(list.map(p => ({ ...p, files: [...p.files], scope: [...p.scope] })), null, 1)); process.exit(0); }
console.log(`${docs.length} articles; index ${tIndex} ms, lint ${tLint} ms; ${list.length} pairs, ${list.reduce((s, p) => s + p.findings, 0)} findings`);
console.log('| # | files | findings | pair (form → target) | scope |\n|---:|---:|---:|---|---|');
list.slice(0, args.includes('--all') ? list.length : top).forEach((p, i) => console.log(`| ${i + 1} | ${p.files.size} | ${p.findings} | ${p.pair} | ${[...p.scope].join(',')} |`));
