// Name mentions of one document: each Arabic word with its clitics split off, its spelling, its transliteration key
// and whether the text marks it as a name. Shared by the transliteration rule and the workspace indexer, so a file
// is read the same way in both.
import { foldLetters } from '../../arabic/normalize';
import { procliticSplits } from '../../arabic/clitics';
import type { Token } from '../../arabic/tokenize';
import { spellingKey, variantKey } from './key';
import { corpusCount, formStats, isNameMarker, isOrdinaryWord, wikidataToken } from './lexicon';

export interface NameMention {
  /** The spelling as written (cleaned: no diacritics or tatweel), words joined by single spaces. */
  spelling: string;
  /** The spelling with letter forms folded: what in-document counts and the workspace index group by. */
  folded: string;
  /** Transliteration key (see key.ts). */
  key: string;
  /** Offsets of the name in the text, after its clitics: [start, end). */
  start: number;
  end: number;
  /** The clitic prefix that stands before the name in the first word (و, بال, ...), cleaned. */
  prefix: string;
  /** Index of the first token and number of tokens. */
  token: number;
  words: number;
  /** The text marks it as a name: a title or kind word before it, or a well-attested first name next to it. */
  marked: boolean;
  /** Distinctive neighbours: the word before and the word after the name (hashed with their side), when that word is
   * not a frequent one. Two spellings of one name share them across files (دونالد ترمب / دونالد ترامب); two ordinary
   * look-alikes share only frequent words, which are left out here. */
  ctx: number[];
}

/** A neighbour word frequent in ordinary text says nothing about which name stands beside it. */
const MAX_NEIGHBOUR_COUNT = 100;

