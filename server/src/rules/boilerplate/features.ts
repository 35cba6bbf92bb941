// What one line of a news text looks like, measured once: its length in words, how it ends, how much of it is
// Arabic, whether it is a separator, a list of links, a headline, a lead, and which marker phrase (if any) opens it.
// These are the features the block classifier (blocks.ts) reads; nothing here decides on its own.
import { CLOSERS, isArabicLetter, isLatinLetter } from '../../arabic/letters';
import { SpellingSlots, spellingOf } from '../../arabic/spellingIds';
import { ARABIC_TOKEN } from '../../arabic/tokenize';
import type { Article } from '../../engine/article';
import { ArticleLineKeys, KEY_HEAD_MAX, articleLineKeys } from '../../workspace/lineKey';
import { CompiledMarker, Lexicon, bpKey, keyFirstWord, lineBpKey, lineBpKeyHead } from './lexicon';

export interface LineFeatures {
  index: number;
  blank: boolean;
  /** The line's key (see bpKey). */
  key: string;
  /** Words (Arabic, Latin and number tokens). */
  words: number;
  arabicLetters: number;
  latinLetters: number;
  /** Ends with . ! ? ؟ … ۔ (quotes and brackets after it allowed). */
  endStop: boolean;
  endColon: boolean;
  endQuestion: boolean;
  /** Ends with … or ... : a cut teaser. */
  ellipsisCut: boolean;
  /** Sentence ends inside the line (before its end). */
  innerStops: number;
  /** Nothing but symbols (----, ***, ____, ××××). */
  separator: boolean;
  /** Starts with a bullet or a list number. */
  bullet: boolean;
  /** Link-list separators: | » › */
  navSeparators: number;
  email: boolean;
  url: boolean;
  /** The first word carries the conjunction و/ف: the line continues the story. */
  startsWithConjunction: boolean;
  /** Opens like a news lead: a reporting verb first, or a weekday between commas early on. */
  leadShape: boolean;
  marker?: { entry: CompiledMarker; rest: string };
  /** Only agency names: a credit line. */
  agencyOnly: boolean;
  /** Short items (1–3 words each) joined by a spaced » › > / or |: a breadcrumb trail ("Home » World"). */
  crumb: boolean;
}

/** MeasuredLine's opening bits. */
const CONJUNCTION = 1, LEAD = 2;
const SENTENCE_FINAL = new Set(['.', '!', '?', '؟', '…', '۔']);
const WEEKDAY_COMMA = /[،,]\s*(?:يوم\s+)?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)\s*[،,]/u;
/** 'On 3 October 1924, ...': the opening of an on-this-day item. */
const ON_THIS_DAY = /^\s*في\s+\d{1,2}\s+\p{L}+/u;
const LIST_NUMBER = /^[\d٠-٩]{1,2}\s*[.)]$/u;
const HEADLINE_DOTS = /[^.]\.\.$/u;
const SEPARATOR_ONLY = /^[\s\-_=*~•·×+#.─━—–<>]+$/u;
const BULLET = /^\s*(?:[-*•·►■▪◆]|\d{1,2}\s*[-.)]\s)/u;
// Both start only where a run of their characters starts (the lookbehind): tried from every position of a long run,
// as they were, they were quadratic in its length (a pasted base64 image, a minified line). Same lines match.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/u;
/** A link, or a bare domain: a run of [\w-] with a word character in it, then a dot and a common ending. */
const URL = /(?:https?:\/\/|www\.)\S+|(?<![\w-])-*\w[\w-]*\.(?:com|net|org|tn|sa|ae)\b/iu;
/** A marker phrase must be followed by one of these (or the end of the line) when the entry asks for a separator. */
const AFTER_MARKER_SEPARATOR = /^[\s]*(?:[:：|/\-–—.…]|$)/u;

/** isArabicLetter / isLatinLetter by UTF-16 code unit, filled in as code units are first met (0 = not yet known):
 * looked up once per character of every line. */
const ARABIC_LETTER = 1, LATIN_LETTER = 2, OTHER = 3;
const CHAR_KIND = new Uint8Array(0x10000);
function charKind(c: number): number {
  const k = CHAR_KIND[c];
  if (k !== 0) return k;
  return CHAR_KIND[c] = isArabicLetter(c) ? ARABIC_LETTER : isLatinLetter(c) ? LATIN_LETTER : OTHER;
}

