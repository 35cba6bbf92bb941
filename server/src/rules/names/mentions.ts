// Name mentions of one document: each Arabic word with its clitics split off, its spelling, its transliteration key
// and whether the text marks it as a name. Shared by the transliteration rule and the workspace indexer, so a file
// is read the same way in both.
import { cleanWord, foldLetterForms, foldLetters } from '../../arabic/normalize';
import { isPresentationForm } from '../../arabic/letters';
import { procliticSplits } from '../../arabic/clitics';
import { ARABIC_TOKEN, type TokenTable } from '../../arabic/tokenize';
import { SpellingSlots, spellingOf, type SpellingIds } from '../../arabic/spellingIds';
import { pairKeyHead, pairKeyTail, spellingKey, variantKey } from './key';
import { PERSON_MARK, RARE_COUNT, THING_MARK, articledNameForm, articledNameShape, corpusCount, longNameKey, foreignness, formStats, isOrdinaryWord, lexicalNameEvidence, nameMarkerKind, takesPronouns, wikidataToken } from './lexicon';
import { memo } from './memo';
import { HashIndex32, fnv1a, polyHash, polyJoin, polyPower } from '../../arabic/hash';

export interface NameMention {
  /** The spelling as written (cleaned: no diacritics or tatweel), words joined by single spaces, or by a hyphen where
   * the text writes one between them (كيم جونغ-أون: a spelling of its own, key.ts spellingKey). */
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
  return isArticlePrefix(m.prefix);
}
/** A clitic prefix that ends in the article (ال, وال, بال, لل, ...). */
function isArticlePrefix(prefix: string): boolean {
  return prefix.endsWith('ال') || prefix.endsWith('لل');
}

/** A number stands before text[start] (a space or more between): a counted noun or a unit (2 جيجابايت, 5 تريليونات,
 * 130 دبلوماسيا), which a name is not. Or a number and a unit's prefix written as a word of its own: a short word
 * (five letters at most) right after the number that is no ordinary word and no first name (6,000 ميلي أمبير, 4 جيجا
 * بايت: the unit is the word after the prefix; عام 2016 قال ترامب and 2016 دونالد ترامب are not). */
export function afterNumber(text: string, start: number): boolean {
  if (rightAfterNumber(text, start)) return true;
  let k = start - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0 || k === start - 1) return false;
  const end = k + 1;
  while (k >= 0 && isWordCode(text.charCodeAt(k))) k--;
  const from = k + 1;
  if (from === end || end - from > 12 || !rightAfterNumber(text, from)) return false;
  const w = foldLetters(cleanWord(text.slice(from, end)));
  return w.length >= 2 && w.length <= 5 && !isOrdinaryWord(w) && (wikidataToken(w)?.weight ?? 0) < FIRST_NAME_WEIGHT;
}
/** A number right before text[start] (a space or more between). */
function rightAfterNumber(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0 || k === start - 1) return false;
  const c = text.charCodeAt(k);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}
/** An Arabic letter, a diacritic or a tatweel: what a word written in Arabic is made of. */
function isWordCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x065f) || c === 0x0640 || (c >= 0x0670 && c <= 0x06d3);
}
/** Wikidata bearers from which a token is a well-attested first name (WordInfo.firstName). */
const FIRST_NAME_WEIGHT = 20;

/** Corpus occurrences per Wikidata bearer above which a first-name token is a word of ordinary text (WordInfo.firstName). */
const WORD_TO_NAME = 4;

/** A neighbour word frequent in ordinary text says nothing about which name stands beside it. */
const MAX_NEIGHBOUR_COUNT = 100;

/** 32-bit FNV-1a of a side mark and a folded word: neighbours are kept as numbers, never as text. */
export function neighbourHash(side: '<' | '>', folded: string): number {
  return fnv1a(side + folded) >>> 0;
}

/** Only spaces (or no-break spaces) in text[from, to), and at least one. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}
/** text[from, to) is joinedGap's gap without its hyphen: one or two spaces (or no-break spaces). */
export function spaceGap(text: string, from: number, to: number): boolean {
  return to - from <= 2 && onlySpaces(text, from, to);
}
/** A space or a no-break space. */
function isSpaceCode(c: number): boolean { return c === 0x20 || c === 0xa0; }

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
/** A closing quotation mark at text[k]: » " ” ’ ›. */
function closingQuoteAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x203a;
}

/** Shared by the mentions with no distinctive neighbour (read-only). */
const NO_CONTEXT = Object.freeze([]) as unknown as number[];

/** The Arabic words of a document: word i is text[starts[i], ends[i]) (two arrays, no object per word), and its
 * reading's WordInfo.wordFlags: what the passes over words ask first, told from these bytes without loading the
 * reading (a neighbour, a word before a name, is often a reading no other question loads). */
export interface Words { readonly starts: Int32Array; readonly ends: Int32Array; readonly flags: Uint8Array }

/** Word j's hash as the neighbour on `side` of word `from`, when only spaces stand between them. */
function neighbourAt(words: Words, infos: readonly WordInfo[], j: number, side: '<' | '>', text: string, from: number): number | undefined {
  if (j < 0 || j >= words.ends.length || !(words.flags[j] & DISTINCTIVE)) return undefined;
  if (side === '<' ? !onlySpaces(text, words.ends[j], words.starts[from]) : !onlySpaces(text, words.ends[from], words.starts[j])) return undefined;
  return side === '<' ? infos[j].hashBefore() : infos[j].hashAfter();
}

function contextOf(words: Words, infos: readonly WordInfo[], i: number, n: number, text: string): number[] {
  const h1 = neighbourAt(words, infos, i - 1, '<', text, i);
  const h2 = neighbourAt(words, infos, i + n, '>', text, i + n - 1);
  // arrays of their exact length: one made empty and pushed to reserves room for 17, and most mentions keep theirs
  if (h1 === undefined) return h2 === undefined ? NO_CONTEXT : [h2];
  return h2 === undefined ? [h1] : [h1, h2];
}

const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** Letter-folded spelling and transliteration key of a cleaned spelling. */
const keysOf = (s: string) => ({ spelling: s, folded: spellingKey(s), key: variantKey(s) });
/** A word without the clitics that may stand before a title or kind word: و/ف, then a preposition ب/ل/ك (لمقاطعة
 * كيبك, بشركة أبل, كرئيس للوزراء): the word's split (readWords) keeps a preposition on when the document never writes
 * the rest alone, and the marker is then missed. */
