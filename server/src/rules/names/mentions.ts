// Name mentions of one document: each Arabic word with its clitics split off, its spelling, its transliteration key
// and whether the text marks it as a name. Shared by the transliteration rule and the workspace indexer, so a file
// is read the same way in both.
import { foldLetterForms, foldLetters } from '../../arabic/normalize';
import { procliticSplits } from '../../arabic/clitics';
import type { Token } from '../../arabic/tokenize';
import { SpellingSlots, spellingIdsOf, type SpellingIds } from '../../arabic/spellingIds';
import { pairKeyHead, pairKeyTail, spellingKey, variantKey } from './key';
import { RARE_COUNT, corpusCount, formStats, isNameMarker, isOrdinaryWord, lexicalNameEvidence, takesPronouns, wikidataToken } from './lexicon';
import { memo } from './memo';

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
  /** Every word of it is rare in ordinary text and no ordinary word (what lets a two-word spelling ask the workspace). */
  rare: boolean;
}

/** The mention carries the article (ال, لل after any other clitic): a name does not, a common noun or an adjective
 * does. */
export function articled(m: NameMention): boolean {
  return m.prefix.endsWith('ال') || m.prefix.endsWith('لل');
}

/** A number stands before text[start] (a space or more between): a counted noun or a unit (2 جيجابايت, 5 تريليونات,
 * 130 دبلوماسيا), which a name is not. */
export function afterNumber(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0 || k === start - 1) return false;
  const c = text.charCodeAt(k);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
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

/** Only spaces (or no-break spaces) in text[from, to), and at least one. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) { const c = text.charCodeAt(k); if (c !== 0x20 && c !== 0xa0) return false; }
  return true;
}

/** text[from, to) is an opening quotation mark with spaces around it (a space before it required): « " “ ‘ ‹. */
function openingQuote(text: string, from: number, to: number): boolean {
  let k = from, quotes = 0;
  if (k >= to || !isSpaceCode(text.charCodeAt(k))) return false;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xab || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x2039) quotes++;
    else if (!isSpaceCode(c)) return false;
  }
  return quotes === 1;
}
function isSpaceCode(c: number): boolean { return c === 0x20 || c === 0xa0; }
/** A closing quotation mark at text[k]: » " ” ’ ›. */
function closingQuoteAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x203a;
}

/** Shared by the mentions with no distinctive neighbour (read-only). */
const NO_CONTEXT = Object.freeze([]) as unknown as number[];

function neighbourAt(words: readonly Token[], infos: WordInfo[], j: number, side: '<' | '>', text: string, from: Token): number | undefined {
  const w = words[j];
  if (!w) return undefined;
  if (side === '<' ? !onlySpaces(text, w.end, from.start) : !onlySpaces(text, from.end, w.start)) return undefined;
  return side === '<' ? infos[j].hashBefore() : infos[j].hashAfter();
}

function contextOf(words: readonly Token[], infos: WordInfo[], i: number, n: number, text: string): number[] {
  const h1 = neighbourAt(words, infos, i - 1, '<', text, words[i]);
  const h2 = neighbourAt(words, infos, i + n, '>', text, words[i + n - 1]);
  // arrays of their exact length: one made empty and pushed to reserves room for 17, and most mentions keep theirs
  if (h1 === undefined) return h2 === undefined ? NO_CONTEXT : [h2];
  return h2 === undefined ? [h1] : [h1, h2];
}

export interface Word { token: Token; prefix: string; stem: string; folded: string }

const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** Letter-folded spelling and transliteration key of a cleaned spelling. */
const keysOf = (s: string) => ({ spelling: s, folded: spellingKey(s), key: variantKey(s) });
const markerWord = memo((full: string) => isNameMarker(full) || isNameMarker(full.replace(/^[وف]/, '')));

