// Rebuilds the two data files the transliteration rule ships, from ../shared/data (run after `npx tsc -b`):
//   server/src/lexicons/names-word-frequency.json  word forms + counts from the development corpora (no sentences)
//   server/src/lexicons/names-wikidata-tokens.json Arabic person-name tokens from Wikidata (CC0), with their English
// Usage: node test/rules/transliteration/tools/build-lexicons.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const require = createRequire(import.meta.url);
const { tokenize } = require(join(root, 'out/server/src/arabic/tokenize.js'));
const { foldLetters } = require(join(root, 'out/server/src/arabic/normalize.js'));
const data = join(root, '../shared/data');

// ---- word forms + counts: every Arabic token of the dev corpora, cleaned and letter-folded ----
const texts = [];
for (const f of ['ant-dev.jsonl', 'saudinewsnet-dev.jsonl']) {
  for (const line of readFileSync(join(data, 'corpus', f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    texts.push(r.title ?? '', r.text);
  }
}
const walk = d => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.txt')) texts.push(readFileSync(p, 'utf8')); } };
walk(join(data, 'corpus/scraped'));
const freq = new Map();
for (const t of texts) for (const tok of tokenize(t)) if (tok.kind === 'arabic') { const f = foldLetters(tok.norm); freq.set(f, (freq.get(f) ?? 0) + 1); }
const forms = [...freq].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(join(root, 'server/src/lexicons/names-word-frequency.json'), JSON.stringify({
  about: 'Word forms (Arabic tokens, diacritics removed, letter forms folded as in arabic/normalize.foldLetters) and how often each occurs in the development corpora: ANT Corpus v2.1 dev split (Chouigui, Ben Khiroun, Elayeb 2017/2021; https://antcorpus.github.io), SaudiNewsNet July-2015 dev sample (Alhagri 2015, CC BY-NC-SA 4.0) and the scraped dev texts in shared/data/corpus/scraped. Forms seen at least twice. Counts only: no sentences. Built by test/rules/transliteration/tools/build-lexicons.mjs.',
  tokens: texts.length,
  forms: Object.fromEntries(forms),
}));

// ---- Wikidata name tokens (Merhav & Ash 2018, CC0): folded Arabic token -> [weight, main English spellings] ----
const wd = new Map();
for (const line of readFileSync(join(data, 'lexicons/wikidata-name-tokens.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [en, ar, n] = line.split('\t');
  const a = foldLetters(ar.replace(/ /g, ''));
  if (a.length < 2 || !/^[\u0621-\u064A\u0671-\u06D3]+$/.test(a)) continue;
  const r = wd.get(a) ?? { n: 0, en: new Map() };
  r.n += Number(n);
  r.en.set(en, (r.en.get(en) ?? 0) + Number(n));
  wd.set(a, r);
}
const out = {};
for (const [a, r] of [...wd].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  const en = [...r.en].sort((x, y) => y[1] - x[1]).filter(([, c], i) => i === 0 || c * 10 >= r.n).slice(0, 3).map(([e]) => e);
  out[a] = [r.n, en.join(' ')];
}
writeFileSync(join(root, 'server/src/lexicons/names-wikidata-tokens.json'), JSON.stringify({
  about: 'Arabic person-name tokens from Wikidata, letter-folded, with the number of Wikidata names each came from and its main English spellings. Source: github.com/steveash/NETransliteration-COLING2018 @ 5d5f59e5, data/wd_arabic.normalized.aligned.tokens, CC0 1.0 (Y. Merhav, S. Ash. Design Challenges in Named Entity Transliteration. COLING 2018). Built by test/rules/transliteration/tools/build-lexicons.mjs.',
  tokens: out,
}));
console.log('forms', forms.length, 'wikidata', Object.keys(out).length);
