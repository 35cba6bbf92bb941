// Split-half evaluation of the transliteration rule, for honest development: the labelled articles in source order,
// alternating, make half A (even positions: develop on it, look at its misses) and half B (odd: report it blind).
// Usage (after npx tsc -b): node test/rules/transliteration/tools/split-eval.mjs [A|B|all] [--misses N]
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const require = createRequire(import.meta.url);
const corpus = require(join(root, 'out/test/eval/corpus.js'));
const args = process.argv.slice(2);
const half = args[0] ?? 'A';
const misses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : 0;
const load = corpus.loadLabels;
corpus.loadLabels = name => {
  const l = load(name);
  if (!l || name !== 'transliteration.json' || half === 'all') return l;
  const sorted = [...l.articles].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const keep = new Set(sorted.filter((_, i) => (i % 2 === 0) === (half === 'A')).map(a => a.source));
  return { ...l, articles: l.articles.filter(a => keep.has(a.source)) };
};
const { runEval } = require(join(root, 'out/test/eval/evaluate.js'));
const { rows, misses: m } = runEval(['transliteration']);
for (const r of rows) console.log(`${half}\t${r.group}\t${r.articles} articles\tTP ${r.score.tp}\tFP ${r.score.fp}\tFN ${r.score.fn}\trecall ${(r.score.tp / Math.max(1, r.score.tp + r.score.fn)).toFixed(3)}\t${r.extra ?? ''}`);
if (misses) for (const x of m.slice(0, misses)) console.log(`  ${x.kind} ${x.check} ${x.source} ${x.detail}`);