function lineEnd(text: string): { last: string; lastIndex: number } {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || CLOSERS.has(text[i]) || text[i] === '*' || isDirectionMark(text.charCodeAt(i)))) i--;
  return { last: i >= 0 ? text[i] : '', lastIndex: i };
}

/** U+200C–200F, U+202A–202E, U+2066–2069, U+FEFF: joiners, direction marks and embeddings, BOM (by code, not a regex
 * per line: nearly every line ends with a letter or a stop, which is tested against this too). The regex's set, and a
 * subset of letters.ts isFormatChar, which also skips U+200B, U+061C, U+00AD and U+2060–2064: whether a line's end
 * should skip those too is a change of findings, not of speed. */
function isDirectionMark(c: number): boolean {
  return (c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** LineFeatures with the features few lines are asked for made on first read: the whole key (see measureLine), the
 * letter counts, inner sentence ends, e-mail and link. The classifier reads them only of short lines (or, e-mail and
 * link, of the last lines), while most of a text's characters are in paragraphs. */
class MeasuredLine implements LineFeatures {
  words = 0; endStop = false; endColon = false; endQuestion = false; ellipsisCut = false; separator = false;
  bullet = false; agencyOnly = false; crumb = false;
  marker?: { entry: CompiledMarker; rest: string };
  /** The line's first token when it is Arabic (-1: none), and the key (or head) and first word the lexicon's
   * look-ups read: what the opening (startsWithConjunction, leadShape) is made from when it is first read. */
  firstArabic = -1; lookupKey = ''; keyHead = '';
  private whole: string | undefined;
  private counts: Int32Array | undefined;
  private stops = -1;
  private mail: boolean | undefined;
  private link: boolean | undefined;
  private opening = -1;
  private readonly keys: ArticleLineKeys;
  constructor(private readonly ctx: LineContext, readonly index: number, readonly blank: boolean, private readonly text: string) {
    this.keys = ctx.keys;
    if (blank) this.whole = '';
  }
  get key(): string { return this.whole ??= lineBpKey(this.keys, this.index); }
  get startsWithConjunction(): boolean { return ((this.opening >= 0 ? this.opening : this.opening = this.open()) & CONJUNCTION) !== 0; }
  get leadShape(): boolean { return ((this.opening >= 0 ? this.opening : this.opening = this.open()) & LEAD) !== 0; }
  get arabicLetters(): number { return (this.counts ??= this.count())[0]; }
  get latinLetters(): number { return (this.counts ??= this.count())[1]; }
  get navSeparators(): number { return (this.counts ??= this.count())[2]; }
  get innerStops(): number { return this.stops >= 0 ? this.stops : this.stops = this.blank ? 0 : innerStops(this.keys.article, this.index, this.text); }
  // both need Latin letters (and an e-mail an @): the unanchored patterns are not run over Arabic prose
  get email(): boolean { return this.mail ??= this.latinLetters > 0 && this.text.includes('@') && EMAIL.test(this.text); }
  get url(): boolean { return this.link ??= this.latinLetters > 0 && URL.test(this.text); }

  /** How the line opens (CONJUNCTION, LEAD bits): read only of the lines the classifier walks at the end of a text, of
   * headlines and of the lines after them, while every line used to have its first word keyed and its head searched. */
  private open(): number {
    if (this.firstArabic < 0) return 0;
    const { lex } = this.ctx;
    const first = firstWordFacts(this.ctx, this.firstArabic);
    const key = this.lookupKey, keyHead = this.keyHead, whole = () => this.key;
    const conjunction = (first & CONJUNCTION) !== 0 ||
      (lex.continuationFirstWords.has(keyHead) && lex.continuations.some(c => opensWith(within(c, key, whole), c)));
    if (conjunction) return CONJUNCTION;
    const head = this.text.slice(0, 120);
    return (first & LEAD) !== 0 || WEEKDAY_COMMA.test(head) || ON_THIS_DAY.test(head) ? LEAD : 0;
  }

  /** Arabic letters, Latin letters, link-list separators. */
  private count(): Int32Array {
    const out = new Int32Array(3);
    if (this.blank) return out;
    const line = this.keys.article.lines[this.index];
    // » and › join breadcrumbs only when they are not closing a «quotation» (looked up once, not per character);
    // counted in locals, stored once (not a property write per character)
    let quoted: boolean | undefined;
    // (read from the article's text, not the line's slice of it: a slice is one more indirection per character)
    let arabic = 0, latin = 0, nav = 0;
    const all = this.keys.article.text;
    for (let k = line.start; k < line.end; k++) {
      const c = all.charCodeAt(k);
      const kind = charKind(c);
      if (kind === ARABIC_LETTER) arabic++;
      else if (kind === LATIN_LETTER) latin++;
      else if (c === 0x7c) nav++;
      else if ((c === 0xbb || c === 0x203a) && !(quoted ??= this.text.includes('«') || this.text.includes('‹'))) nav++;
    }
    out[0] = arabic; out[1] = latin; out[2] = nav;
    return out;
  }
}

/** What a line's first word (token t) says of how the line opens, by its spelling: CONJUNCTION when it carries و/ف,
 * LEAD when it is a lead's verb. Kept per spelling id (for the table's generation): the first words of a text's
 * paragraphs are few words written again and again, and keying one meant reading its spelling from memory again. */
function firstWordFacts(ctx: LineContext, t: number): number {
  const { article, lex } = ctx;
  const spellings = article.spellings;
  let bySlots = firstWords.get(lex);
  if (!bySlots) firstWords.set(lex, bySlots = new SpellingSlots<number>());
  // (a line's opening may be read after other texts were tokenized: the slots follow the ids' generation)
  if (ctx.firstWords?.generation !== spellings.generation) ctx.firstWords = { generation: spellings.generation, slots: bySlots.for(spellings.generation) };
  const slots = ctx.firstWords.slots;
  const id = spellings.ids[t];
  let facts = slots[id];
  if (facts === undefined) {
    const firstKey = bpKey(spellingOf(id));
    facts = slots[id] = (startsWithConjunction(firstKey, lex) ? CONJUNCTION : 0) | (lex.leadVerbs.has(firstKey) ? LEAD : 0);
  }
  return facts;
}
const firstWords = new WeakMap<Lexicon, SpellingSlots<number>>();

/** Sentence ends inside line i (before its end), found through the article's sentence list (built once). */
function innerStops(article: Article, i: number, text: string): number {
  const line = article.lines[i];
  const ss = article.sentences;
  const first = article.sentenceAt(line.start + (text.length - text.trimStart().length));
  let n = 0;
  // a list number ("1. ", "2) ") is not a sentence, nor is the ".." headlines put between their two halves
  if (first) {
    for (let s = first.index; s < ss.length && ss[s].line === i; s++) {
      if (ss[s].end >= line.end - 2) continue;
      const sentence = article.slice(ss[s].start, ss[s].end);
      if ((s === first.index && LIST_NUMBER.test(sentence)) || HEADLINE_DOTS.test(sentence)) continue;
      n++;
    }
  }
  return n;
}

/** The most words a line may have for some 'contains' entry to apply: a line up to that long has its whole key read. */
function containsMaxWords(markers: readonly MarkerIndex[]): number {
  let n = 0;
  for (const m of markers) if (m.containsMaxWords > n) n = m.containsMaxWords;
  return n;
}

/** What every line of one text is measured with, looked up once per text rather than once per line. */
interface LineContext {
  article: Article;
  lex: Lexicon;
  keys: ArticleLineKeys;
  /** The user's markers, then the lexicon's (the first match wins). */
  markers: MarkerIndex[];
  /** firstWordFacts' slots for this text's spelling ids, once one is asked. */
  firstWords?: { generation: number; slots: (number | undefined)[] };
}

/** Features of every line. The article's tokens are walked once alongside the lines (no token list per line). */
export function allLineFeatures(article: Article, lex: Lexicon, extra: readonly CompiledMarker[]): LineFeatures[] {
  const { starts, count } = article.tokenTable;
  const out: LineFeatures[] = new Array(article.lines.length);
  // (no user markers, as in most configurations: their empty index is not asked about every line)
  const markers = extra.length ? [markerIndex(extra), markerIndex(lex.markers)] : [markerIndex(lex.markers)];
  const ctx: LineContext = { article, lex, keys: articleLineKeys(article), markers };
  let t = 0;
  for (const line of article.lines) {
    while (t < count && starts[t] < line.start) t++;
    const first = t;
    while (t < count && starts[t] < line.end) t++;
    out[line.index] = measureLine(ctx, line.index, t - first, t > first ? first : -1);
  }
  return out;
}

/** `words`: the line's tokens, of which token `firstTok` is the first (-1 when it has none). */
function measureLine(ctx: LineContext, i: number, words: number, firstTok: number): LineFeatures {
  const { article, lex, keys } = ctx;
  const line = article.lines[i];
  const text = article.lineText(i);
  const f = new MeasuredLine(ctx, i, line.blank, text);
  if (line.blank) return f;
  f.words = words;
  // A paragraph of more words than any 'contains' entry allows is keyed only as far as its first words (its key's
  // head, when the key is longer than KEY_HEAD_MAX): the lexicon's phrases are looked for at its start, and the whole
  // key is made when one is found there, or when the classifier reads f.key (rarely, for such a line). Most of a
  // text's characters are in such paragraphs.
  let key = words <= containsMaxWords(ctx.markers) ? f.key : lineBpKeyHead(keys, i);
  // (a head with no space in it may hold only part of the first word)
  if (key.length > KEY_HEAD_MAX && key.indexOf(' ') < 0) key = f.key;
  const keyHead = keyFirstWord(key); // (what the lexicon's look-ups start from)
  const whole = () => f.key;
  const { last, lastIndex } = lineEnd(text);
  f.endStop = SENTENCE_FINAL.has(last);
  f.endColon = last === ':';
  f.endQuestion = last === '?' || last === '؟';
  f.ellipsisCut = last === '…' || (last === '.' && text.slice(Math.max(0, lastIndex - 2), lastIndex + 1) === '...');
  // (the pattern fails at the first letter: a line of words is not scanned)
  f.separator = SEPARATOR_ONLY.test(text) && text.trim().length >= 3;
  f.bullet = BULLET.test(text);
  f.crumb = f.words >= 2 && f.words <= 12 && !f.endStop && isCrumbTrail(text);
  if (firstTok >= 0 && article.tokenTable.kinds[firstTok] === ARABIC_TOKEN) f.firstArabic = firstTok;
  f.lookupKey = key; f.keyHead = keyHead;
  f.marker = matchMarker(text, key, whole, keyHead, f.words, ctx.markers);
  // a credit: only agency names, or a few names joined by / with at least one agency among them
  f.agencyOnly = isAgencyOnly(f, keyHead, lex) ||
    (f.words <= 5 && !f.endStop && text.includes('/') && [...lex.agencies].some(a => ` ${f.key} `.includes(` ${a} `)) && !/\d/.test(text));
  return f;
}

const CRUMB_SEPARATORS = new Set(['»', '›', '>', '/', '|']);
const ANY_CRUMB_SEPARATOR = /[»›>/|]/;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
/** Every item between the separators (spaced on both sides) is a short label: no sentence, at most three words, no
 * quotation. A scan, not a split on /\s+[»›>/|]\s+/ (which backtracks quadratically on a long run of spaces). */
function isCrumbTrail(text: string): boolean {
  if (!ANY_CRUMB_SEPARATOR.test(text)) return false; // (one item: no trail)
  const t = text.trim();
  const items: string[] = [];
  let from = 0;
  for (let k = 1; k < t.length - 1; k++) {
    if (CRUMB_SEPARATORS.has(t[k]) && isSpace(t[k - 1]) && isSpace(t[k + 1])) { items.push(t.slice(from, k)); from = k + 1; }
  }
  items.push(t.slice(from));
  return items.length >= 2 && items.every(it => { const w = it.trim().split(/\s+/); return it.trim() !== '' && w.length <= 3 && !/[«"“:،,.]/u.test(it); });
}

/** و/ف as a proclitic, not as the first letter of a word (وفاة، وثائقي، وزير): what follows it must open a
 * word the way Arabic words after a conjunction do (the article, a verb prefix, a particle, a reporting verb). */
const AFTER_CONJUNCTION = /^(?:ال|[أإاتينبلكسو]|كان|قد|لم|لن|لا|في|من|على|عن|مع|هو|هي|هم|ما|إن|أن|بعد|قبل|رغم|حسب|ذلك|هذا|هذه)/u;
function startsWithConjunction(word: string, lex: Lexicon): boolean {
  if (word.length < 4 || (word[0] !== 'و' && word[0] !== 'ف')) return false;
  if (lex.leadVerbs.has(word)) return false; // وافق، وصل: verbs of their own
  const rest = word.slice(1);
  return lex.leadVerbs.has(rest) || AFTER_CONJUNCTION.test(rest);
}

/** The first marker whose phrase opens the line (role marker/line) or sits in it (role contains). `key`: the line's
 * key, or for a line of more words than any 'contains' entry allows possibly its head (see measureLine); `whole`
 * gives the whole key. */
function matchMarker(text: string, key: string, whole: () => string, firstWord: string, words: number, indexes: readonly MarkerIndex[]): LineFeatures['marker'] {
  let padded: string | undefined; // built on the first test that needs it: most lines are too long for any such entry
  for (const index of indexes) {
    const opening = index.byFirstWord.get(firstWord);
    const maybeContains = words <= index.containsMaxWords && !!index.anyContained?.test(key);
    if (!opening && !maybeContains) continue;
    for (const m of opening ?? index.containsOnly) {
      if (m.maxWords !== undefined && words > m.maxWords) continue;
      if (m.role === 'contains') {
        if (!maybeContains) continue;
        if ((padded ??= ` ${key} `).includes(m.padded)) return { entry: m, rest: '' };
        continue;
      }
      if (!opensWith(within(m.key, key, whole), m.key)) continue;
      key = whole();
      const rest = key.slice(m.key.length).trim();
      if (m.requireSeparator && rest && !AFTER_MARKER_SEPARATOR.test(afterPhrase(text, m.words))) continue;
      if (m.requireQuote && !/[«"“]/u.test(text)) continue;
      if (m.alsoKeys && !m.alsoKeys.some(a => (padded ??= ` ${key} `).includes(` ${a} `))) continue;
      return { entry: m, rest };
    }
  }
  return undefined;
}

interface MarkerIndex {
  byFirstWord: Map<string, CompiledMarker[]>;
  containsOnly: CompiledMarker[];
  /** Does any 'contains' phrase sit in the key as whole words? One scan instead of one search per phrase. */
  anyContained?: RegExp;
  /** The most words a line may have for some 'contains' entry to apply (Infinity when one has no limit). */
  containsMaxWords: number;
}
const markerIndexes = new WeakMap<readonly CompiledMarker[], MarkerIndex>();
/** The entries a line can match, by the line's first word: the entries that open with that word and every
 * 'contains' entry, in the list's order (the first match wins). Built once per list. */
function markerIndex(list: readonly CompiledMarker[]): MarkerIndex {
  let ix = markerIndexes.get(list);
  if (ix) return ix;
  const containsOnly = list.filter(m => m.role === 'contains');
  const byFirstWord = new Map<string, CompiledMarker[]>();
  for (const m of list) {
    if (m.role === 'contains') continue;
    const w = keyFirstWord(m.key);
    if (!byFirstWord.has(w)) byFirstWord.set(w, list.filter(x => x.role === 'contains' || keyFirstWord(x.key) === w));
  }
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const anyContained = containsOnly.length ? new RegExp(`(?:^| )(?:${containsOnly.map(m => escape(m.key)).join('|')})(?: |$)`, 'u') : undefined;
  const containsMaxWords = Math.max(0, ...containsOnly.map(m => m.maxWords ?? Infinity));
  ix = { byFirstWord, containsOnly, anyContained, containsMaxWords };
  markerIndexes.set(list, ix);
  return ix;
}

/** `key` if it holds as much of the line's key as opensWith(_, phrase) reads, else the whole key: `key` is the whole
 * key, or a head whose first KEY_HEAD_MAX units are the key's (see measureLine). */
function within(phrase: string, key: string, whole: () => string): string {
  return phrase.length < KEY_HEAD_MAX ? key : whole();
}

/** `key` is `phrase` or starts with it followed by a space (no string is built per test). */
function opensWith(key: string, phrase: string): boolean {
  return key.startsWith(phrase) && (key.length === phrase.length || key.charCodeAt(phrase.length) === 0x20);
}

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;
/** The raw text after the first `n` words (to see what punctuation follows a marker phrase). */
function afterPhrase(text: string, n: number): string {
  const re = WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null) if (++seen === n) return text.slice(m.index + m[0].length);
  return '';
}

function isAgencyOnly(f: LineFeatures, firstWord: string, lex: Lexicon): boolean {
  // (the first part must open an agency name: most lines are not split to find that out)
  if (f.words > 8 || !lex.agencyFirstWords.has(firstWord) || !f.key) return false;
  const parts = f.key.split(' ');
  let i = 0, found = 0;
  while (i < parts.length) {
    let matched = 0;
    for (let n = Math.min(lex.agencyMaxWords, parts.length - i); n >= 1; n--) {
      if (lex.agencies.has(parts.slice(i, i + n).join(' '))) { matched = n; break; }
    }
    if (!matched) return false;
    i += matched; found++;
  }
  return found > 0;
}
