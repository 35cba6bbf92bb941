// Configuration: defaults, validation with messages that name the key, and merging of layers
// (defaults < editor settings < the workspace file .arabic-news-lint.json). Data only: nothing here runs user code.
import type { RuleSetting, Severity } from './types';
import { cleanWord } from '../arabic/normalize';

export const RULE_IDS = ['boilerplate', 'transliteration', 'orthography', 'unattributed-claim'] as const;
export type RuleId = typeof RULE_IDS[number];
export const CONFIG_FILE_NAME = '.arabic-news-lint.json';

export interface IgnoreEntry { rule: string; fingerprint: string; note?: string }

export interface Config {
  rules: Record<string, RuleSetting>;
  /** Severity by kind of finding, keyed "rule/kind" (e.g. "unattributed-claim/vague-source"): wins over the rule's
   * severity and over the kind's own default. */
  kinds: Record<string, RuleSetting>;
  boilerplate: {
    /** Datelines that carry the outlet's name: 'flag' reports them, 'keep' leaves them to the house. */
    dateline: 'flag' | 'keep';
    /** Extra marker phrases that open a boilerplate block (e.g. a site's "read also"), matched after cleaning. */
    markers: string[];
    /** Extra regular expressions (JavaScript, 'u' flag) for whole boilerplate lines. Run with a length budget. */
    patterns: string[];
    /** Lines the user said are not boilerplate ("this is not boilerplate"), as cleaned text. */
    exceptions: string[];
    /** Report other rules' findings inside boilerplate blocks at their own severity (by default they are hints). */
    reportInside: boolean;
  };
  /** House style: preferred spelling → the spellings it replaces. */
  names: Record<string, string[]>;
  transliteration: { minOccurrences: number; crossFile: boolean };
  attribution: {
    reportingVerbs: string[];
    attributionPrepositions: string[];
    vagueSources: string[];
    hedges: string[];
  };
  ignore: IgnoreEntry[];
  /** Files larger than this (UTF-16 units) are not linted; one information message says so. */
  maxFileSize: number;
  /** Message language: 'auto' follows the editor, else fixed. */
  locale: 'auto' | 'en' | 'ar';
}

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  boilerplate: 'warning',
  transliteration: 'warning',
  orthography: 'info',
  'unattributed-claim': 'warning',
};

/** The kinds of finding each rule reports (docs/rules/*.md); a test checks the rules' findings against it. */
export const RULE_KINDS: Record<RuleId, readonly string[]> = {
  boilerplate: ['read-also', 'teaser', 'related-list', 'most-read', 'nav', 'tags', 'promo', 'disclaimer', 'copyright', 'footer', 'credit', 'separator', 'dateline-site', 'template', 'pattern'],
  transliteration: ['document', 'workspace', 'house-style'],
  orthography: ['final-ya', 'ta-marbuta', 'hamza', 'persian', 'tatweel', 'digits'],
  'unattributed-claim': ['no-source', 'vague-source'],
};

export function defaultConfig(): Config {
  return {
    rules: { ...DEFAULT_SEVERITY },
    kinds: {},
    boilerplate: { dateline: 'flag', markers: [], patterns: [], exceptions: [], reportInside: false },
    names: {},
    transliteration: { minOccurrences: 1, crossFile: true },
    attribution: { reportingVerbs: [], attributionPrepositions: [], vagueSources: [], hedges: [] },
    ignore: [],
    maxFileSize: 5_000_000,
    locale: 'auto',
  };
}

export interface ConfigProblem {
  /** Where the value came from (a file path or 'settings'). */
  source: string;
  /** Dotted key, e.g. rules.boilerplate. */
  key: string;
  message: string;
}

