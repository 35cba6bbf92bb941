// npm run eval: scores every rule on labelled real articles and prints a table per check and per outlet.
//   boilerplate         line level (a non-blank line is flagged when a boilerplate finding overlaps it)
//   unattributed-claim  sentence level (flagged-or-not; mayFlag items are not scored)
//   transliteration     pair level, in-document and across the labelled set run as one workspace
//   orthography         pair level, in-document
// Options: --rule ID (one check), --misses N (list the N hardest misses), --json (machine-readable).
import { parseArgs } from 'node:util';
import { Article, Config, Finding, WorkspaceView, defaultConfig, lint } from '../../server/src/engine';
import { cleanWord, foldLetterForms } from '../../server/src/arabic/normalize';
import { procliticSplits } from '../../server/src/arabic/clitics';
import { corpusAvailable, loadLabels, loadSourceText } from './corpus';

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; n: number }

export function score(tp: number, fp: number, fn: number, n = 0): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, n };
}

interface Row { check: string; group: string; articles: number; score: Score; extra?: string }
interface Miss { check: string; source: string; line: number; kind: 'FN' | 'FP'; detail: string }

/** Composed pages (built at eval time from real parts, see test/eval/README.md) come from an optional generator. */
function textOf(source: string): string {
  if (source.startsWith('composed:')) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const gen = require('./composed') as { composedText(source: string): string };
    return gen.composedText(source);
  }
  return loadSourceText(source);
}

function lintRule(text: string, rule: string, config: Config, workspace?: WorkspaceView, uri?: string): { article: Article; findings: Finding[] } {
  const article = new Article(text);
  const findings = lint(article, config, { uri, workspace }).filter(f => f.ruleId === rule);
  return { article, findings };
}

// ---------- boilerplate ----------
interface BpArticle { source: string; outlet: string; mustFlag: number[]; mayFlag: number[]; kinds?: Record<string, string> }

function evalBoilerplate(config: Config, misses: Miss[]): Row[] {
  const rows: Row[] = [];
  const real = { tp: 0, fp: 0, fn: 0, n: 0 };
  for (const file of ['boilerplate.scraped.json', 'boilerplate.corpus.json', 'boilerplate.composed.json']) {
    const labels = loadLabels<BpArticle>(file);
    if (!labels) continue;
    const composed = file.includes('composed');
    const byOutlet = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
    for (const a of labels.articles) {
      const { article, findings } = lintRule(textOf(a.source), 'boilerplate', config);
      const must = new Set(a.mustFlag), may = new Set(a.mayFlag);
      const acc = byOutlet.get(a.outlet) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
      acc.n++;
      for (const line of article.lines) {
        if (line.blank) continue;
        const no = line.index + 1;
        if (may.has(no)) continue;
        const flagged = findings.some(f => f.start < Math.max(line.end, line.start + 1) && f.end > line.start);
        const gold = must.has(no);
        if (flagged && gold) acc.tp++;
        else if (flagged) { acc.fp++; misses.push({ check: 'boilerplate', source: a.source, line: no, kind: 'FP', detail: article.lineText(line.index).slice(0, 80) }); }
        else if (gold) { acc.fn++; misses.push({ check: 'boilerplate', source: a.source, line: no, kind: 'FN', detail: `${a.kinds?.[no] ?? ''}: ${article.lineText(line.index).slice(0, 80)}` }); }
      }
      byOutlet.set(a.outlet, acc);
    }
    const name = composed ? 'boilerplate (composed pages)' : `boilerplate (${file.replace('boilerplate.', '').replace('.json', '')})`;
    rows.push(...outletRows(name, byOutlet));
    if (!composed) for (const s of byOutlet.values()) { real.tp += s.tp; real.fp += s.fp; real.fn += s.fn; real.n += s.n; }
  }
  // untouched real text, both labelled sets together (composed pages stay apart)
  if (real.n) rows.push({ check: 'boilerplate (all real text)', group: 'ALL', articles: real.n, score: score(real.tp, real.fp, real.fn) });
  return rows;
}