const withoutProclitics = (full: string) => full.replace(/^[وف]?[بلك](?=..)/, '');
/** lexicon.ts nameMarkerKind of a word as written, or without a و/ف or a preposition before it (0: no marker). */
const markerKindOf = memo((full: string) => nameMarkerKind(full) || nameMarkerKind(full.replace(/^[وف]/, '')) || nameMarkerKind(withoutProclitics(full)));

/** One way to split a word: `always` when the lexicons alone accept it; otherwise only when the document uses the
 * stem on its own (`form`: the stem as a whole word, stamped by each document that writes it). */
interface Split { prefix: string; stem: string; folded: string; always: boolean; form: FullForm }
/** A letter-folded word form, as a number (per spelling-table generation, see formOf), so that a document can mark the
 * forms it uses by a store in formDocs instead of adding each to a Set (a string hash per distinct word). A slot in a
 * dense array, not an object per form: readWords marks a form for every word, and each object was one more load. */
type FullForm = number;
/** What a normalised form can be split into, in order of preference (the last is the whole word, always accepted),
 * and the reading of each split, shared by every document. */
interface NormEntry {
  full: string; form: FullForm; splits: Split[]; infos: (WordInfo | undefined)[];
  /** The forms the first two splits are chosen by (Split.form), -1 for one always accepted (the second may be the
   * whole word): chooseSplit reads these numbers where the splits were three more objects to load for each document
   * that writes the word. */
  test0: number; test1: number;
  /** The reading chosen for the document being read (`doc`, see readWords): stamped here, not kept in a Map. */
  doc: number; chosen?: WordInfo; chosenFlags: number;
}

function newEntry(norm: string): NormEntry {
  const full = foldLetters(norm);
  const splits = splitsOf(norm, full);
  const test = (k: number) => (k >= splits.length || splits[k].always ? -1 : splits[k].form);
  return { full, form: formOf(full), splits, infos: new Array(splits.length), test0: test(0), test1: test(1), doc: 0, chosen: undefined, chosenFlags: 0 };
}

/** Each spelling's entry, by spelling id (arabic/spellingIds): loaded only to make its facts (spellingFacts) and for a
 * word whose reading the document chooses. */
const entries = new SpellingSlots<NormEntry>();
/** Each spelling's reading when it needs no choice (splits[0].always: test0 < 0), by spelling id. */
const firstReadings = new SpellingSlots<WordInfo>();
/** Per spelling id, three numbers: the last document read (readWords' `doc`) that wrote it; what readWords asks of
 * its entry: KNOWN, ALWAYS (its reading needs no choice), the reading's WordInfo.wordFlags (when ALWAYS); and its
 * form. Dense numbers side by side, so that a word of a spelling costs one cache line here and none in its entry, an
 * object of its own somewhere in the heap (that load was most of readWords' time). Started over with the forms. (The
 * form has a number of its own: packed beside the flags it had 22 bits, which one huge file of distinct words could
 * outgrow within a generation.) */
let spellingFacts = new Uint32Array(3072);
const FACT_FLAGS = 255, ALWAYS = 256, KNOWN = 512;

/** The facts of spelling id `id` (spellingFacts): its bits returned, its form stored; its entry made if new. */
function factsOf(slots: (NormEntry | undefined)[], readings: (WordInfo | undefined)[], id: number, norm: string): number {
  const e = slots[id] ??= newEntry(norm);
  spellingFacts[3 * id + 2] = e.form;
  if (e.test0 >= 0) return KNOWN;
  const info = readings[id] = infoOf(e, 0);
  return KNOWN | ALWAYS | info.wordFlags;
}
/** The forms of the entries, numbered, started over with them (readWords), so that all entries alive share one number
 * per form; and the last document (readWords' `doc`) that wrote each form. */
let forms = new Map<string, FullForm>();
let formDocs = new Uint32Array(1024);
let formsGeneration = -1;
function formOf(full: string): FullForm {
  let f = forms.get(full);
  if (f === undefined) {
    forms.set(full, f = forms.size);
    if (f >= formDocs.length) { const grown = new Uint32Array(formDocs.length * 2); grown.set(formDocs); formDocs = grown; }
  }
  return f;
}
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
      if (stem.length >= 3) { out.push({ prefix: s.prefix, stem: s.stem, folded: stem, always: true, form: formOf(stem) }); break; }
      continue;
    }
    // the corpora decide only when the whole word is not itself a form in use (كرولي is Crowley, not ك + رولي;
    // وليام is William, not و + ليام); else the document decides, when it uses the stem on its own
    const fullCount = corpusCount(full);
    // و or ف before a hamza written on an alef is the conjunction: no Arabic word or name begins with وأ, وإ, وآ or
    // فأ, فإ, فآ but for a few short roots (وأد, فأر, فأس), and the hamza begins the word after it (وأوربا: و + أوربا,
    // which neither the corpora nor the document may know)
    if (stem.length >= 4 && (s.prefix === 'و' || s.prefix === 'ف') && /^[أإآ]/.test(s.stem)) {
      out.push({ prefix: s.prefix, stem: s.stem, folded: stem, always: true, form: formOf(stem) });
      break;
    }
    if (stem.length >= 3) {
      // (or the stem is a frequent word, ten times as frequent as the whole: بروسيا is ب + روسيا, not Borussia)
      const stemCount = corpusCount(stem);
      const lexical = (fullCount < 2 && (stemCount > 2 * fullCount || (!!wikidataToken(stem) && !wikidataToken(full)))) ||
        (stemCount >= 50 && stemCount >= 10 * fullCount);
      out.push({ prefix: s.prefix, stem: s.stem, folded: stem, always: lexical, form: formOf(stem) });
      if (lexical) break;
    }
  }
  if (out.length && !out[out.length - 1].always) knownNameSplit(out, norm, full);
  out.push({ prefix: '', stem: norm, folded: full, always: true, form: formOf(full) });
  return out;
}

/** A word the corpora do not know, none of whose clitic splits they accept: the split whose stem has the long key of a
 * known name's spelling (lexicon.ts longNameKey), when only that split's stem has one and the whole word has none, is
 * accepted (بلوكسمبورج is ب + لوكسمبورج, a spelling of لوكسمبورغ). A short key is met by chance (ب + اشريف in باشريف,
 * ك + ندية in كندية: keys of names too), so only long ones count. */