/** Split the clitics off a word. The article always goes (when 3+ letters remain); و/ف/ب/ل/ك only when the rest is
 * known as a word on its own, in this document or in the corpora, since names begin with these letters too. */
export function splitWord(t: Token, docForms: Set<string>): Word {
  const e = newEntry(t.norm);
  const s = e.splits[chooseSplit(e, docForms)];
  return { token: t, prefix: s.prefix, stem: s.stem, folded: s.folded };
}

/** One way to split a word: `always` when the lexicons alone accept it; otherwise only when the document uses the
 * stem on its own. */
interface Split { prefix: string; stem: string; folded: string; always: boolean }
/** What a normalised form can be split into, in order of preference (the last is the whole word, always accepted),
 * and the reading of each split, shared by every document. */
interface NormEntry {
  full: string; splits: Split[]; infos: (WordInfo | undefined)[];
  /** splits[0].always, kept on the entry: read for every token, and one load is cheaper than three. */
  firstAlways: boolean;
  /** infos[0] when firstAlways, kept on the entry for the same reason. */
  first?: WordInfo;
  /** The reading chosen for the document being read (`doc`, see readWords): stamped here, not kept in a Map. */
  doc: number; chosen?: WordInfo;
  /** The document whose forms already hold `full` (see readWords). */
  formsDoc: number;
}

function newEntry(norm: string): NormEntry {
  const full = foldLetters(norm);
  const splits = splitsOf(norm, full);
  return { full, splits, infos: new Array(splits.length), firstAlways: splits[0].always, first: undefined, doc: 0, chosen: undefined, formsDoc: 0 };
}

/** Each spelling's entry, by spelling id (arabic/spellingIds): an array load per token, not a Map lookup. */
const entries = new SpellingSlots<NormEntry>();
/** Numbers the documents read (readWords), for the stamps on entries: a number, not an object, so that stamping an
 * old entry is a plain store (no write barrier recording an old-to-new pointer). 0 is never a document. */
let documentsRead = 0;

function splitsOf(norm: string, full: string): Split[] {
  const out: Split[] = [];
  for (const s of procliticSplits(norm, 2)) {
    if (!s.prefix) break;
    if (s.prefix.includes('س')) continue;
    const stem = foldLetters(s.stem);
    if (ARTICLE.test(s.prefix)) {
      if (stem.length >= 3) { out.push({ prefix: s.prefix, stem: s.stem, folded: stem, always: true }); break; }
      continue;
    }
    // the corpora decide only when the whole word is not itself a form in use (كرولي is Crowley, not ك + رولي;
    // وليام is William, not و + ليام); else the document decides, when it uses the stem on its own
    const fullCount = corpusCount(full);
    if (stem.length >= 3) {
      // (or the stem is a frequent word, ten times as frequent as the whole: بروسيا is ب + روسيا, not Borussia)
      const stemCount = corpusCount(stem);
      const lexical = (fullCount < 2 && (stemCount > 2 * fullCount || (!!wikidataToken(stem) && !wikidataToken(full)))) ||
        (stemCount >= 50 && stemCount >= 10 * fullCount);
      out.push({ prefix: s.prefix, stem: s.stem, folded: stem, always: lexical });
      if (lexical) break;
    }
  }
  out.push({ prefix: '', stem: norm, folded: full, always: true });
  return out;
}

function chooseSplit(e: NormEntry, docForms: Set<string>): number {
  for (let k = 0; ; k++) { const s = e.splits[k]; if (s.always || docForms.has(s.folded)) return k; }
}

function infoOf(e: NormEntry, k: number): WordInfo {
  return e.infos[k] ??= new WordInfo(e.splits[k], e.full);
}

/** What one reading of a word (a normalised form and its clitic split) gives: computed once and shared by every token
 * of every document that reads the form that way. */
