// Shared pieces of the robustness suite: the repo root, real corpus lines, hostile-text generators (fast-check) and
// the invariants every finding and every edit must keep. Nothing here knows a particular rule: the properties run over
// `allRules`, so each rule is covered as it lands in server/src/rules/index.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Config, DeepPartial, Finding, TextEdit, allRules, defaultConfig, mergeConfig } from '../../server/src/engine';

/** The repo root, from out/test/robustness/ (compiled) — the tests never depend on the working directory. */
export const REPO_ROOT = resolve(__dirname, '../../..');
/** Dev corpus, read by relative path from the repo root (the same path exists in CI). */
export const CORPUS_FILE = resolve(REPO_ROOT, '../shared/data/corpus/ant-dev.jsonl');

let corpusCache: string[] | undefined;
/** Non-empty lines of the dev corpus (titles and body lines), or undefined when the corpus is absent. */
export function corpusLines(): string[] | undefined {
  if (corpusCache) return corpusCache;
  if (!existsSync(CORPUS_FILE)) return undefined;
  const seen = new Set<string>();
  for (const rec of readFileSync(CORPUS_FILE, 'utf8').split('\n')) {
    if (!rec.trim()) continue;
    const r = JSON.parse(rec) as { title?: string; text?: string; author?: string };
    for (const l of [r.title ?? '', r.author ?? '', ...(r.text ?? '').split('\n')]) if (l.trim()) seen.add(l);
  }
  return (corpusCache = [...seen]);
}
/** The first `n` whole articles of the dev corpus (for a workspace index), or [] when the corpus is absent. */
export function articles(n: number): string[] {
  if (!existsSync(CORPUS_FILE)) return [];
  return readFileSync(CORPUS_FILE, 'utf8').split('\n').filter(l => l.trim()).slice(0, n).map(l => (JSON.parse(l) as { text: string }).text);
}
export const NO_CORPUS = `corpus not found at ${CORPUS_FILE}: skipped (the dev corpus lives in ../shared/data beside the repo)`;

/** Seed of every property run: fixed so CI is reproducible; ROBUSTNESS_SEED=<n> replays, ROBUSTNESS_SEED=random explores. */
export function seed(): number {
  const s = process.env.ROBUSTNESS_SEED;
  if (s === 'random') return Date.now() ^ (Math.random() * 0x7fffffff);
  return s && /^-?\d+$/.test(s) ? Number(s) : 20260408;
}