function knownNameSplit(splits: Split[], norm: string, full: string): void {
  if (corpusCount(full) !== 0) return;
  let found: Split | undefined;
  for (const s of splits) {
    if (ARTICLE.test(s.prefix) || !longNameKey(variantKey(s.stem))) continue;
    if (found) return;
    found = s;
  }
  if (found && !longNameKey(variantKey(norm))) found.always = true;
}

/** The first split the lexicons accept or whose stem the document `doc` writes as a word of its own. */
function chooseSplit(e: NormEntry, doc: number): number {
  if (e.test0 < 0 || formDocs[e.test0] === doc) return 0;
  if (e.test1 < 0 || formDocs[e.test1] === doc) return 1;
  for (let k = 2; ; k++) { const s = e.splits[k]; if (s.always || formDocs[s.form] === doc) return k; }
}

function infoOf(e: NormEntry, k: number): WordInfo {
  return e.infos[k] ??= new WordInfo(e.splits[k], e.full);
}

/** What one reading of a word (a normalised form and its clitic split) gives: computed once and shared by every token
 * of every document that reads the form that way. */
export class WordInfo {
  // (fields are laid out in the order declared: those that the names' passes read of nearly every reading of a
  // document come first, to share a cache line or two. Each document loads its readings anew, most of them from memory,
  // and a field two lines further was one more load)
  /** The document being read when this reading was last listed (nameMentions), and its index in that document's
   * readings: numbers, so that stamping a reading shared by every document is a plain store. */
  pass = 0; local = 0;
  /** Its key's stamp (KeyStamp), made by nameMentions. */
  keyStamp?: KeyStamp = undefined;
  private _keyPoly?: number; private _keys?: { spelling: string; folded: string; key: string };
  private _key?: string; private _keyFolded?: string;
  /** What the workspace index knows of it as a one-word spelling (nameSpellings.ts readingFacts), 0 until asked. */
  ixFacts = 0;
  /** No article on it: names of people and brands take none. */
  readonly articled: boolean;
  private _rare?: boolean; private _plain?: boolean; private _nameLike?: boolean; private _articledName?: boolean; private _foreign?: number;
  readonly prefix: string; readonly stem: string; readonly folded: string; readonly full: string;
  private _candidate?: boolean;
  private _before?: number | null; private _after?: number | null;
  private _first?: boolean;
  private _head?: string; private _tail?: string; private _spelled?: string;
  private _markerKind?: number;
  /** What the transliteration rule knows of this reading's spelling, kept here because it asks for most names of
   * every document and a reading outlives the document: liftable, and the name evidence unmarked and marked. */
  lift?: boolean; ev0?: number; ev1?: number;
  /** And what may let it meet the workspace's spellings (transliteration.ts meetingFacts). */
  meet?: number;
  /** And what it knows of its key in the workspace index: the index's nameVersion when last asked (0 never), and the
   * key's handle then (WorkspaceView.nameKey; below 0: no file writes the key another way, transliteration.ts
   * hasRivals). */
  wsVersion = 0; wsKey = -1;
  /** The other files' spellings of the key that may be one name with its spelling, for that nameVersion
   * (transliteration.ts oneNameRivals; undefined until asked). */
  wsOne?: readonly string[] = undefined;
  /** What the workspace index knows of it as a word of a two-word mention (nameSpellings.ts partNameLike). */
  partLike?: boolean;
  constructor(s: Split, full: string) {
    this.prefix = s.prefix; this.stem = s.stem; this.folded = s.folded; this.full = full;
    this.articled = isArticlePrefix(s.prefix);
  }
  /** No ordinary word, or written with the article in the shape of a name that takes it (الكونغرس: lexicon.ts
   * articledNameShape), which the corpora's counts call ordinary. */
  get candidate(): boolean {
    return this._candidate ??= this.folded.length >= 2 && (!isOrdinaryWord(this.folded) || this.articledName);
  }
  /** Written with the article, in the shape of a name that takes it (lexicon.ts articledNameShape, articledNameForm). */
  get articledName(): boolean { return this._articledName ??= this.articled && (articledNameShape(this.folded) || articledNameForm(this.folded)); }
  /** The lexicons call it a name or say it looks transliterated (evidence ≥ 1): a part of a name written apart. */
  get nameLike(): boolean { return this._nameLike ??= lexicalNameEvidence(this.folded) >= 1; }
  /** A candidate that is also rare in the corpora (at most RARE_COUNT occurrences, with or without the article). */
  get rare(): boolean {
    if (this._rare === undefined) { const st = formStats(this.folded); this._rare = this.candidate && st.bare + st.withArticle <= RARE_COUNT; }
    return this._rare;
  }
  get keys(): { spelling: string; folded: string; key: string } { return this._keys ??= keysOf(this.stem); }
  /** keys.key and keys.folded, kept on the reading itself: the indexer asks them of every reading of every document,
   * and the keys object was one more load for each. */
  get key(): string { return this._key ??= this.keys.key; }
  get keyFolded(): string { return this._keyFolded ??= this.keys.folded; }
  /** polyHash of keys.key, kept: nameMentions and the indexer hash the key of every reading of every document. */
  get keyPoly(): number { return this._keyPoly ??= polyHash(this.keys.key); }
  /** polyHash of pairHead, of pairTail, and polyPower of pairTail's length (-1 until asked): what the key of two
   * joined words is hashed from (nameMentions asks it of most joined words of every document, where hashing the two
   * strings anew was a third of the pass over them). */
  get headPoly(): number { if (this._headPoly < 0) this._headPoly = polyHash(this.pairHead); return this._headPoly; }
  get tailPoly(): number { if (this._tailPoly < 0) { const t = this.pairTail; this._tailPoly = polyHash(t); this._tailPower = polyPower(t.length); } return this._tailPoly; }
  get tailPower(): number { return this.tailPoly >= 0 ? this._tailPower : 0; }
  private _headPoly = -1; private _tailPoly = -1; private _tailPower = 0;
  /** nameMentions' flags of it (CANDIDATE, LONG, NO_PREFIX; RARE_WORD, PLAIN_WORD, NAME_WORD: what the pass over
   * pairs asks of two joined words; MARKS and DISTINCTIVE: what a word beside a name is asked, markedAt and
   * neighbourAt), kept as one number (Words.flags): read for every word of every document,
   * where the candidate field, the folded stem's length and the prefix were three loads from two more objects. */
  get wordFlags(): number {
    if (this._flags < 0) {
      this._flags = (this.folded.length >= 2 ? LONG : 0) | (this.prefix ? 0 : NO_PREFIX) | (this.candidate ? CANDIDATE : 0) |
        (this.rare ? RARE_WORD : 0) | (this.plain ? PLAIN_WORD : 0) | (this.nameLike ? NAME_WORD : 0) |
        (this.marker || this.adjective || this.firstName ? MARKS : 0) | (this.distinctive() ? DISTINCTIVE : 0);
    }
    return this._flags;
  }
  private _flags = -1;
  /** Its folded spelling's stamp object (DocumentNames.writtenBare), once asked. */
  bareForm?: { doc: number } = undefined;
  /** No space or hyphen in the stem (nor whitespace a ligature expanded to): its pair keys compose (key.ts). */
  get plain(): boolean { return this._plain ??= !/[\s\-\u2010\u2011]/.test(this.stem); }
  /** The stem as a spelling (key.ts spellingKey of a plain stem: the letters of foreign sounds kept, ڤ not ف). */
  get spelled(): string { return this._spelled ??= foldLetterForms(this.stem); }
  /** Its part of the key of a pair it begins, and of one it ends (key.ts pairKeyHead/pairKeyTail). */
  get pairHead(): string { return this._head ??= pairKeyHead(this.stem); }
  get pairTail(): string { return this._tail ??= pairKeyTail(this.stem); }
  /** The stem and the spelled stem with a space after them: the spellings of a pair it begins (DocumentNames.pairSpelling, pairFolded). */
  get stemSpace(): string { return this._stemSpace ??= this.stem + ' '; }
  get spelledSpace(): string { return this._spelledSpace ??= this.spelled + ' '; }
  private _stemSpace?: string; private _spelledSpace?: string;
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
  get marker(): boolean { return this.markerKind !== 0; }
  /** What it marks the name after it as (lexicon.ts nameMarkerKind), when it is a marker. */
  get markerKind(): number { return this._markerKind ??= markerKindOf(this.full) || nameMarkerKind(this.folded); }
  /** A well-attested first name (not with the article), and not a word of ordinary text: one the corpora write more
   * than WORD_TO_NAME times as often as Wikidata counts people bearing it is the verb, noun or number it spells (كان
   * 717 against 20, الله 202 against 32, ألف 150 against 32, العربي), whatever word follows it (كان فردا, كان
   * دكتاتورا); the commonest first names stay far below (محمد 243 against 1,303, كيم 47 against 121). */
  get firstName(): boolean {
    if (this._first === undefined) {
      const wd = this.articled ? undefined : wikidataToken(this.folded);
      this._first = !!wd && wd.weight >= FIRST_NAME_WEIGHT && !isOrdinaryWord(this.folded) && !takesPronouns(this.folded) &&
        formStats(this.folded).bare <= WORD_TO_NAME * wd.weight;
    }
    return this._first;
  }
  /** How foreign its spelling looks (lexicon.ts foreignness). */
  get foreignness(): number { return this._foreign ??= foreignness(this.keys.folded); }
  /** An adjective with the article, such as of a name (الأمريكي). Kept: markedAt asks it of the word before every
   * candidate, where the test was a regex run per question. */
  get adjective(): boolean { return this._adjective ??= this.articled && (this.folded.endsWith('ي') || this.folded.endsWith('يه')); }
  private _adjective?: boolean;
}