/** 32-bit FNV-1a of a side mark and a folded word: neighbours are kept as numbers, never as text. */
export function neighbourHash(side: '<' | '>', folded: string): number {
  let h = 0x811c9dc5;
  const s = side + folded;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

function neighbour(words: Word[], j: number, side: '<' | '>', text: string, from: Word, out: number[]): void {
  const w = words[j];
  if (!w) return;
  const [a, b] = side === '<' ? [w, from] : [from, w];
  if (!/^[ \u00A0]+$/.test(text.slice(a.token.end, b.token.start))) return;
  const f = w.folded;
  if (f.length < 3 || corpusCount(f) + corpusCount(foldLetters(w.token.norm)) > MAX_NEIGHBOUR_COUNT) return;
  out.push(neighbourHash(side, f));
}

function contextOf(words: Word[], i: number, n: number, text: string): number[] {
  const out: number[] = [];
  neighbour(words, i - 1, '<', text, words[i], out);
  neighbour(words, i + n, '>', text, words[i + n - 1], out);
  return out;
}

export interface Word { token: Token; prefix: string; stem: string; folded: string }

const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** Split the clitics off a word. The article always goes (when 3+ letters remain); و/ف/ب/ل/ك only when the rest is
 * known as a word on its own, in this document or in the corpora, since names begin with these letters too. */
export function splitWord(t: Token, docForms: Set<string>): Word {
  const norm = t.norm;
  const full = foldLetters(norm);
  for (const s of procliticSplits(norm, 2)) {
    if (!s.prefix) break;
    if (s.prefix.includes('س')) continue;
    const stem = foldLetters(s.stem);
    if (ARTICLE.test(s.prefix)) { if (stem.length >= 3) return { token: t, prefix: s.prefix, stem: s.stem, folded: stem }; continue; }
    // the corpora decide only when the whole word is not itself a form in use (كرولي is Crowley, not ك + رولي;
    // وليام is William, not و + ليام)
    const fullCount = corpusCount(full);
    if (stem.length >= 3 && (docForms.has(stem) || (fullCount < 2 && (corpusCount(stem) > 2 * fullCount || (wikidataToken(stem) && !wikidataToken(full)))))) {
      return { token: t, prefix: s.prefix, stem: s.stem, folded: stem };
    }
  }
  return { token: t, prefix: '', stem: norm, folded: full };
}

export function documentWords(tokens: readonly Token[]): Word[] {
  const arabic = tokens.filter(t => t.kind === 'arabic');
  const docForms = new Set(arabic.map(t => foldLetters(t.norm)));
  return arabic.map(t => splitWord(t, docForms));
}

/** Only a space or a hyphen between two words: they can belong to one name. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length >= 1 && gap.length <= 2 && /^[ \u00A0]?[-\u2010\u2011]?[ \u00A0]?$/.test(gap) && gap.trim() !== '--';
}

/** A word that can be a name at all: not an ordinary word of the corpora, at least 2 letters. */
export function nameCandidate(w: Word): boolean {
  return w.folded.length >= 2 && !isOrdinaryWord(w.folded);
}

/** Is the word at i marked as a name by what stands around it? */
function markedAt(words: Word[], i: number, text: string): boolean {
  const w = words[i];
  if (w.prefix.endsWith('ال') || w.prefix.endsWith('لل')) return false; // names of people and brands take no article
  // a title or kind word before it, possibly across up to two adjectives of names (وزير الخارجية الأمريكي X)
  for (let j = i - 1, hops = 0; j >= 0 && hops < 3; j--, hops++) {
    const p = words[j];
    if (!/^[ \u00A0]+$/.test(text.slice(p.token.end, words[j + 1].token.start))) break;
    const full = foldLetters(p.token.norm);
    if (isNameMarker(full) || isNameMarker(p.folded) || isNameMarker(full.replace(/^[وف]/, ''))) return true;
    if (hops === 0 && isFirstName(p)) return true;
    const adjective = (p.prefix.endsWith('ال') || p.prefix.endsWith('لل')) && /(ي|يه)$/.test(p.folded);
    if (!adjective) break;
  }
  // a well-attested first name after it is no evidence (it is the next name); one before it is handled above
  return false;
}

function isFirstName(w: Word): boolean {
  if (w.prefix.endsWith('ال') || w.prefix.endsWith('لل')) return false;
  const wd = wikidataToken(w.folded);
  return !!wd && wd.weight >= 20 && !isOrdinaryWord(w.folded);
}

/** One mention per candidate word, and a two-word mention where two joined words may be one name written apart
 * (فيس بوك beside فيسبوك, بيونغ يانغ beside بيونغيانغ). */
export function nameMentions(text: string, tokens: readonly Token[]): NameMention[] {
  const words = documentWords(tokens);
  const out: NameMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const candidate = nameCandidate(w);
    const start = w.token.start + prefixOffset(w);
    if (candidate) out.push({
      spelling: w.stem, folded: spellingKey(w.stem), key: variantKey(w.stem), start, end: w.token.end, prefix: w.prefix,
      token: i, words: 1, marked: markedAt(words, i, text), ctx: contextOf(words, i, 1, text),
    });
    const n = words[i + 1];
    // a name written apart may have a part that is a word on its own (آي فون beside آيفون): one candidate is enough,
    // since a two-word spelling only joins a group that has a one-word spelling with its key
    if (n && !n.prefix && w.folded.length >= 2 && n.folded.length >= 2 && (candidate || nameCandidate(n)) && joined(text, w.token, n.token)) {
      const spelling = `${w.stem} ${n.token.norm}`;
      out.push({
        spelling, folded: spellingKey(spelling), key: variantKey(spelling), start, end: n.token.end, prefix: w.prefix,
        token: i, words: 2, marked: false, ctx: contextOf(words, i, 2, text),
      });
    }
  }
  return out;
}

/** Offset, in the original token text, where the stem begins (the prefix is cleaned text; the original may carry
 * diacritics or tatweel inside it). */
export function prefixOffset(w: Word): number {
  if (!w.prefix) return 0;
  let letters = 0;
  const raw = w.token.text;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    const isLetter = (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
    if (isLetter) { if (letters === w.prefix.length) return k; letters++; }
  }
  return raw.length;
}