class WordInfo {
  readonly prefix: string; readonly stem: string; readonly folded: string; readonly full: string;
  /** No article on it: names of people and brands take none. */
  readonly articled: boolean;
  private _candidate?: boolean; private _keys?: { spelling: string; folded: string; key: string };
  private _before?: number | null; private _after?: number | null;
  private _marker?: boolean; private _first?: boolean; private _rare?: boolean; private _nameLike?: boolean;
  private _head?: string; private _tail?: string; private _plain?: boolean; private _spelled?: string;
  constructor(s: Split, full: string) {
    this.prefix = s.prefix; this.stem = s.stem; this.folded = s.folded; this.full = full;
    this.articled = s.prefix.endsWith('ال') || s.prefix.endsWith('لل');
  }
  get candidate(): boolean { return this._candidate ??= this.folded.length >= 2 && !isOrdinaryWord(this.folded); }
  /** The lexicons call it a name or say it looks transliterated (evidence ≥ 1): a part of a name written apart. */
  get nameLike(): boolean { return this._nameLike ??= lexicalNameEvidence(this.folded) >= 1; }
  /** A candidate that is also rare in the corpora (at most RARE_COUNT occurrences, with or without the article). */
  get rare(): boolean {
    if (this._rare === undefined) { const st = formStats(this.folded); this._rare = this.candidate && st.bare + st.withArticle <= RARE_COUNT; }
    return this._rare;
  }
  get keys(): { spelling: string; folded: string; key: string } { return this._keys ??= keysOf(this.stem); }
  /** No space or hyphen in the stem (nor whitespace a ligature expanded to): its pair keys compose (key.ts). */
  get plain(): boolean { return this._plain ??= !/[\s\-\u2010\u2011]/.test(this.stem); }
  /** The stem as a spelling (key.ts spellingKey of a plain stem: the letters of foreign sounds kept, ڤ not ف). */
  get spelled(): string { return this._spelled ??= foldLetterForms(this.stem); }
  /** Its part of the key of a pair it begins, and of one it ends (key.ts pairKeyHead/pairKeyTail). */
  get pairHead(): string { return this._head ??= pairKeyHead(this.stem); }
  get pairTail(): string { return this._tail ??= pairKeyTail(this.stem); }
  private distinctive(): boolean {
    // a neighbour word frequent in ordinary text (or too short) says nothing about the name beside it
    return this.folded.length >= 3 && corpusCount(this.folded) + corpusCount(this.full) <= MAX_NEIGHBOUR_COUNT;
  }
  hashBefore(): number | undefined {
    if (this._before === undefined) this._before = this.distinctive() ? neighbourHash('<', this.folded) : null;
    return this._before ?? undefined;
  }
  hashAfter(): number | undefined {
    if (this._after === undefined) this._after = this.distinctive() ? neighbourHash('>', this.folded) : null;
    return this._after ?? undefined;
  }
  /** A title or kind word (الرئيس, وزير, شركة). */
  get marker(): boolean { return this._marker ??= markerWord(this.full) || isNameMarker(this.folded); }
  /** A well-attested first name (not with the article). */
  get firstName(): boolean {
    if (this._first === undefined) {
      const wd = this.articled ? undefined : wikidataToken(this.folded);
      this._first = !!wd && wd.weight >= 20 && !isOrdinaryWord(this.folded) && !takesPronouns(this.folded);
    }
    return this._first;
  }
  /** An adjective with the article, such as of a name (الأمريكي). */
  get adjective(): boolean { return this.articled && /(ي|يه)$/.test(this.folded); }
}

