// No ReDoS: every regex of the product runs in linear time on adversarial input. The regexes are discovered, not
// listed, so a new rule's regexes are covered as they land:
//   1. literals: every /.../ in server/src and client/src, found with the TypeScript parser;
//   2. constructed: every `new RegExp(...)` / `RegExp(...)` executed while the engine, rules and workspace modules load
//      and lint corpus articles with every rule on (the global RegExp is wrapped in the measuring worker), plus the
//      CLI's glob translation and the exported TOKEN_RE;
//   3. lexicons: string values under a key named like pattern/regex in server/src/lexicons/*.json, and a pattern/regex
//      column in lexicon .tsv files.
// Each runs over 1 MB and 0.25 MB of input built from its own alphabet (repetitions, near-misses), long runs of Arabic
// letters, words and spaces; time(1 MB) must stay within 6× time(0.25 MB) — linear is 4× (no absolute times are
// asserted). The measuring runs in a worker with a watchdog, so a catastrophic regex fails the test instead of hanging.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as ts from 'typescript';
import { REPO_ROOT } from './helpers';
import { KNOWN_SLOW_REGEXES } from './known-defects';

export interface FoundRegex { source: string; flags: string; where: string }

function walkTs(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walkTs(p, out);
    else if (/\.tsx?$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Regex literals of the product's sources, with file:line. */
export function literalRegexes(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of [...walkTs(join(REPO_ROOT, 'server/src')), ...walkTs(join(REPO_ROOT, 'client/src'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(REPO_ROOT, file)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns held in lexicon files (none yet: the attribution lexicons hold words). */
export function lexiconRegexes(): FoundRegex[] {
  const dir = join(REPO_ROOT, 'server/src/lexicons');
  const out: FoundRegex[] = [];
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (f.endsWith('.json')) {
      const walk = (v: unknown, key: string, path: string) => {
        if (typeof v === 'string' && /pattern|regex|^re$/i.test(key)) out.push({ source: v, flags: 'u', where: `server/src/lexicons/${f}${path}` });
        else if (Array.isArray(v)) v.forEach((x, i) => walk(x, key, `${path}[${i}]`));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k, `${path}.${k}`);
      };
      walk(JSON.parse(readFileSync(p, 'utf8')), '', '');
    } else if (f.endsWith('.tsv')) {
      const rows = readFileSync(p, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
      const col = rows[0]?.findIndex(h => /pattern|regex/i.test(h)) ?? -1;
      if (col >= 0) rows.slice(1).forEach((r, i) => r[col] && out.push({ source: r[col], flags: 'u', where: `server/src/lexicons/${f}:${i + 2}` }));
    }
  }
  return out;
}

// The worker: wraps RegExp, loads the engine and lints corpus articles (constructed regexes), then measures each regex
// it is sent. Plain JS so it runs from out/ without a build step of its own.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const root = workerData.root;
const found = [];
if (workerData.discover) {
  const Orig = RegExp;
  const record = (r) => {
    const frame = (new Error().stack || '').split('\\n').find(l => l.includes(path.join('out', 'server', 'src')));
    const m = frame && frame.match(/out[\\\\/](server[\\\\/]src[\\\\/][^:]+)\\.js:(\\d+)/);
    found.push({ source: r.source, flags: r.flags, where: m ? m[1].replace(/\\\\/g, '/') + '.js:' + m[2] + ' (compiled)' : 'runtime' });
    return r;
  };
  globalThis.RegExp = new Proxy(Orig, {
    construct(t, args, nt) { return record(Reflect.construct(t, args, nt)); },
    apply(t, self, args) { return record(Reflect.apply(t, self, args)); },
  });
  const out = path.join(root, 'out/server/src');
  const engine = require(path.join(out, 'engine'));
  for (const dir of ['arabic', 'engine', 'rules', 'workspace']) {
    let files = [];
    try { files = require('node:fs').readdirSync(path.join(out, dir)); } catch {}
    for (const f of files) if (f.endsWith('.js')) { try { require(path.join(out, dir, f)); } catch {} }
  }
  const { createCliWorkspace } = require(path.join(out, 'cli/workspace'));
  const { globToRegExp } = require(path.join(out, 'cli/files'));
  globToRegExp(path.join(root, '**/*.txt')); globToRegExp(path.join(root, 'samples/*.arabic-news'));
  const { TOKEN_RE } = require(path.join(out, 'arabic/tokenize'));
  found.push({ source: TOKEN_RE.source, flags: TOKEN_RE.flags, where: 'server/src/arabic/tokenize.ts TOKEN_RE (exported)' });
  const cfg = engine.mergeConfig(engine.defaultConfig(), { boilerplate: { markers: ['اقرأ أيضا'], patterns: ['^المصدر:.*$'] }, names: { 'ترامب': ['ترمب'] } });
  for (const r of engine.allRules) cfg.rules[r.id] = 'warning';
  const docs = workerData.articles.map((text, i) => ({ uri: 'file:///c/' + i + '.txt', text }));
  const ws = createCliWorkspace(docs, cfg);
  for (const d of docs) { engine.lint(d.text, cfg, { uri: d.uri, workspace: ws }); engine.lint(d.text, cfg, { uri: d.uri }); }
  globalThis.RegExp = Orig;
  parentPort.postMessage({ found });
}

/** Characters a regex mentions: its literals, escapes decoded, class ends, one sample for each shorthand. */
function alphabet(src) {
  const out = new Set();
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\\\') {
      const n = src[i + 1];
      if (n === 'u' && src[i + 2] === '{') { const j = src.indexOf('}', i); out.add(String.fromCodePoint(parseInt(src.slice(i + 3, j), 16))); i = j; continue; }
      if (n === 'u') { out.add(String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16))); i += 5; continue; }
      if (n === 'x') { out.add(String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16))); i += 3; continue; }
      if (n === 'p' || n === 'P') { const j = src.indexOf('}', i); out.add('ب'); out.add('\u064E'); i = j; continue; }
      const sh = { s: ' ', S: 'x', d: '1', D: 'x', w: 'a', W: ' ', b: '', B: '', n: '\\n', r: '\\r', t: '\\t' }[n];
      out.add(sh === undefined ? n : sh); i++; continue;
    }
    if ('^$|()[]{}*+?.,:=!<>-'.includes(c)) { if (c === '.') out.add('x'); if ('.,:=!<>-'.includes(c)) out.add(c); continue; }
    out.add(c);
  }
  out.delete('');
  return [...out].join('') || 'x';
}

