// The boilerplate lexicon (server/src/lexicons/boilerplate-markers.json) compiled once into match keys, plus the
// user's extra markers. Matching is on a key of the line, never on the raw text, so diacritics, tatweel, letter
// forms and punctuation do not matter.
import { ALEF_FORMS, PERSIAN_LETTERS, TATWEEL, isDiacritic, isFormatChar, isLetterOrDigit, isOddSpace, isPresentationForm } from '../../arabic/letters';
import { cleanWord, foldLetters } from '../../arabic/normalize';
import data from '../../lexicons/boilerplate-markers.json';

export type MarkerRole = 'marker' | 'line' | 'contains';

export interface MarkerEntry {
  phrase: string;
  kind: string;
  role: MarkerRole;
  origin: 'general' | 'data' | 'user';
  seenIn?: string[];
  maxWords?: number;
  /** The phrase must be followed by a separator (: | - ..) or end the line ("وسوم:" but not "وسوم المتاجر"). */
  requireSeparator?: boolean;
  /** The rest of the line must hold a quoted name («...» or "..."). */
  requireQuote?: boolean;
  /** The line must also contain one of these phrases ("click here"). */
  alsoContains?: string[];
  /** Only in the second half of a text (an "About <company>" heading). */
  tail?: boolean;
  /** A heading that takes the rest of the text with it (an "About <company>" box). */
  takesRest?: boolean;
}

export interface CompiledMarker extends MarkerEntry {
  key: string;
  /** ` ${key} `, for finding the phrase as whole words inside a line's key. */
  padded: string;
  words: number;
  alsoKeys?: string[];
}

/** The key lines and phrases are compared on: cleaned, letter forms folded, Latin lower-cased, every run of
 * non-letters/digits one space. */
export function bpKey(s: string): string {
  return fastKey(s) ?? slowKey(s);
}

/** The definition of the key, step by step (clean, fold, lower-case, collapse). */
export function slowKey(s: string): string {
  return foldLetters(cleanWord(s)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// The same key in one pass over the characters, without clean()'s offset map: every line of a text is keyed, and
// building the map was most of the rule's time on big texts. It takes the text Arabic news is made of (ASCII, the
// Arabic block, punctuation, spaces and format marks) and hands anything else to slowKey — letters of other scripts
// (lower-casing can depend on context there), presentation forms (NFKC) and combining hamza/madda (composed).
/** The Arabic block (U+0600–U+06FF), one entry per code point: the folded letter or digit it keys to (alef forms,
 * ى, ة and Persian letters folded as foldLetters does), or SEP (punctuation: a word break), SKIP (diacritics,
 * tatweel, ALM: deleted by clean) or BAIL (combining hamza/madda, which clean composes with the letter before). */
const SEP = 0, SKIP = 1, BAIL = 2;
const ARABIC = new Uint16Array(0x100);
for (let c = 0x0600; c <= 0x06ff; c++) {
  const ch = String.fromCharCode(c);
  let e: number;
  if (c >= 0x0653 && c <= 0x0655) e = BAIL;
  else if (isDiacritic(c) || c === TATWEEL || isFormatChar(c)) e = SKIP;
  else {
    const f = ALEF_FORMS[ch] ?? (ch === 'ى' ? 'ي' : ch === 'ة' ? 'ه' : PERSIAN_LETTERS[ch] === 'ة' ? 'ه' : PERSIAN_LETTERS[ch] ?? ch);
    e = isLetterOrDigit(f.charCodeAt(0)) ? f.charCodeAt(0) : SEP;
  }
  ARABIC[c - 0x0600] = e;
}
let buf = new Uint16Array(1024);

function fastKey(s: string): string | undefined {
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      const e = ARABIC[c - 0x0600];
      if (e === SKIP) continue;
      if (e === SEP) { space = true; continue; }
      if (e === BAIL) return undefined;
      c = e;
    } else if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) { space = true; continue; }
    } else if (isFormatChar(c)) continue;
    else if (isOddSpace(c)) { space = true; continue; }
    else if (isDiacritic(c) || isPresentationForm(c) || (c >= 0xd800 && c <= 0xdfff) || isLetterOrDigit(c)) return undefined;
    else { space = true; continue; }
    if (space && n > 0) buf[n++] = 0x20;
    space = false;
    buf[n++] = c;
  }
  let out = '';
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

export interface Lexicon {
  markers: CompiledMarker[];
  /** Keys of agency names (credit lines). */
  agencies: Set<string>;
  /** Longest agency key in words. */
  agencyMaxWords: number;
  leadVerbs: Set<string>;
  /** Keys of openers that continue the story (بدوره، من جهته ...). */
  continuations: string[];
}

/** Which lexicon entries to use; evaluation passes a filter to leave one outlet's data-derived entries out. */
export type EntryFilter = (e: { origin: string; seenIn?: string[] }) => boolean;

const cache = new Map<string, Lexicon>();

export function compileLexicon(filter?: EntryFilter, filterId = ''): Lexicon {
  const hit = cache.get(filterId);
  if (hit && (filter === undefined || filterId)) return hit;
  const keep = filter ?? (() => true);
  const markers: CompiledMarker[] = [];
  for (const e of data.entries as MarkerEntry[]) {
    if (!keep(e)) continue;
    const key = bpKey(e.phrase);
    markers.push({ ...e, key, padded: ` ${key} `, words: key.split(' ').length, alsoKeys: e.alsoContains?.map(bpKey) });
  }
  // longer phrases first, so 'اقرأ أيضا' wins over 'اقرأ'
  markers.sort((a, b) => b.key.length - a.key.length);
  const agencies = new Set<string>(data.agencies.general.map(bpKey));
  for (const d of data.agencies.data) if (keep({ origin: 'data', seenIn: d.seenIn })) agencies.add(bpKey(d.name));
  let agencyMaxWords = 1;
  for (const a of agencies) agencyMaxWords = Math.max(agencyMaxWords, a.split(' ').length);
  const lex: Lexicon = { markers, agencies, agencyMaxWords, leadVerbs: new Set(data.leadVerbs.verbs.map(bpKey)), continuations: data.continuations.phrases.map(bpKey) };
  if (filter === undefined || filterId) cache.set(filterId, lex);
  return lex;
}

const userCache = new Map<string, CompiledMarker[]>();
/** User markers from config.boilerplate.markers: each opens a block like "read also". Compiled once per list. */
export function userMarkers(phrases: readonly string[]): CompiledMarker[] {
  const id = phrases.join('\n');
  const hit = userCache.get(id);
  if (hit) return hit;
  if (userCache.size > 32) userCache.clear();
  const out: CompiledMarker[] = [];
  userCache.set(id, out);
  for (const p of phrases) {
    const key = bpKey(p);
    if (key) out.push({ phrase: p, kind: 'read-also', role: 'marker', origin: 'user', key, padded: ` ${key} `, words: key.split(' ').length });
  }
  return out;
}