/** The Arabic tokens of a document and the reading of each. `spellings` are the tokens' spelling ids. */
function readWords(tokens: readonly Token[], spellings: SpellingIds): { words: Token[]; infos: WordInfo[] } {
  const words: Token[] = [];
  const infos: (WordInfo | undefined)[] = [];
  /** Words whose reading depends on the document's forms, read once every form is known. */
  const pending: number[] = [];
  const pendingEntries: NormEntry[] = [];
  const slots = entries.for(spellings.generation), ids = spellings.ids;
  // the split that depends on the document's forms is chosen once per form and document (`doc` marks this reading,
  // and marks the forms already added: one Set insert per distinct form, not per token)
  const doc = ++documentsRead;
  const docForms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic') continue;
    const id = ids[i];
    let e = slots[id];
    if (e === undefined) slots[id] = e = newEntry(t.norm);
    if (e.formsDoc !== doc) { e.formsDoc = doc; docForms.add(e.full); }
    if (e.firstAlways) infos.push(e.first ??= infoOf(e, 0));
    else { pending.push(words.length); pendingEntries.push(e); infos.push(undefined); }
    words.push(t);
  }
  for (let k = 0; k < pending.length; k++) {
    const e = pendingEntries[k];
    if (e.doc !== doc) { e.doc = doc; e.chosen = infoOf(e, chooseSplit(e, docForms)); }
    infos[pending[k]] = e.chosen;
  }
  return { words, infos: infos as WordInfo[] };
}

export function documentWords(tokens: readonly Token[]): Word[] {
  const { words, infos } = readWords(tokens, spellingIdsOf(tokens));
  return words.map((t, i) => ({ token: t, prefix: infos[i].prefix, stem: infos[i].stem, folded: infos[i].folded }));
}

/** Only a space or a hyphen between two words (one or two characters): they can belong to one name. */
function joined(text: string, a: Token, b: Token): boolean {
  const len = b.start - a.end;
  return len >= 1 && len <= 2 && joinedGap(text, a.end, b.start);
}

/** text[from, to) is a non-empty gap of a space, a hyphen, or a space, a hyphen and a space, each optional:
 * /^[ \u00A0]?[-\u2010\u2011]?[ \u00A0]?$/ read letter by letter (the classes are disjoint, so greedy is exact), since
 * it is asked for every two adjacent words, where a slice and a regex cost more than the rest of the test. */
export function joinedGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let k = from;
  if (isSpaceAt(text, k)) k++;
  if (k < to && isHyphenAt(text, k)) k++;
  if (k < to && isSpaceAt(text, k)) k++;
  return k === to;
}
function isSpaceAt(text: string, k: number): boolean { const c = text.charCodeAt(k); return c === 0x20 || c === 0xa0; }
function isHyphenAt(text: string, k: number): boolean { const c = text.charCodeAt(k); return c === 0x2d || c === 0x2010 || c === 0x2011; }

/** A word that can be a name at all: not an ordinary word of the corpora, at least 2 letters. */
export function nameCandidate(w: Word): boolean {
  return w.folded.length >= 2 && !isOrdinaryWord(w.folded);
}

/** Is the word at i marked as a name by what stands around it? */
function markedAt(words: readonly Token[], infos: WordInfo[], i: number, text: string): boolean {
  if (infos[i].articled) return false; // names of people and brands take no article
  // a title or kind word before it, possibly across up to two adjectives of names (وزير الخارجية الأمريكي X); a
  // kind word may stand before the name's opening quote (صحيفة «حريت», شركة "أبل")
  for (let j = i - 1, hops = 0; j >= 0 && hops < 3; j--, hops++) {
    if (!onlySpaces(text, words[j].end, words[j + 1].start)) {
      if (hops === 0 && infos[j].marker && openingQuote(text, words[j].end, words[j + 1].start) && closingQuoteAt(text, words[i].end)) return true;
      break;
    }
    const p = infos[j];
    if (p.marker) return true;
    if (hops === 0 && p.firstName) return true;
    if (!p.adjective) break;
  }
  // a well-attested first name after it is no evidence (it is the next name); one before it is handled above
  return false;
}

/** Spelling, folded spelling and key of two words written apart, from the keys of each word (computed once per
 * word, where keysOf of the pair would fold and key every pair of the text anew). The next word has no clitics, so
 * its stem is the word as written. */