/** fc.assert with the seed printed on failure (fast-check prints seed and path too; this names the env var to replay). */
export function check<T>(property: fc.IProperty<T>, numRuns: number): void {
  const s = seed();
  try {
    fc.assert(property, { seed: s, numRuns, endOnFailure: false });
  } catch (e) {
    (e as Error).message = `[replay with ROBUSTNESS_SEED=${s}] ${(e as Error).message}`;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile characters and strings, each from the normalisation note or from what real copy carries.

const DIACRITICS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0653', '\u0654', '\u0655', '\u0610', '\u06D6'];
const BIDI = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const INVISIBLE = ['\u200C', '\u200D', '\u00AD', '\uFEFF', '\u2060'];
const SPACES = ['\u00A0', '\u202F', '\u2009', '\u3000', '\t', ' '];
const BREAKS = ['\n', '\r\n', '\r', '\r\r\n', '\n\r'];
const ASTRAL = ['😀', '👨\u200D👩\u200D👧', '👍🏽', '𝔸', '𠀀', '🇸🇦', '\u{1EE00}' /* Arabic mathematical alef */, '\u{10E60}' /* Rumi digit */];
const PERSIAN = ['ی', 'ک', 'ھ', 'ۀ', 'ہ', 'ے', 'پ', 'چ', 'گ', 'ڤ', 'ۃ', 'ې', 'ٹ', 'ڈ', 'ں'];
const DIGITS = ['0', '5', '9', '٠', '٣', '٩', '۰', '۴', '۹', '٫', '٬', '٪', ',', '.'];
const PRESENTATION = ['\uFE8D', '\uFE8E', '\uFEDF', '\uFEE0', '\uFEE3', '\uFE91', '\uFEEA', '\uFEF4', '\uFBFE', '\uFB8E', '\uFDF2', '\uFDFC', '\uFDFD', '\uFDFA'];
const LIGATURES = ['\uFEFB', '\uFEFC', '\uFEF7', '\uFEF8', '\uFEF9', '\uFEFA', '\uFEF5', '\uFEF6'];
const MISC = ['ـ', 'ـــــ', '«', '»', '؟', '،', '؛', '۔', '…', '.', '!', '"', '(', ')', '#', '@', '\u0000', '\u001B', '\uFFFD', '\uFFFF'];
const CHUNKS = [
  '١2٣', '۱۲3', '2018', '٢٠١٨', '3.5', '٣٫٥', '12,000', '١٢٬٠٠٠', '50٪', 'ریال', 'الھیئة', 'أمریكیة', 'لقیام', 'ﻷول', 'ﻹيران',
  'ﻻ', 'ﷲ', '﷼', 'CNN', 'U.S.', 'أ.ف.ب', 'د. محمد', 'اقرأ أيضا:', 'المصدر: وكالات', 'رويترز', '(أ ف ب)', 'الرياض - ',
  '\r\n\r\n', '   \n', '\n\n\n', 'ترامب', 'ترمب', 'على', 'علي', 'إلى', 'الى', 'مدرسة', 'مدرسه', 'أن', 'ان', 'إن',
  'قالَ', 'مُحَمَّد', 'الـــرئيس', 'وقال مصدر مطلع', 'وأفادت مصادر', 'https://example.com/a?b=c', 'x@y.z',
];
const CHARS = [...DIACRITICS, ...BIDI, ...INVISIBLE, ...SPACES, ...BREAKS, ...ASTRAL, ...PERSIAN, ...DIGITS, ...PRESENTATION, ...LIGATURES, ...MISC];

/** Letter-form swaps that make one word appear two ways in a document (what orthography and transliteration see). */
const SWAPS: [string, string][] = [
  ['ي', 'ى'], ['ى', 'ي'], ['ة', 'ه'], ['ه', 'ة'], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ا', 'أ'], ['ي', 'ی'], ['ك', 'ک'],
  ['ه', 'ھ'], ['لا', '\uFEFB'], ['لأ', '\uFEF7'], ['لإ', '\uFEF9'], ['لآ', '\uFEF5'], ['الله', '\uFDF2'], ['ا', '\uFE8D'],
  ['ل', '\uFEDF'], ['ب', '\uFE91'], ['1', '١'], ['٢', '2'], ['ي', 'يْ'], ['ب', 'بـ'], [' ', '\u00A0'], [' ', ' \u200F'],
  ['\n', '\r\n'], ['\n', '\r'],
];

export type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'swap'; nth: number; pair: number; all: boolean }
  | { op: 'repeatLine'; line: number; times: number }
  | { op: 'duplicateLine'; line: number; to: number }
  | { op: 'eol'; style: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...CHARS), fc.constantFrom(...CHUNKS), fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map(a => a.join(''))) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('swap' as const), nth: fc.nat({ max: 60 }), pair: fc.nat({ max: SWAPS.length - 1 }), all: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeatLine' as const), line: fc.nat(), times: fc.integer({ min: 2, max: 120 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('eol' as const), style: fc.nat({ max: 3 }) }) },
);

/** Move an offset off the middle of a surrogate pair, so a mutation never makes a lone surrogate by accident. */
function safeAt(t: string, at: number): number {
  const o = t.length ? at % (t.length + 1) : 0;
  const a = t.charCodeAt(o - 1), b = t.charCodeAt(o);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff ? o + 1 : o;
}

const LONG_LINE_LIMIT = 60_000;

export function applyMutation(t: string, m: Mutation): string {
  switch (m.op) {
    case 'insert': { const o = safeAt(t, m.at); return t.slice(0, o) + m.s + t.slice(o); }
    case 'delete': { const a = safeAt(t, m.at), b = safeAt(t, Math.min(t.length, a + m.len)); return t.slice(0, a) + t.slice(Math.max(a, b)); }
    case 'swap': {
      const [from, to] = SWAPS[m.pair];
      if (m.all) return t.split(from).join(to);
      let i = -1;
      for (let k = 0; k <= m.nth; k++) { const j = t.indexOf(from, i + 1); if (j < 0) break; i = j; }
      return i < 0 ? t : t.slice(0, i) + to + t.slice(i + from.length);
    }
    case 'repeatLine': {
      const lines = t.split('\n');
      const i = m.line % lines.length;
      if (lines[i].length * m.times > LONG_LINE_LIMIT) return t;
      lines[i] = Array(m.times).fill(lines[i]).join(' ');
      return lines.join('\n');
    }
    case 'duplicateLine': {
      const lines = t.split('\n');
      lines.splice(m.to % (lines.length + 1), 0, lines[m.line % lines.length]);
      return lines.join('\n');
    }
    case 'eol': return m.style === 0 ? t.replace(/\r?\n/g, '\r\n') : m.style === 1 ? t.replace(/\r?\n/g, '\r') : m.style === 2 ? t.replace(/\r\n?/g, '\n') : t + '\n\n';
  }
}