function outletRows(check: string, byOutlet: Map<string, { tp: number; fp: number; fn: number; n: number }>): Row[] {
  const rows: Row[] = [];
  let T = 0, F = 0, N = 0, A = 0;
  for (const [outlet, s] of [...byOutlet].sort()) {
    rows.push({ check, group: outlet, articles: s.n, score: score(s.tp, s.fp, s.fn) });
    T += s.tp; F += s.fp; N += s.fn; A += s.n;
  }
  rows.push({ check, group: 'ALL', articles: A, score: score(T, F, N) });
  return rows;
}

// ---------- unattributed-claim ----------
interface ClaimItem { line: number; start: number; end: number; label: 'no-source' | 'vague-source'; may?: boolean; cue?: string }
interface ClaimArticle { source: string; outlet: string; claims: ClaimItem[] }

function evalClaims(config: Config, misses: Miss[]): Row[] {
  const byOutlet = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
  const kindAgree = { same: 0, total: 0 };
  let any = false;
  for (const file of ['unattributed-claim.ant.json', 'unattributed-claim.snn.json']) {
    const labels = loadLabels<ClaimArticle>(file);
    if (!labels) continue;
    any = true;
    for (const a of labels.articles) {
      const { article, findings } = lintRule(textOf(a.source), 'unattributed-claim', config);
      const acc = byOutlet.get(a.outlet) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
      acc.n++;
      const goldAt = new Map<number, ClaimItem>();
      const mayAt = new Set<number>();
      for (const c of a.claims) {
        const off = article.lines[c.line - 1].start + c.start;
        const s = article.sentenceAt(off) ?? article.sentenceAt(off + 1);
        if (!s) continue;
        if (c.may) mayAt.add(s.index); else goldAt.set(s.index, c);
      }
      for (const s of article.sentences) {
        if (mayAt.has(s.index) && !goldAt.has(s.index)) continue;
        const hit = findings.find(f => f.start < s.end && f.end > s.start);
        const gold = goldAt.get(s.index);
        const text = article.slice(s.start, s.end);
        if (hit && gold) { acc.tp++; kindAgree.total++; if (hit.kind === gold.label) kindAgree.same++; }
        else if (hit) { acc.fp++; misses.push({ check: 'unattributed-claim', source: a.source, line: s.line + 1, kind: 'FP', detail: `${hit.kind} «${hit.evidence?.cue ?? ''}»: ${text.slice(0, 90)}` }); }
        else if (gold) { acc.fn++; misses.push({ check: 'unattributed-claim', source: a.source, line: s.line + 1, kind: 'FN', detail: `${gold.label} «${gold.cue ?? ''}»: ${text.slice(0, 90)}` }); }
      }
      byOutlet.set(a.outlet, acc);
    }
  }
  if (!any) return [];
  const rows = outletRows('unattributed-claim', byOutlet);
  rows[rows.length - 1].extra = `kind agreement ${kindAgree.same}/${kindAgree.total}`;
  return rows;
}

// ---------- spelling pairs (transliteration, orthography) ----------
/** How spellings are compared: orthography tells letter forms apart, so it compares them as written; for
 * transliteration, spellings that differ only in letter forms (أمريكي/امريكي) are one spelling (that is orthography's
 * business), as the labels say; the letters of foreign sounds are no letter forms (the labels pair ڤينسانت/فينسانت
 * and ڤان/فان, as the rule does: normalize.ts foldLetterForms). Set per check by evalPairs. */
let foldForms = false;

/** A form as the rule and the label both mean it: cleaned (no diacritics, tatweel, format marks); a hyphen between two
 * letters inside a name is kept as `-`, since a label that writes كيم جونغ أون and كيم جونغ-أون as two forms makes them
 * a pair the transliteration rule should report; a dash with a space beside it counts as a space. */
function bare(form: string): string {
  const k = (foldForms ? foldLetterForms(cleanWord(form)) : cleanWord(form))
    .replace(/\s+/g, ' ').replace(/ [-\u2010\u2011] ?|[-\u2010\u2011] /g, ' ').replace(/[\u2010\u2011]/g, '-').replace(/ +/g, ' ').trim();
  return k;
}

/** A pair as the words that vary: words both spellings share at the start or the end are dropped, so a label that
 * writes a name whole (تشاينج راي / تشيانج راي) and a finding on the varying word (تشاينج / تشيانج) are one pair, and so
 * are the reverse. */