function pairKeys(first: WordInfo, next: WordInfo): { spelling: string; folded: string; key: string } {
  if (!first.plain || !next.plain) return keysOf(`${first.stem} ${next.stem}`);
  return { spelling: `${first.stem} ${next.stem}`, folded: `${first.spelled} ${next.spelled}`, key: first.pairHead + next.pairTail };
}

/** The name mentions of an Article, computed once and shared by the rule and the workspace indexer (the CLI indexes
 * and lints the same Article). */
const articleCache = new WeakMap<object, NameMention[]>();
export function articleMentions(article: { text: string; tokens: readonly Token[]; spellings: SpellingIds }): NameMention[] {
  let m = articleCache.get(article);
  if (!m) articleCache.set(article, m = nameMentions(article.text, article.tokens, article.spellings));
  return m;
}

/** One mention per candidate word, and a two-word mention where two joined words may be one name written apart
 * (فيس بوك beside فيسبوك, بيونغ يانغ beside بيونغيانغ). */
export function nameMentions(text: string, tokens: readonly Token[], spellings = spellingIdsOf(tokens)): NameMention[] {
  const { words, infos } = readWords(tokens, spellings);
  const singles: NameMention[] = [];
  const oneWordKeys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const t = words[i], info = infos[i];
    if (!info.candidate) continue;
    const k = info.keys;
    oneWordKeys.add(k.key);
    singles.push({
      spelling: info.stem, folded: k.folded, key: k.key, start: stemStart(t, info), end: t.end, prefix: info.prefix,
      token: i, words: 1, marked: markedAt(words, infos, i, text), ctx: contextOf(words, infos, i, 1, text), rare: info.rare,
    });
  }
  // Two joined words are a mention only where someone can use it (about one adjacent pair in ten): the rule, when the
  // document writes a name of that key as one word or both words are rare (the workspace may write it as one word);
  // the workspace index, when both words look like parts of a name (nameSpellings.ts nameLike). The rest are never
  // read, and making them was a third of the rule's allocations.
  const out: NameMention[] = [];
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    while (s < singles.length && singles[s].token <= i) out.push(singles[s++]);
    const t = words[i], info = infos[i], n = words[i + 1];
    // a name written apart may have a part that is a word on its own (آي فون beside آيفون): one candidate is enough,
    // since a two-word spelling only joins a group that has a one-word spelling with its key
    if (!n) continue;
    const next = infos[i + 1];
    if (next.prefix || info.folded.length < 2 || next.folded.length < 2 || !(info.candidate || next.candidate) || !joined(text, t, n)) continue;
    const rare = info.rare && next.rare;
    const plain = info.plain && next.plain;
    if (plain && !rare && !(info.nameLike && next.nameLike) && !oneWordKeys.has(info.pairHead + next.pairTail)) continue;
    const k = pairKeys(info, next);
    out.push({
      spelling: k.spelling, folded: k.folded, key: k.key, start: stemStart(t, info), end: n.end, prefix: info.prefix,
      token: i, words: 2, marked: false, ctx: contextOf(words, infos, i, 2, text), rare,
    });
  }
  while (s < singles.length) out.push(singles[s++]);
  return out;
}

/** Where a word's name begins: after its clitic prefix (the prefix is cleaned text; the token may carry diacritics). */
function stemStart(t: Token, info: WordInfo): number {
  return info.prefix ? t.start + stemOffset(t.text, info.prefix) : t.start;
}

/** Offset, in the original token text, where the stem begins (the prefix is cleaned text; the original may carry
 * diacritics or tatweel inside it). */
export function prefixOffset(w: Word): number {
  return w.prefix ? stemOffset(w.token.text, w.prefix) : 0;
}
function stemOffset(raw: string, prefix: string): number {
  let letters = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    const isLetter = (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
    if (isLetter) { if (letters === prefix.length) return k; letters++; }
  }
  return raw.length;
}