export interface GeneratedDoc { text: string; recipe: unknown }

/** An article: real corpus lines picked and ordered at random (duplicates allowed, so lines and names recur), blank
 * lines between some, a BOM sometimes, then a list of hostile mutations. */
export function docArb(lines: string[]): fc.Arbitrary<GeneratedDoc> {
  return fc.record({
    pick: fc.array(fc.nat({ max: lines.length - 1 }), { minLength: 0, maxLength: 14 }),
    blanks: fc.array(fc.boolean(), { maxLength: 14 }),
    bom: fc.boolean(),
    mutations: fc.array(mutationArb, { maxLength: 24 }),
  }).map(r => {
    let text = r.pick.map((i, k) => lines[i] + (r.blanks[k] ? '\n' : '')).join('\n');
    if (r.bom) text = '\uFEFF' + text;
    for (const m of r.mutations) text = applyMutation(text, m);
    return { text, recipe: r };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Configs: every rule on, with house style, markers and user patterns that make the rules do their most.

export function everyRuleOn(extra: DeepPartial<Config> = {}): Config {
  const rules: Record<string, 'warning'> = {};
  for (const r of allRules) rules[r.id] = 'warning';
  const c = mergeConfig(defaultConfig(), extra);
  Object.assign(c.rules, rules);
  return c;
}

export const CONFIG_PRESETS: DeepPartial<Config>[] = [
  {},
  { boilerplate: { dateline: 'keep', reportInside: true } },
  {
    names: { 'ترامب': ['ترمب', 'ترامپ'], 'بوتين': ['بوتن'] },
    boilerplate: { markers: ['اقرأ أيضا', 'المصدر'], patterns: ['^\\(أ ف ب\\)$', '^المصدر:.*$'], exceptions: ['رويترز'] },
    transliteration: { minOccurrences: 1, crossFile: false },
    attribution: { reportingVerbs: ['أفاد'], vagueSources: ['مصدر مطلع'], hedges: ['ربما'] },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Invariants.

/** Why `o` is not a valid place to cut `text`, or undefined when it is. */
export function badOffset(text: string, o: number): string | undefined {
  if (!Number.isInteger(o)) return `offset ${o} is not an integer`;
  if (o < 0 || o > text.length) return `offset ${o} is outside the text (length ${text.length})`;
  if (o > 0 && o < text.length) {
    const a = text.charCodeAt(o - 1), b = text.charCodeAt(o);
    if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return `offset ${o} splits a surrogate pair`;
    if (a === 0x0d && b === 0x0a) return `offset ${o} splits a CRLF`;
  }
  return undefined;
}

export function badRange(text: string, start: number, end: number): string | undefined {
  return badOffset(text, start) ?? badOffset(text, end) ?? (start > end ? `start ${start} > end ${end}` : undefined);
}

/** Every problem with the ranges of findings and of their fixes' edits (edits to other files are not checked here). */
export function rangeProblems(text: string, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const p = badRange(text, f.start, f.end);
    if (p) out.push(`${f.ruleId}${f.kind ? '/' + f.kind : ''} finding: ${p}`);
    for (const fix of f.fixes) for (const e of fix.edits) {
      if (e.uri) continue;
      const q = badRange(text, e.start, e.end);
      if (q) out.push(`${f.ruleId} fix «${fix.title.en}» edit: ${q}`);
      if (typeof e.newText !== 'string') out.push(`${f.ruleId} fix «${fix.title.en}» edit: newText is not a string`);
    }
  }
  return out;
}

export function countLoneSurrogates(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; } n++; }
    else if (c >= 0xdc00 && c <= 0xdfff) n++;
  }
  return n;
}

/** The document's own edits of a fix, in order; undefined when two of them overlap (the fix is self-contradictory). */
export function ownEdits(edits: readonly TextEdit[]): TextEdit[] | undefined {
  const es = edits.filter(e => !e.uri).slice().sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < es.length; i++) {
    if (es[i].start < es[i - 1].end) return undefined;
    if (es[i].start === es[i - 1].start && es[i].start === es[i].end && es[i - 1].start === es[i - 1].end) return undefined;
  }
  return es;
}

/** Replay edits by hand: the text outside the named ranges is copied, nothing else. */
export function splice(text: string, sorted: readonly TextEdit[]): string {
  let out = '', pos = 0;
  for (const e of sorted) { out += text.slice(pos, e.start) + e.newText; pos = e.end; }
  return out + text.slice(pos);
}

/** Short, printable description of a text for failure messages. */
export function show(s: string, max = 400): string {
  const j = JSON.stringify(s);
  return j.length > max ? `${j.slice(0, max)}… (${s.length} units)` : j;
}