function varying(p: [string, string]): [string, string] {
  const a = p[0].split(' '), b = p[1].split(' ');
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - 1 - i && j < b.length - 1 - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return [a.slice(i, a.length - j).join(' '), b.slice(i, b.length - j).join(' ')];
}

function samePair(a: [string, string], b: [string, string]): boolean {
  const eq = (x: string, y: string) => x === y || stripped(x).has(y) || stripped(y).has(x);
  const match = (p: [string, string], q: [string, string]) => (eq(p[0], q[0]) && eq(p[1], q[1])) || (eq(p[0], q[1]) && eq(p[1], q[0]));
  return match(a, b) || match(varying(a), varying(b));
}

function stripped(x: string): Set<string> {
  const first = x.split(' ')[0];
  const rest = x.slice(first.length);
  return new Set(procliticSplits(first).map(s => s.stem + rest));
}

/** The pairs a rule reports: evidence.form (the flagged spelling) and evidence.target (the one it suggests). */
function predictedPairs(findings: Finding[], scope?: 'document' | 'workspace'): [string, string][] {
  const out: [string, string][] = [];
  for (const f of findings) {
    const e = f.evidence as { form?: string; target?: string; scope?: string } | undefined;
    if (!e?.form || !e.target) continue;
    if (scope && (e.scope ?? 'document') !== scope) continue;
    const p: [string, string] = [bare(e.form), bare(e.target)];
    if (p[0] !== p[1] && !out.some(q => samePair(q, p))) out.push(p);
  }
  return out;
}

interface NameLabel { canonical: string; forms: string[] }
interface PairArticle { source: string; outlet: string; pairs: [string, string][]; names?: NameLabel[]; traps?: [string, string][] }

/** Recall over groups: a group of k spellings is fully found when predicted pairs connect all k (k-1 links). */
function groupRecall(groups: string[][], pred: [string, string][]): { found: number; needed: number } {
  let found = 0, needed = 0;
  for (const g of groups) {
    const forms = [...new Set(g.map(bare))];
    if (forms.length < 2) continue;
    needed += forms.length - 1;
    const parent = new Map(forms.map(f => [f, f]));
    const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
    for (const p of pred) {
      for (const a of forms) for (const b of forms) {
        if (a < b && find(a) !== find(b) && samePair([a, b], p)) { parent.set(find(a), find(b)); found++; }
      }
    }
  }
  return { found, needed };
}

function isGoldPair(p: [string, string], groups: string[][]): boolean {
  return groups.some(g => { const fs = g.map(bare); return fs.some(a => fs.some(b => a !== b && samePair(p, [a, b]))); });
}

