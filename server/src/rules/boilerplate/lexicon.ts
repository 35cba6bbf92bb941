// The boilerplate lexicon (server/src/lexicons/boilerplate-markers.json) compiled once into match keys, plus the
// user's extra markers. Matching is on a key of the line, never on the raw text, so diacritics, tatweel, letter
// forms and punctuation do not matter.
import { cleanWord, foldLetters } from '../../arabic/normalize';
import { textKey } from '../../arabic/textKey';
import data from '../../lexicons/boilerplate-markers.json';
import type { ArticleLineKeys } from '../../workspace/lineKey';

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
  return textKey(s, true) ?? slowKey(s);
}

/** bpKey of line i, from the line's recurrence key (which the workspace indexer may have made already): textKey's
 * two keys differ only in ASCII letters lower-cased, and a key holds nothing else toLowerCase changes. */
export function lineBpKey(keys: ArticleLineKeys, i: number): string {
  return bpOfLineKey(keys.textKey(i), keys, i);
}

/** lineBpKey, or for a key longer than KEY_HEAD_MAX possibly only its head (see ArticleLineKeys.textKeyHead). */
export function lineBpKeyHead(keys: ArticleLineKeys, i: number): string {
  return bpOfLineKey(keys.textKeyHead(i), keys, i);
}

function bpOfLineKey(k: string | null, keys: ArticleLineKeys, i: number): string {
  if (k === null) return slowKey(keys.article.lineText(i));
  return keys.hasCapital(i) ? k.toLowerCase() : k;
}

/** The definition of the key, step by step (clean, fold, lower-case, collapse). */
export function slowKey(s: string): string {
  return foldLetters(cleanWord(s)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
  /** The first words of the agency and continuation keys: a line whose key opens with none of them is neither a
   * credit nor a continuation, and is not searched for one. */
  agencyFirstWords: Set<string>;
  continuationFirstWords: Set<string>;
}

/** The first word of a key (words are joined by single spaces): what the lexicon's look-ups of a line start from. */
export function keyFirstWord(key: string): string {
  const sp = key.indexOf(' ');
  return sp < 0 ? key : key.slice(0, sp);
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
  const continuations = data.continuations.phrases.map(bpKey);
  const lex: Lexicon = {
    markers, agencies, agencyMaxWords, leadVerbs: new Set(data.leadVerbs.verbs.map(bpKey)), continuations,
    agencyFirstWords: new Set([...agencies].map(keyFirstWord)), continuationFirstWords: new Set(continuations.map(keyFirstWord)),
  };
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