/** The Arabic tokens of a document and the reading of each. `spellings` are the tokens' spelling ids. */
function readWords(tokens: TokenTable, spellings: SpellingIds): { words: Words; infos: WordInfo[]; firsts: Int32Array; singles: Int32Array; reading: Int32Array; pairs: Int32Array } {
  // sized once (a list grown word by word is copied a dozen times over a big text)
  const count = tokens.count, kinds = tokens.kinds;
  // (the numbers in one buffer: an ArrayBuffer is allocated outside the heap, one by one)
  const buffer = new ArrayBuffer(25 * count);
  const starts = new Int32Array(buffer, 0, count), ends = new Int32Array(buffer, 4 * count, count);
  // (of its Arabic tokens' length, counted first: made at the count of all tokens and cut, it was a third longer)
  let arabic = 0;
  for (let i = 0; i < count; i++) if (kinds[i] === ARABIC_TOKEN) arabic++;
  const infos: (WordInfo | undefined)[] = new Array(arabic);
  // each word's WordInfo.wordFlags, from its spelling's facts: nameMentions then loads the reading of a candidate only
  const flags = new Uint8Array(buffer, 24 * count, count);
  // the first word of each distinct spelling (by a stamp per spelling id): what is asked of a document's spellings
  // rather than of its words is asked of these
  const firsts = new Int32Array(buffer, 8 * count, count);
  let distinct = 0;
  let n = 0;
  // words whose reading depends on the document's forms, read once every form is known (`pending` of them, in the
  // scratch lists below)
  let pending = 0;
  const pendingWords = scratchWords, pendingEntries = scratchEntries;
  // (what is kept per spelling, form and key starts over with the readings, when the spelling table does)
  if (spellings.generation !== formsGeneration) {
    forms = new Map(); formDocs = new Uint32Array(1024); spellingFacts = new Uint32Array(3072);
    bareForms = new Map(); keyStamps = new Map(); bareStamper = undefined;
    formsGeneration = spellings.generation;
  }
  const slots = entries.for(spellings.generation), readings = firstReadings.for(spellings.generation), ids = spellings.ids;
  // the split that depends on the document's forms is chosen once per form and document (`doc` marks this reading,
  // and marks the forms the document writes: a store per distinct spelling, not a Set insert per distinct form)
  const doc = ++documentsRead;
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== ARABIC_TOKEN) continue;
    const id = ids[i];
    if (3 * id + 2 >= spellingFacts.length) growFacts(id);
    const facts = spellingFacts;
    let fact = facts[3 * id + 1];
    if (fact === 0) fact = facts[3 * id + 1] = factsOf(slots, readings, id, spellingOf(id));
    if (fact & ALWAYS) { infos[n] = readings[id]; flags[n] = fact & FACT_FLAGS; }
    else { pendingWords[pending] = n; pendingEntries[pending++] = slots[id]!; infos[n] = undefined; }
    // (a spelling's form stamped by its first word: its other words write the same)
    if (facts[3 * id] !== doc) { facts[3 * id] = doc; firsts[distinct++] = n; formDocs[facts[3 * id + 2]] = doc; }
    starts[n] = tokens.starts[i]; ends[n++] = tokens.ends[i];
  }
  for (let k = 0; k < pending; k++) {
    const e = pendingEntries[k];
    if (e.doc !== doc) { e.doc = doc; e.chosen = infoOf(e, chooseSplit(e, doc)); e.chosenFlags = e.chosen.wordFlags; }
    infos[pendingWords[k]] = e.chosen;
    flags[pendingWords[k]] = e.chosenFlags;
  }
  pendingEntries.fill(undefined as unknown as NormEntry, 0, pending);
  return { words: { starts: starts.subarray(0, n), ends: ends.subarray(0, n), flags: flags.subarray(0, n) }, infos: infos as WordInfo[], firsts: firsts.subarray(0, distinct),
    // (room for nameMentions' per-word lists, filled there)
    singles: new Int32Array(buffer, 12 * count, n), reading: new Int32Array(buffer, 16 * count, n), pairs: new Int32Array(buffer, 20 * count, n) };
}