function evalPairs(rule: 'transliteration' | 'orthography', config: Config, misses: Miss[]): Row[] {
  const labels = loadLabels<PairArticle>(`${rule}.json`);
  if (!labels) return [];
  foldForms = rule === 'transliteration';
  const rows: Row[] = [];
  // in-document
  let found = 0, needed = 0, falsePairs = 0;
  const docs = labels.articles.map(a => ({ a, text: textOf(a.source) }));
  for (const { a, text } of docs) {
    const { findings } = lintRule(text, rule, config);
    const pred = predictedPairs(findings, 'document');
    const groups = (a.pairs ?? []).map(p => [...p]);
    const r = groupRecall(groups, pred);
    found += r.found; needed += r.needed;
    for (const p of pred) if (!isGoldPair(p, groups)) { falsePairs++; misses.push({ check: rule, source: a.source, line: 0, kind: 'FP', detail: p.join(' / ') }); }
    for (const g of groups) if (!pred.some(p => isGoldPair(p, [g]))) misses.push({ check: rule, source: a.source, line: 0, kind: 'FN', detail: g.join(' / ') });
  }
  rows.push({ check: rule, group: 'in-document', articles: docs.length, score: score(found, falsePairs, needed - found),
    extra: `false pairs per 20 articles: ${(falsePairs * 20 / Math.max(1, docs.length)).toFixed(2)}` });

  // across files: all labelled articles as one workspace (only where the rule reads the workspace)
  if (rule === 'transliteration') {
    const ws = buildWorkspace(docs.map(d => ({ uri: d.a.source, text: d.text })), config);
    if (ws) {
      const byCanon = new Map<string, Set<string>>();
      for (const { a } of docs) for (const n of a.names ?? []) { const s = byCanon.get(n.canonical) ?? new Set(); n.forms.forEach(f => s.add(f)); byCanon.set(n.canonical, s); }
      const groups = [...byCanon.values()].map(s => [...s]).filter(g => g.length > 1);
      const pred: [string, string][] = [];
      for (const { a, text } of docs) {
        const { findings } = lintRule(text, rule, config, ws, a.source);
        for (const p of predictedPairs(findings)) if (!pred.some(q => samePair(q, p))) pred.push(p);
      }
      const r = groupRecall(groups, pred);
      let fp = 0;
      for (const p of pred) if (!isGoldPair(p, groups)) { fp++; misses.push({ check: `${rule} (workspace)`, source: '(workspace)', line: 0, kind: 'FP', detail: p.join(' / ') }); }
      for (const g of groups) { const one = groupRecall([g], pred); if (one.found < one.needed) misses.push({ check: `${rule} (workspace)`, source: '(workspace)', line: 0, kind: 'FN', detail: `${g.join(' / ')} (${one.found}/${one.needed} links)` }); }
      rows.push({ check: rule, group: 'workspace', articles: docs.length, score: score(r.found, fp, r.needed - r.found),
        extra: `false pairs per 20 articles: ${(fp * 20 / Math.max(1, docs.length)).toFixed(2)}` });
    }
  }
  return rows;
}

/** The workspace index used by the editor and the CLI, over the given documents (when the index exists). */
function buildWorkspace(docs: { uri: string; text: string }[], config: Config): WorkspaceView | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ws = require('../../server/src/cli/workspace') as { createCliWorkspace(d: typeof docs, c: Config): WorkspaceView | undefined };
    return ws.createCliWorkspace(docs, config);
  } catch { return undefined; }
}

// ---------- report ----------
function fmt(x: number): string { return x.toFixed(3); }

export function runEval(rules: string[], config = defaultConfig()): { rows: Row[]; misses: Miss[] } {
  const misses: Miss[] = [];
  const rows: Row[] = [];
  if (rules.includes('boilerplate')) rows.push(...evalBoilerplate(config, misses));
  if (rules.includes('unattributed-claim')) rows.push(...evalClaims(config, misses));
  if (rules.includes('transliteration')) rows.push(...evalPairs('transliteration', config, misses));
  if (rules.includes('orthography')) rows.push(...evalPairs('orthography', config, misses));
  return { rows, misses };
}

function main(): void {
  const { values } = parseArgs({ options: { rule: { type: 'string' }, misses: { type: 'string', default: '0' }, json: { type: 'boolean', default: false } } });
  if (!corpusAvailable()) { console.error('npm run eval: ../shared/data/corpus not found (run from a checkout beside shared/)'); process.exitCode = 2; return; }
  const all = ['boilerplate', 'transliteration', 'orthography', 'unattributed-claim'];
  const rules = values.rule ? [values.rule] : all;
  const { rows, misses } = runEval(rules);
  if (values.json) { console.log(JSON.stringify({ rows, misses }, null, 1)); return; }
  console.log('| check | group | articles | TP | FP | FN | precision | recall | F1 | note |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const s = r.score;
    const bold = r.group === 'ALL' || r.group === 'in-document' || r.group === 'workspace';
    const g = bold ? `**${r.group}**` : r.group;
    console.log(`| ${r.check} | ${g} | ${r.articles} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${r.extra ?? ''} |`);
  }
  const n = Number(values.misses);
  if (n > 0) {
    console.log(`\nMisses (first ${n} per check):`);
    const byCheck = new Map<string, Miss[]>();
    for (const m of misses) byCheck.set(m.check, [...(byCheck.get(m.check) ?? []), m]);
    for (const [check, ms] of byCheck) {
      console.log(`\n${check}:`);
      for (const m of ms.slice(0, n)) console.log(`  ${m.kind} ${m.source}${m.line ? `:${m.line}` : ''}  ${m.detail}`);
    }
  }
}

if (require.main === module) main();