function build(kind, src, n) {
  const rep = (s) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  const a = alphabet(src);
  switch (kind) {
    case 'own alphabet': return rep(a);
    case 'own alphabet, near-miss': return rep(a.slice(0, -1) || a) + '\\u0000§';
    case 'each own char repeated': return [...a].map(c => rep(c).slice(0, Math.floor(n / [...a].length))).join('');
    case 'Arabic words and spaces': return rep('قال الرئيس إن الاجتماع كان مثمرا، ');
    case 'one Arabic letter, no space': return rep('ب');
    case 'spaces then a letter': return rep(' ') + 'ب';
  }
}
const KINDS = ['own alphabet', 'own alphabet, near-miss', 'each own char repeated', 'Arabic words and spaces', 'one Arabic letter, no space', 'spaces then a letter'];

// Every match in turn, with test() (no match arrays: a million of them would time the garbage collector, not the regex)
function scan(re, s) {
  re.lastIndex = 0;
  let n = 0, last = -1;
  while (re.test(s)) { n++; if (re.lastIndex === last) re.lastIndex++; last = re.lastIndex; if (re.lastIndex > s.length) break; }
  return n;
}
function time(re, s) {
  const t0 = performance.now(); scan(re, s); return performance.now() - t0;
}

parentPort.on('message', (msg) => {
  if (msg.cmd !== 'measure') return;
  const { index, source, flags } = msg;
  let re;
  const g = flags.replace(/[gy]/g, '') + 'g';
  try { re = new RegExp(source, g); } catch (e) { parentPort.postMessage({ index, error: 'does not compile: ' + e.message }); return; }
  const rows = [];
  for (const kind of KINDS) {
    parentPort.postMessage({ index, progress: kind });
    const small = build(kind, source, 262144), big = build(kind, source, 1048576);
    scan(re, small.slice(0, 65536)); // warm up the regex's compiled code
    // interleaved rounds, best of each: a busy CPU (other test files run in parallel) or a GC pause only ever adds time
    let t1 = Infinity, t4 = Infinity;
    for (let round = 0; round < 6; round++) {
      t1 = Math.min(t1, time(re, small));
      t4 = Math.min(t4, time(re, big));
      if (round >= 1 && !(t4 > 6 * Math.max(t1, 0.05) && t4 > 200)) break; // settled
    }
    rows.push({ kind, small: t1, big: t4 });
  }
  parentPort.postMessage({ index, rows });
});
if (!workerData.discover) parentPort.postMessage({ ready: true });
`;

function startWorker(discover: boolean, articles: string[]): Worker {
  return new Worker(WORKER, { eval: true, workerData: { root: REPO_ROOT, discover, articles } });
}

function corpusArticles(n: number): string[] {
  const f = join(REPO_ROOT, '../shared/data/corpus/ant-dev.jsonl');
  if (!existsSync(f)) return ['قال الرئيس إن الاجتماع كان مثمرا.\nاقرأ أيضا: خبر آخر\nالمصدر: وكالات'];
  return readFileSync(f, 'utf8').split('\n').filter(Boolean).slice(0, n).map(l => JSON.parse(l).text);
}

async function discoverConstructed(): Promise<FoundRegex[]> {
  const w = startWorker(true, corpusArticles(25));
  try {
    return await new Promise<FoundRegex[]>((res, rej) => {
      w.once('message', (m: { found: FoundRegex[] }) => res(m.found));
      w.once('error', rej);
    });
  } finally { await w.terminate(); }
}

interface Measured { index: number; rows?: { kind: string; small: number; big: number }[]; error?: string; timedOut?: string }

/** Measure each regex in a worker; a regex that makes no progress for `stallMs` is reported as catastrophic. */
async function measureAll(list: FoundRegex[], stallMs = 10_000): Promise<Measured[]> {
  const results: Measured[] = [];
  let i = 0;
  while (i < list.length) {
    const w = startWorker(false, []);
    await new Promise<void>(res => w.once('message', () => res()));
    await new Promise<void>((resolve) => {
      let lastKind = '';
      let timer: NodeJS.Timeout;
      const arm = () => { clearTimeout(timer); timer = setTimeout(() => { results.push({ index: i, timedOut: lastKind }); i++; void w.terminate().then(() => resolve()); }, stallMs); };
      const next = () => { if (i >= list.length) { clearTimeout(timer); void w.terminate().then(() => resolve()); return; } arm(); w.postMessage({ cmd: 'measure', index: i, source: list[i].source, flags: list[i].flags }); };
      w.on('message', (m: Measured & { progress?: string }) => {
        if (m.progress) { lastKind = m.progress; arm(); return; }
        results.push(m); i++; next();
      });
      next();
    });
  }
  return results;
}

test('no ReDoS: every regex of server/src, client/src and the lexicons runs in linear time on 1 MB of adversarial input', { timeout: 600_000 }, async (t) => {
  const all = [...literalRegexes(), ...lexiconRegexes(), ...await discoverConstructed()];
  // one measurement per (source, flags); keep every place it was found
  const byKey = new Map<string, FoundRegex & { places: string[] }>();
  for (const r of all) {
    const k = `${r.flags}/${r.source}`;
    const e = byKey.get(k);
    if (e) { if (!e.places.includes(r.where)) e.places.push(r.where); } else byKey.set(k, { ...r, places: [r.where] });
  }
  const known = new Map(KNOWN_SLOW_REGEXES.map(k => [k.source, k]));
  for (const [k, r] of byKey) if (known.has(r.source)) { t.diagnostic(`known slow, not measured (${known.get(r.source)!.id}): /${r.source}/ [${r.places.join(', ')}]`); byKey.delete(k); }
  const list = [...byKey.values()];
  assert.ok(list.length >= 10, `only ${list.length} regexes discovered: discovery is broken`);
  const measured = await measureAll(list);
  const failures: string[] = [];
  for (const m of measured) {
    const r = list[m.index];
    const name = `/${r.source.length > 80 ? r.source.slice(0, 80) + '…' : r.source}/${r.flags}  [${r.places.join(', ')}]`;
    if (m.timedOut) { failures.push(`${name}: no progress for 10 s on "${m.timedOut}" (catastrophic backtracking)`); continue; }
    if (m.error) { t.diagnostic(`skipped (${m.error}): ${name}`); continue; }
    const worst = m.rows!.reduce((a, b) => (b.big / Math.max(b.small, 0.05) > a.big / Math.max(a.small, 0.05) ? b : a));
    const ratio = worst.big / Math.max(worst.small, 0.05);
    // linear is ~4×; more than 6× counts only above 200 ms for 1 MB (below that it is scheduling noise; a superlinear
    // regex takes seconds to hours on 1 MB)
    if (ratio > 6 && worst.big > 200) failures.push(`${name}: ${worst.kind}: 1 MB took ${worst.big.toFixed(1)} ms, 0.25 MB ${worst.small.toFixed(1)} ms (×${ratio.toFixed(1)})`);
    t.diagnostic(`checked ${name}: worst ${worst.kind} ×${ratio.toFixed(1)} (${worst.big.toFixed(1)} ms / MB)`);
  }
  assert.deepEqual(failures, [], `regexes slower than linear:\n${failures.join('\n')}`);
});