/** Lists that readWords and nameMentions fill for one document and read, or copy at their length, before the next:
 * kept from document to document, where lists made per document and grown by push were copied over and over (and
 * what outlived the document, its readings, kept up to twice the room it needed). Written by index; the objects are
 * let go once the document's lists are copied out (a 10 MB file's readings must not outlive it). Pairs need none:
 * they are word indices in readWords' buffer (DocumentNames.pairs). */
const scratchWords: number[] = [];
const scratchEntries: NormEntry[] = [];
const scratchReadings: WordInfo[] = [];

function growFacts(id: number): void {
  const grown = new Uint32Array(Math.max(3 * id + 3, spellingFacts.length * 2));
  grown.set(spellingFacts);
  spellingFacts = grown;
}

/** Only a space or a hyphen between words a and b (one or two characters): they can belong to one name. */
function joined(text: string, words: Words, a: number, b: number): boolean {
  const from = words.ends[a], to = words.starts[b], len = to - from;
  return len >= 1 && len <= 2 && joinedGap(text, from, to);
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
function isSpaceAt(text: string, k: number): boolean { return isSpaceCode(text.charCodeAt(k)); }
function isHyphenAt(text: string, k: number): boolean { const c = text.charCodeAt(k); return c === 0x2d || c === 0x2010 || c === 0x2011; }

/** Is the word at i marked as a name by what stands around it, and as what: 0 not marked, lexicon.ts PERSON_MARK (a
 * title or role, or a first name, before it) or THING_MARK (a kind word before it: شركة, مدينة). */
function markedAt(words: Words, infos: readonly WordInfo[], i: number, text: string): number {
  if (infos[i].articled) return 0; // names of people and brands take no article
  // a title or kind word before it, possibly across up to two adjectives of names (وزير الخارجية الأمريكي X); a
  // kind word may stand before the name's opening quote (صحيفة «حريت», شركة "أبل")
  for (let j = i - 1, hops = 0; j >= 0 && hops < 3; j--, hops++) {
    // (a word that is none of these ends the search whatever the gap: told first, from the word's flags (MARKS) and
    // then its reading, since most words are none, and the gap costs two token reads and the reading a load)
    if (!(words.flags[j] & MARKS) || (hops > 0 && !infos[j].marker && !infos[j].adjective)) break;
    const { starts, ends } = words;
    if (!onlySpaces(text, ends[j], starts[j + 1])) {
      if (hops === 0 && infos[j].marker && openingQuote(text, ends[j], starts[j + 1]) && closingQuoteAt(text, ends[i])) return infos[j].markerKind;
      break;
    }
    const p = infos[j];
    // (a definite kind word after a title is the title's genitive, and the name after them a person's: لاعب المنتخب
    // التشيلي X; an indefinite one has the name as its own genitive: رئيس شركة تسلا. An indefinite title right before
    // the name may have it as its genitive too: مدرب ليفربول, سفير فرنسا, مؤسس أمازون; a person's or a thing's, then)
    if (p.marker) {
      if (p.markerKind === THING_MARK) return p.articled && j > 0 && infos[j - 1].markerKind === PERSON_MARK && onlySpaces(text, ends[j - 1], starts[j]) ? PERSON_MARK : THING_MARK;
      return hops === 0 && !p.articled ? PERSON_MARK | THING_MARK : p.markerKind;
    }
    if (hops === 0 && p.firstName) return PERSON_MARK;
    if (!p.adjective) break;
  }
  // a well-attested first name after it is no evidence (it is the next name); one before it is handled above
  return 0;
}

/** text[from, to), the gap of two joined words (joinedGap), is a hyphen alone: the words are joined into one name
 * (جونغ-أون). With a space beside it, it is a dash: punctuation between two phrases (أبوظبي - سكاي), read as a space. */
function hyphenIn(text: string, from: number, to: number): boolean {
  return to === from + 1 && isHyphenAt(text, from);
}

/** The name mentions of one document. A one-word mention is a word index until something asks for it (`mention`):
 * most words of a text are candidates and few are ever reported, and an object for each (with its neighbours, marks
 * and offsets worked out) was most of the name check's allocations, all kept as long as the Article. */
export class DocumentNames {
  /** The mentions made (mention, and pair under ~i), by word: made with the first (most documents never make one). */
  private made?: Map<number, NameMention>;
  /** Word i marked: 0 not yet asked, else 1 + its mark (markedAt: 1 no, 2 as a person, 3 as a thing; the index, the
   * rule and a mention ask it; each once). */
  private markedMemo?: Uint8Array;
  /** This document's number for the stamps of writtenBare (0 until first asked), and the stamps' map: that of the
   * spelling table's generation its words were read in, as their readings are. */
  private bareDoc = 0;
  private readonly bareForms = bareForms;
  /** The key stamps of that generation (WordInfo.keyStamp): the stamp of a two-word mention's key, if a reading has it. */
  readonly keyStamps: ReadonlyMap<string, KeyStamp> = keyStamps;
  constructor(
    readonly text: string,
    /** The Arabic words of the text, and the reading of each (index-aligned). */
    readonly words: Words, readonly infos: readonly WordInfo[],
    /** Word indexes of the one-word mentions (the candidate words), in text order. */
    readonly singles: Int32Array,
    /** The distinct readings of the candidate words, in order of first use, and each word's index in that list (-1
     * for a word that is no candidate): what a pass keeps per spelling goes in an array of its own indexed by it. */
    readonly readings: readonly WordInfo[], readonly reading: Int32Array,
    /** The two-word mentions, in text order, as the index of their first word (made into mentions only when asked:
     * `pair`; the index and the rule ask each for a few numbers and strings, and an object with three strings for
     * each, kept as long as the Article, was the most of what the index pass left for the collector to copy). */
    readonly pairs: Int32Array,
    /** The index of the first word of each distinct spelling (every word of one spelling has one reading in a
     * document). */
    private readonly firsts: Int32Array,
  ) {}
  /** Is word i marked as a name by what stands around it? */
  marked(i: number): boolean { return this.markKind(i) !== 0; }
  /** What word i is marked as: 0 nothing, lexicon.ts PERSON_MARK or THING_MARK (markedAt). */
  markKind(i: number): number {
    const memo = this.markedMemo ??= new Uint8Array(this.words.ends.length);
    return (memo[i] ||= markedAt(this.words, this.infos, i, this.text) + 1) - 1;
  }
  // (the neighbours below are worked out anew at each question, not kept in an array per word: few words are asked
  // twice, and two such arrays per document, kept with the Article from indexing to linting, were a tenth of what the
  // index pass left for the collector to copy)
  /** Word i's distinctive neighbours (see NameMention.ctx). */
  ctx(i: number): number[] { return contextOf(this.words, this.infos, i, 1, this.text); }
  /** ctx(i)'s hashes one at a time, the word before's then the word after's, -1 for none (no array made); of the
   * mention of `n` words from word i (n = 2: pair(i).ctx). */
  ctxBefore(i: number): number { return neighbourAt(this.words, this.infos, i - 1, '<', this.text, i) ?? -1; }
  ctxAfter(i: number, n = 1): number { return neighbourAt(this.words, this.infos, i + n, '>', this.text, i + n - 1) ?? -1; }
  /** ctx(i) is not empty. */
  hasCtx(i: number): boolean { return this.ctxBefore(i) >= 0 || this.ctxAfter(i) >= 0; }
  /** Word i's distinctive neighbours (see ctx) that are themselves names by the lexicons (WordInfo.nameLike, written
   * without the article): a first name, a surname, a place beside the name (بيجان نمدار, شختار دونيتسك). */
  namedCtx(i: number): number[] {
    const before = this.namedBefore(i), after = this.namedAfter(i);
    return before === undefined ? (after === undefined ? NO_CONTEXT : [after]) : after === undefined ? [before] : [before, after];
  }
  /** namedCtx(i) is not empty (no array made). */
  hasNamedCtx(i: number): boolean { return this.namedBefore(i) !== undefined || this.namedAfter(i) !== undefined; }
  /** Word i stands between two names: namedCtx(i) has both (no array made). */
  betweenNames(i: number): boolean { return this.namedBefore(i) !== undefined && this.namedAfter(i) !== undefined; }
  private namedBefore(i: number): number | undefined {
    const infos = this.infos;
    return i > 0 && this.words.flags[i - 1] & NAME_WORD && !infos[i - 1].articled ? neighbourAt(this.words, infos, i - 1, '<', this.text, i) : undefined;
  }
  private namedAfter(i: number): number | undefined {
    const infos = this.infos;
    return i + 1 < infos.length && this.words.flags[i + 1] & NAME_WORD && !infos[i + 1].articled ? neighbourAt(this.words, infos, i + 1, '>', this.text, i) : undefined;
  }
  /** Word i stands right beside a word the lexicons call a name that is not written with the article's letters (a
   * name the article cannot start: هازار in إدين هازار). Of a word before a definite noun the text says nothing: that
   * is a verb before its subject as often (وأدين الجندي, 'and the soldier was convicted'), though الجندي is also a
   * surname. Nor does a word before one that carries a clitic (دوليا وأدين): و, ف, ب, ل, ك begin another phrase, and
   * the words of one name are written without them between. The index keeps it per spelling and file to choose the
   * written form it offers (nameSpellings.ts). */
  besideName(i: number): boolean {
    if (!this.hasNamedCtx(i)) return false;
    const { words, infos, text } = this;
    return (i > 0 && !infos[i].prefix && bareName(infos[i - 1]) && neighbourAt(words, infos, i - 1, '<', text, i) !== undefined) ||
      (i + 1 < infos.length && bareName(infos[i + 1]) && neighbourAt(words, infos, i + 1, '>', text, i) !== undefined);
  }
  /** Does the text write `folded` (a folded spelling, NameMention.folded) without the article anywhere, as a name or
   * not (تلفزيون الدولة beside التلفزيون)? The forms written bare are listed once, when first asked. */
  writtenBare(folded: string): boolean {
    // (the forms written bare are stamped with this document's number, from one word of each spelling: its words all
    // read the same. A stamp on a form object each reading keeps, not a Set of the document's forms: a big text has
    // tens of thousands, and a Set of them cost more than every question asked of it. Stamped again when another
    // document has stamped since: the CLI asks a file while indexing it and again when linting it)
    if (bareStamper !== this) {
      bareStamper = this;
      const doc = this.bareDoc ||= ++bareDocuments, infos = this.infos, firsts = this.firsts;
      for (let k = 0; k < firsts.length; k++) {
        const info = infos[firsts[k]];
        if (!info.articled) (info.bareForm ??= bareFormIn(this.bareForms, info.keys.folded)).doc = doc;
      }
    }
    return this.bareForms.get(folded)?.doc === this.bareDoc;
  }
  /** The two-word mention from word i is the end of a name of three words whose last is a short syllable
   * (syllableAfterName). */
  syllableAfterName(i: number): boolean {
    return syllableAfterName(this.text, this.words, this.infos, i);
  }
  /** Where word i's name begins (after its clitics) and ends. */
  start(i: number): number { return stemStart(this.text, this.words, i, this.infos[i]); }
  end(i: number): number { return this.words.ends[i]; }
  /** The one-word mention of candidate word i, made once. */
  mention(i: number): NameMention {
    const made = this.made ??= new Map();
    let m = made.get(i);
    if (!m) {
      const info = this.infos[i], k = info.keys;
      made.set(i, m = {
        spelling: info.stem, folded: k.folded, key: k.key, start: this.start(i), end: this.end(i), prefix: info.prefix,
        token: i, words: 1, marked: this.marked(i), ctx: this.ctx(i), rare: info.rare,
      });
    }
    return m;
  }
  /** The two-word mention of words i and i + 1 (one of `pairs`), made once. */
  pair(i: number): NameMention {
    const made = this.made ??= new Map();
    let m = made.get(~i);
    if (!m) {
      const info = this.infos[i];
      made.set(~i, m = {
        spelling: this.pairSpelling(i), folded: this.pairFolded(i), key: this.pairKey(i), start: this.start(i), end: this.end(i + 1),
        prefix: info.prefix, token: i, words: 2, marked: false, ctx: contextOf(this.words, this.infos, i, 2, this.text), rare: this.pairRare(i),
      });
    }
    return m;
  }
  // (a pair's strings below are made at each question: each is asked once or twice of most pairs, and where both words
  // are plain, each is one concatenation of two strings the words keep (WordInfo.stemSpace, spelledSpace, pairHead,
  // pairTail): the next word has no clitics, so its stem is the word as written)
  /** pair(i).key, and its polyHash: told from numbers the words keep where both are plain (no string made). */
  pairKey(i: number): string {
    const a = this.infos[i], b = this.infos[i + 1];
    return a.plain && b.plain ? a.pairHead + b.pairTail : this.spacedKeys(i).key;
  }
  pairKeyHash(i: number): number {
    const a = this.infos[i], b = this.infos[i + 1];
    return a.plain && b.plain ? polyJoin(a.headPoly, b.tailPoly, b.tailPower) : polyHash(this.spacedKeys(i).key);
  }
  /** pair(i).folded, pair(i).spelling. */
  pairFolded(i: number): string {
    const a = this.infos[i], b = this.infos[i + 1];
    if (!a.plain || !b.plain) return this.spacedKeys(i).folded;
    return this.pairHyphened(i) ? a.spelled + '-' + b.spelled : a.spelledSpace + b.spelled;
  }
  pairSpelling(i: number): string {
    const a = this.infos[i], b = this.infos[i + 1];
    if (!a.plain || !b.plain) return this.spacedKeys(i).spelling;
    return this.pairHyphened(i) ? a.stem + '-' + b.stem : a.stemSpace + b.stem;
  }
  /** pair(i).folded has a hyphen: a hyphen alone joins words i and i + 1 (hyphenIn), since a word never holds one (no
   * string made). */
  pairHyphened(i: number): boolean { return hyphenIn(this.text, this.words.ends[i], this.words.starts[i + 1]); }
  /** pair(i).rare: both words are rare (WordInfo.rare, from the words' flags). */
  pairRare(i: number): boolean { return (this.words.flags[i] & this.words.flags[i + 1] & RARE_WORD) !== 0; }
  /** The keys of the pair from word i where a word is not plain (rare): those of its spelling as a whole (keysOf). */
  private spacedKeys(i: number): { spelling: string; folded: string; key: string } {
    return keysOf(`${this.infos[i].stem}${this.pairHyphened(i) ? '-' : ' '}${this.infos[i + 1].stem}`);
  }
  /** Every mention in text order, a word's one-word mention before the two-word one it begins. */
  all(): NameMention[] {
    const out: NameMention[] = [];
    this.inTextOrder(i => out.push(this.mention(i)), i => out.push(this.pair(i)));
    return out;
  }
  /** Walks the mentions in text order (a word's one-word mention before the two-word one it begins), as the index of
   * their first word. */
  inTextOrder(single: (word: number) => void, pair: (word: number) => void): void {
    const { singles, pairs } = this;
    let p = 0;
    for (let s = 0; s < singles.length; s++) {
      while (p < pairs.length && pairs[p] < singles[s]) pair(pairs[p++]);
      single(singles[s]);
    }
    while (p < pairs.length) pair(pairs[p++]);
  }
}

/** A word the lexicons call a name, written without the article or its letters (DocumentNames.besideName; a function,
 * not a closure made per question: the index asks for most kept spellings of every file). */
function bareName(info: WordInfo): boolean {
  return info.nameLike && !info.articled && !ARTICLE.test(info.full);
}

/** Each letter-folded spelling (NameMention.folded) a one-word reading has, as the object DocumentNames.writtenBare
 * stamps: one per spelling, started over with the readings (readWords), which keep theirs (WordInfo.bareForm). */
let bareForms = new Map<string, { doc: number }>();
function bareFormIn(forms: Map<string, { doc: number }>, folded: string): { doc: number } {
  let f = forms.get(folded);
  if (!f) forms.set(folded, f = { doc: 0 });
  return f;
}
/** The documents writtenBare has stamped, numbered, and the last to stamp. */
let bareDocuments = 0;
let bareStamper: DocumentNames | undefined;

/** Word flags of nameMentions: a candidate, a folded form of two letters or more, no clitic prefix; rare, plain and a
 * name by the lexicons (WordInfo.rare, plain, nameLike). */
const CANDIDATE = 1, LONG = 2, NO_PREFIX = 4, RARE_WORD = 8, PLAIN_WORD = 16, NAME_WORD = 32;
/** And what markedAt and neighbourAt ask of a word beside a name: it may mark one (a marker, an adjective or a first
 * name: WordInfo.marker, adjective, firstName), it is distinctive (a neighbour hash, WordInfo.hashBefore). */
const MARKS = 64, DISTINCTIVE = 128;

/** Each transliteration key of a one-word reading, as the object the transliteration rule stamps (made by nameMentions
 * for each candidate's reading): one per key, started over with the readings (readWords), which keep theirs
 * (WordInfo.keyStamp). */
let keyStamps = new Map<string, KeyStamp>();
/** A key's stamp: the document the rule last grouped and the group of that key there (a store on the stamp, not a
 * Map of the document's keys). */
export interface KeyStamp { doc: number; group: number }
function stampIn(stamps: Map<string, KeyStamp>, key: string): KeyStamp {
  let s = stamps.get(key);
  if (!s) stamps.set(key, s = { doc: 0, group: 0 });
  return s;
}

/** Numbers the documents nameMentions reads (WordInfo.pass). */
let passes = 0;

/** The name mentions of an Article, computed once and shared by the rule and the workspace indexer (the CLI indexes
 * and lints the same Article). */
const articleCache = new WeakMap<object, DocumentNames>();
export function articleMentions(article: { text: string; tokenTable: TokenTable; spellings: SpellingIds }): DocumentNames {
  let m = articleCache.get(article);
  if (!m) articleCache.set(article, m = nameMentions(article.text, article.tokenTable, article.spellings));
  return m;
}

/** One mention per candidate word, and a two-word mention where two joined words may be one name written apart
 * (فيس بوك beside فيسبوك, بيونغ يانغ beside بيونغيانغ). */
export function nameMentions(text: string, tokens: TokenTable, spellings: SpellingIds): DocumentNames {
  const { words, infos, firsts, singles, reading, pairs } = readWords(tokens, spellings), flags = words.flags;
  reading.fill(-1);
  // (what the pairs below first ask of each word is in `flags`: the pass over pairs skips most of them on these bytes
  // without loading two readings each)
  const found = scratchReadings;
  let count = 0, readingCount = 0;
  const pass = ++passes;
  for (let i = 0; i < infos.length; i++) {
    if (flags[i] & CANDIDATE) {
      const info = infos[i];
      singles[count++] = i;
      // (its key's stamp made for the rule: KeyStamp)
      if (info.pass !== pass) { info.pass = pass; info.local = readingCount; found[readingCount++] = info; info.keyStamp ??= stampIn(keyStamps, info.keys.key); }
      reading[i] = info.local;
    }
  }
  const readings = found.slice(0, readingCount);
  // Two joined words are a mention only where someone can use it (about one adjacent pair in ten): the rule, when the
  // document writes a name of that key as one word or both words are rare (the workspace may write it as one word);
  // the workspace index, when both words look like parts of a name (nameSpellings.ts nameLike). The rest are never
  // read, and making them was a third of the rule's allocations.
  let pairCount = 0;
  // (the document's keys by hash, each with a reading of it, in a table small enough to stay in cache: a pair's key
  // is hashed from numbers its words keep, without making the string, which is made only for a hash the document has)
  keyReadings.reset(readings.length);
  for (let r = 0; r < readings.length; r++) keyReadings.add(readings[r].keyPoly, r);
  for (let i = 0; i + 1 < infos.length; i++) {
    // a name written apart may have a part that is a word on its own (آي فون beside آيفون): one candidate is enough,
    // since a two-word spelling only joins a group that has a one-word spelling with its key
    const f = flags[i], g = flags[i + 1];
    if (!(g & NO_PREFIX) || !(f & LONG) || !(g & LONG) || !((f | g) & CANDIDATE)) continue;
    if (!joined(text, words, i, i + 1)) continue;
    // (rare, plain and nameLike of both words from their flags: the readings are loaded only for the tests after)
    const both = f & g, rare = (both & RARE_WORD) !== 0;
    if (both & PLAIN_WORD && !rare && !(both & NAME_WORD) &&
      !writesPairKey(keyReadings, readings, infos[i], infos[i + 1]) &&
      !(f & NO_PREFIX && syllableAfterName(text, words, infos, i))) continue;
    pairs[pairCount++] = i;
  }
  // (the scratch lets go of readings the spelling table may have started over without)
  found.fill(undefined as unknown as WordInfo, 0, readingCount);
  return new DocumentNames(text, words, infos, singles.subarray(0, count), readings, reading, pairs.subarray(0, pairCount), firsts);
}

/** The keys of the document being read (nameMentions), filed by polyHash with a reading of each: one table emptied
 * for each document, where one made for each was an allocation of a typed array per document. */
const keyReadings = new HashIndex32();

/** A candidate reading of the document (`readings`, filed by keyPoly in `index`) has the key of the plain words
 * `first` and `next` written apart (DocumentNames.pairKey). */
function writesPairKey(index: HashIndex32, readings: readonly WordInfo[], first: WordInfo, next: WordInfo): boolean {
  const r = index.get(polyJoin(first.headPoly, next.tailPoly, next.tailPower));
  if (r < 0) return false;
  const key = first.pairHead + next.pairTail;
  if (readings[r].keys.key === key) return true;
  // (another key of the document has that hash: its other readings asked one by one, which is rare)
  for (let x = 0; x < readings.length; x++) if (readings[x].keys.key === key) return true;
  return false;
}

/** Letters at most of a syllable of a name written apart (Korean and Chinese given names: جاي-إن, جونغ-أون), which may
 * also be a short Arabic word (إن, أن, من). */
export const SYLLABLE = 3;

/** Words i and i + 1 may be the end of a name of three words whose last is a syllable that is also a short word (مون
 * جاي إن beside مون جاي-ان): word i and the word before it are names by the lexicons (WordInfo.nameLike), written
 * without the article or a clitic and joined by a space, and word i + 1 has SYLLABLE letters at most and no clitic. A
 * name of three words whose last is such a syllable is rare, and so is a name followed by a short word after another
 * name; the transliteration rule asks more of it (a hyphen in one spelling, the same word before both). */
export function syllableAfterName(text: string, words: Words, infos: readonly WordInfo[], i: number): boolean {
  if (i < 1 || i + 1 >= infos.length) return false;
  // (what the three words' flags tell first: most fail on them, and the readings are then not loaded; no clitic
  // prefix, so no article)
  const fl = words.flags;
  if (!(fl[i] & fl[i - 1] & NAME_WORD) || !(fl[i - 1] & fl[i] & fl[i + 1] & NO_PREFIX)) return false;
  const next = infos[i + 1];
  return next.folded.length <= SYLLABLE && spaceGap(text, words.ends[i - 1], words.starts[i]) &&
    joined(text, words, i, i + 1);
}

/** Where word i's name begins: after its clitic prefix (the prefix is cleaned text; the word may carry diacritics). */
function stemStart(text: string, words: Words, i: number, info: WordInfo): number {
  return info.prefix ? stemOffset(text, words.starts[i], words.ends[i], info.prefix) : words.starts[i];
}

/** Where the stem of the word text[start, end) begins after `prefix` (read from the text: no slice of the word). */
function stemOffset(text: string, start: number, end: number, prefix: string): number {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const isLetter = (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
    if (isLetter) { if (letters === prefix.length) return k; letters++; }
    // a presentation form (ﺑﻤﺮﻳﺲ) is as many letters as it cleans to (a ligature, ﻻ, is two); missing them put the name
    // after the whole word, an empty span
    else if (isPresentationForm(c)) { if (letters >= prefix.length) return k; letters += cleanWord(text[k]).replace(/\s/g, '').length; }
  }
  return end;
}