const SEVERITIES = new Set(['off', 'error', 'warning', 'info', 'hint']);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A partial config checked key by key: bad keys are dropped with a problem, good ones kept. */
export function validateConfig(raw: unknown, source: string): { config: DeepPartial<Config>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ source, key, message });
  const out: DeepPartial<Config> = {};
  if (raw === undefined || raw === null) return { config: out, problems };
  if (!isObj(raw)) { bad('(root)', 'expected a JSON object'); return { config: out, problems }; }

  const strings = (key: string, v: unknown): string[] | undefined => {
    if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) { bad(key, 'expected an array of strings'); return undefined; }
    return v as string[];
  };

  for (const [k, v] of Object.entries(raw)) {
    switch (k) {
      case 'rules': {
        if (!isObj(v)) { bad('rules', 'expected an object of rule id → off|info|warning|error'); break; }
        out.rules = {};
        for (const [id, sev] of Object.entries(v)) {
          const s = isObj(sev) ? sev.severity : sev;
          if (!(RULE_IDS as readonly string[]).includes(id)) bad(`rules.${id}`, `unknown rule; known rules: ${RULE_IDS.join(', ')}`);
          else if (typeof s !== 'string' || !SEVERITIES.has(s)) bad(`rules.${id}`, 'expected one of off, info, warning, error, hint');
          else out.rules[id] = s as RuleSetting;
        }
        break;
      }
      case 'kinds': {
        if (!isObj(v)) { bad('kinds', 'expected an object of "rule/kind" → off|info|warning|error|hint'); break; }
        out.kinds = {};
        for (const [rk, sev] of Object.entries(v)) {
          const parts = rk.split('/'), [id, kind] = parts;
          const known = parts.length === 2 ? (RULE_KINDS as Record<string, readonly string[]>)[id] : undefined;
          if (!known) bad(`kinds.${rk}`, `expected "rule/kind" with a rule of: ${RULE_IDS.join(', ')}`);
          else if (!known.includes(kind)) bad(`kinds.${rk}`, `unknown kind of ${id}; its kinds: ${known.join(', ')}`);
          else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) bad(`kinds.${rk}`, 'expected one of off, info, warning, error, hint');
          else out.kinds[rk] = sev as RuleSetting;
        }
        break;
      }
      case 'boilerplate': {
        if (!isObj(v)) { bad('boilerplate', 'expected an object'); break; }
        const b: DeepPartial<Config['boilerplate']> = {};
        for (const [bk, bv] of Object.entries(v)) {
          const key = `boilerplate.${bk}`;
          if (bk === 'dateline') { if (bv === 'flag' || bv === 'keep') b.dateline = bv; else bad(key, "expected 'flag' or 'keep'"); }
          else if (bk === 'markers' || bk === 'exceptions') { const s = strings(key, bv); if (s) b[bk] = s; }
          else if (bk === 'patterns') {
            const s = strings(key, bv);
            if (s) b.patterns = s.filter((p, i) => { const err = checkUserRegex(p); if (err) bad(`${key}[${i}]`, err); return !err; });
          } else if (bk === 'reportInside') { if (typeof bv === 'boolean') b.reportInside = bv; else bad(key, 'expected true or false'); }
          else bad(key, 'unknown key');
        }
        out.boilerplate = b;
        break;
      }
      case 'names': {
        if (!isObj(v)) { bad('names', 'expected an object: preferred spelling → array of spellings it replaces'); break; }
        const names: Record<string, string[]> = {};
        for (const [pref, vars] of Object.entries(v)) {
          const s = strings(`names.${pref}`, vars);
          if (s) names[pref] = s;
        }
        const loops = findNameLoops(names);
        for (const l of loops) { bad(`names.${l}`, `"${l}" is both preferred and replaced (a loop); this entry is ignored`); delete names[l]; }
        out.names = names;
        break;
      }
      case 'transliteration': {
        if (!isObj(v)) { bad('transliteration', 'expected an object'); break; }
        const t: DeepPartial<Config['transliteration']> = {};
        for (const [tk, tv] of Object.entries(v)) {
          if (tk === 'minOccurrences') { if (Number.isInteger(tv) && (tv as number) >= 1) t.minOccurrences = tv as number; else bad(`transliteration.${tk}`, 'expected a whole number ≥ 1'); }
          else if (tk === 'crossFile') { if (typeof tv === 'boolean') t.crossFile = tv; else bad(`transliteration.${tk}`, 'expected true or false'); }
          else bad(`transliteration.${tk}`, 'unknown key');
        }
        out.transliteration = t;
        break;
      }
      case 'attribution': {
        if (!isObj(v)) { bad('attribution', 'expected an object'); break; }
        const a: DeepPartial<Config['attribution']> = {};
        for (const [ak, av] of Object.entries(v)) {
          if (ak === 'reportingVerbs' || ak === 'attributionPrepositions' || ak === 'vagueSources' || ak === 'hedges') {
            const s = strings(`attribution.${ak}`, av); if (s) a[ak] = s;
          } else bad(`attribution.${ak}`, 'unknown key');
        }
        out.attribution = a;
        break;
      }
      case 'ignore': {
        if (!Array.isArray(v)) { bad('ignore', 'expected an array of {rule, fingerprint}'); break; }
        out.ignore = [];
        v.forEach((e, i) => {
          if (isObj(e) && typeof e.rule === 'string' && typeof e.fingerprint === 'string') out.ignore!.push({ rule: e.rule, fingerprint: e.fingerprint, note: typeof e.note === 'string' ? e.note : undefined });
          else bad(`ignore[${i}]`, 'expected {"rule": "...", "fingerprint": "..."}');
        });
        break;
      }
      case 'maxFileSize':
        if (typeof v === 'number' && v > 0) out.maxFileSize = v; else bad(k, 'expected a positive number');
        break;
      case 'locale':
        if (v === 'auto' || v === 'en' || v === 'ar') out.locale = v; else bad(k, "expected 'auto', 'en' or 'ar'");
        break;
      case '$schema': break;
      default: bad(k, 'unknown key');
    }
  }
  return { config: out, problems };
}

/** Preferred spellings that are also listed as replaced (by another entry or their own): applying both would loop.
 * Spellings are compared as the rules match them (diacritics, tatweel and invisible marks removed), so a loop hidden
 * behind a diacritic (ترامب → ترمب, تُرمب → ترامب) is caught too. */
function findNameLoops(names: Record<string, string[]>): string[] {
  const replaced = new Set(Object.values(names).flat().map(cleanWord));
  return Object.keys(names).filter(p => replaced.has(cleanWord(p)));
}

export const USER_REGEX_MAX_LENGTH = 500;

/** User regexes must compile and must not be catastrophic. Rejected: back-references (numbered or named), a quantified
 * group that itself holds a quantifier ((a+)+, (a*b?)*) or an alternation ((a|a)*), and patterns over
 * USER_REGEX_MAX_LENGTH. The check is one linear scan (no regex runs over the user's pattern). */
export function checkUserRegex(p: string): string | undefined {
  if (typeof p !== 'string') return 'expected a string';
  if (p.length > USER_REGEX_MAX_LENGTH) return `pattern longer than ${USER_REGEX_MAX_LENGTH} characters`;
  try { new RegExp(p, 'u'); } catch (e) { return `invalid regular expression: ${(e as Error).message}`; }
  // One pass over the pattern with a stack of open groups, each remembering whether it holds a quantifier or a '|'.
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (!inClass && n !== undefined && ((n >= '1' && n <= '9') || (n === 'k' && p[i + 2] === '<'))) return 'back-references are not allowed (they can take exponential time)';
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push({ quantified: false, alternation: false }); continue; }
    if (c === '|') { if (stack.length) stack[stack.length - 1].alternation = true; continue; }
    if (c === ')') {
      const g = stack.pop() ?? { quantified: false, alternation: false };
      const q = p[i + 1];
      const isQuantified = q === '*' || q === '+' || (q === '{' && /^\{\d+,\d*\}/.test(p.slice(i + 1, i + 24)) && !/^\{(\d+),\1\}/.test(p.slice(i + 1, i + 24)));
      if (isQuantified && g.quantified) return 'nested quantifiers like (a+)+ are not allowed (they can take exponential time)';
      if (isQuantified && g.alternation) return 'a repeated alternation like (a|b)+ is not allowed (it can take exponential time); use a character class [ab]+';
      if (stack.length && (g.quantified || isQuantified || q === '?')) stack[stack.length - 1].quantified = true;
      if (stack.length && g.alternation && isQuantified) stack[stack.length - 1].alternation = true;
      continue;
    }
    if ((c === '*' || c === '+' || c === '{') && stack.length) {
      if (c !== '{' || /^\{\d+(,\d*)?\}/.test(p.slice(i, i + 24))) stack[stack.length - 1].quantified = true;
    }
  }
  return undefined;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Later layers win key by key; arrays of user data (markers, names, ignore) are concatenated. */
export function mergeConfig(base: Config, ...layers: DeepPartial<Config>[]): Config {
  const c: Config = structuredClone(base);
  for (const l of layers) {
    if (l.rules) Object.assign(c.rules, l.rules);
    if (l.kinds) Object.assign(c.kinds, l.kinds);
    if (l.boilerplate) {
      const b = l.boilerplate;
      if (b.dateline) c.boilerplate.dateline = b.dateline;
      if (b.reportInside !== undefined) c.boilerplate.reportInside = b.reportInside;
      for (const k of ['markers', 'patterns', 'exceptions'] as const) if (b[k]) c.boilerplate[k] = [...c.boilerplate[k], ...b[k]!];
    }
    if (l.names) Object.assign(c.names, l.names);
    if (l.transliteration) Object.assign(c.transliteration, l.transliteration);
    if (l.attribution) for (const k of Object.keys(l.attribution) as (keyof Config['attribution'])[]) c.attribution[k] = [...c.attribution[k], ...l.attribution[k]!];
    if (l.ignore) c.ignore = [...c.ignore, ...l.ignore];
    if (l.maxFileSize !== undefined) c.maxFileSize = l.maxFileSize;
    if (l.locale) c.locale = l.locale;
  }
  return c;
}

/** Parse the text of a config file: a syntax error becomes one problem naming the file and the position. */
export function parseConfigText(text: string, source: string): { config: DeepPartial<Config>; problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: {}, problems: [{ source, key: '(file)', message: `not valid JSON: ${(e as Error).message}; defaults are used` }] };
  }
  return validateConfig(raw, source);
}
