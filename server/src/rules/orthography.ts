// orthography: one word written with different letter forms in one document (final ى/ي, ة/ه, a hamza carrier
// written in some places and dropped in others, Persian letters inside Arabic words, tatweel used for stretching,
// mixed digit systems in one number). The fix rewrites the minority form to the document's majority form.
import { clean, foldLetters } from '../arabic/normalize';
import { FOREIGN_SOUND_LETTERS, PERSIAN_LETTERS, isArabicIndicDigit, isAsciiDigit, TATWEEL } from '../arabic/letters';
import { ARABIC_TOKEN, NUMBER_TOKEN, type TokenTable } from '../arabic/tokenize';
import { SpellingSlots, spellingOf } from '../arabic/spellingIds';
import type { Article } from '../engine/article';
import type { Fix, Rule, RuleFinding, TextEdit } from '../engine/types';
import distinct from '../lexicons/orthography-distinct.json';

type Kind = 'final-ya' | 'ta-marbuta' | 'hamza' | 'persian' | 'tatweel' | 'digits';

const KIND_LABEL: Record<Kind, { en: string; ar: string }> = {
  'final-ya': { en: 'final ى/ي', ar: 'الألف المقصورة والياء' },
  'ta-marbuta': { en: 'ة/ه', ar: 'التاء المربوطة والهاء' },
  hamza: { en: 'hamza', ar: 'الهمزة' },
  persian: { en: 'Persian letters', ar: 'حروف فارسية' },
  tatweel: { en: 'tatweel', ar: 'التطويل' },
  digits: { en: 'mixed digits', ar: 'أرقام مختلطة' },
};

/** Forms that fold together but are different words: never unified. Keyed by each form. */
const DISTINCT = new Map<string, Set<string>>();
for (const g of distinct.groups) { const s = new Set(g); for (const f of g) DISTINCT.set(f, s); }
/** Bare-alef spellings that could stand for more than one of those words (ان: أن or إن), so no target is safe. */
const AMBIGUOUS_BARE = new Set<string>();
for (const g of distinct.groups) {
  const keys = g.map(f => foldLetters(f));
  keys.forEach((k, i) => { if (keys.indexOf(k) !== i) AMBIGUOUS_BARE.add(g[i].replace(/[أإآ]/g, 'ا')); });
}

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ']);
/** Persian letters by code unit: 1 for every key of PERSIAN_LETTERS, 2 (and 1) for the slips among them; گ پ چ ڤ
 * spell foreign sounds in names and stay. A table, because every distinct word of a document is tested. */
const PERSIAN = 1, PERSIAN_SLIP = 2;
const PERSIAN_CODES = new Uint8Array(0x10000);
for (const ch of Object.keys(PERSIAN_LETTERS)) PERSIAN_CODES[ch.charCodeAt(0)] = FOREIGN_SOUND_LETTERS.includes(ch) ? PERSIAN : PERSIAN | PERSIAN_SLIP;
function hasPersian(s: string, flag: number, from = 0): boolean {
  for (let i = from; i < s.length; i++) if (PERSIAN_CODES[s.charCodeAt(i)] & flag) return true;
  return false;
}
/** What may stand before the first letter of a word: nothing, or clitics (conjunction, preposition, article). */
const WORD_START_PREFIXES = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال']);
/** A final ه after the article cannot be the pronoun "his" (المدينه), so there it is a slip for ة. Without the
 * article the two are often different words (صوره his pictures / صورة picture). */
const DEFINITE = /^(?:[وف]?(?:[بك]?ال|لل))/;
const CLITIC_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/** A word of a spelling reported: its offsets in the text (a token's), its prefix and stem. */
interface Occurrence { start: number; end: number; prefix: string; stem: string; index: number }

/** Classify the difference between two stems of equal folded key; undefined when they must not be unified. */
function differenceKind(a: string, b: string): Kind | undefined {
  if (a.length !== b.length) return undefined;
  let kind: Kind | undefined;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    let k: Kind;
    if ((x === 'ى' && y === 'ي') || (x === 'ي' && y === 'ى')) { if (i !== a.length - 1) return undefined; k = 'final-ya'; }
    else if ((x === 'ة' && y === 'ه') || (x === 'ه' && y === 'ة')) {
      if (i !== a.length - 1) return undefined;
      k = 'ta-marbuta';
    }
    else if ((HAMZA_ALEFS.has(x) && y === 'ا') || (x === 'ا' && HAMZA_ALEFS.has(y))) {
      // Dropping the hamza is an informal habit at the start of a word (احمد, الى, الاسعار); inside a word the two
      // spellings are usually different words (كأن/كان, سأل/سال).
      if (!WORD_START_PREFIXES.has(a.slice(0, i))) return undefined;
      k = 'hamza';
    }
    else if (HAMZA_ALEFS.has(x) && HAMZA_ALEFS.has(y)) return undefined; // أن/إن: grammar, not spelling
    // گ پ چ ڤ against the Arabic letter (ڤينسانت/فينسانت) is a name spelled two ways: the transliteration rule's
    else if (FOREIGN_SOUND_LETTERS.includes(x) || FOREIGN_SOUND_LETTERS.includes(y)) return undefined;
    else if (PERSIAN_LETTERS[x] || PERSIAN_LETTERS[y]) k = 'persian';
    else return undefined;
    if (kind && kind !== k) kind = k === 'persian' || kind === 'persian' ? 'persian' : kind; else kind = k;
  }
  return kind;
}

function isDistinct(a: string, b: string): boolean {
  const g = DISTINCT.get(a);
  return !!g && g.has(b);
}

/** How standard a form is, for ties: written hamza, ة and Arabic letters beat their informal counterparts. */
function standardness(s: string): number {
  let n = 0;
  for (const ch of s) { if (HAMZA_ALEFS.has(ch) || ch === 'ة') n++; if (PERSIAN_LETTERS[ch]) n -= 5; }
  return n;
}

/** Edits that turn the letters of the token text[start, end) into `target` (same folded length), touching only
 * differing letters so that diacritics and everything else stay byte-for-byte. */
function letterEdits(text: string, start: number, end: number, prefixLen: number, target: string): TextEdit[] {
  const c = clean(text.slice(start, end));
  const edits: TextEdit[] = [];
  for (let i = 0; i < target.length; i++) {
    const k = prefixLen + i;
    if (c.text[k] === target[i]) continue;
    // One original character can stand for several cleaned ones (the lam-alef ligature ﻻ is ل + ا): replace the
    // whole character with everything it stands for, so no letter of it is lost.
    const orig = c.map[k];
    let first = k, last = k;
    while (first > 0 && c.map[first - 1] === orig) first--;
    while (last + 1 < c.text.length && c.map[last + 1] === orig) last++;
    let newText = '';
    for (let j = first; j <= last; j++) newText += j >= prefixLen && j - prefixLen < target.length ? target[j - prefixLen] : c.text[j];
    const at = start + orig;
    if (!edits.length || edits[edits.length - 1].start !== at) edits.push({ start: at, end: at + 1, newText });
    i = last - prefixLen;
  }
  return edits;
}

/** What checkWordForms knows of one distinct spelling (token norm) beyond the numbers in Forms: read only for the few
 * spellings a document groups, weighs or fixes. `prefix`, `stem` and `count` are the document's, set when grouped. */
interface Spelling {
  /** Its spelling id: where its record is in Forms.spellings. */
  id: number;
  norm: string;
  anna: RegExpExecArray | null;
  prefix: string;
  stem: string;
  count: number;
  /** The occurrences of its stem in its group, when that stem is a minority form to report (wordForms). */
  occs?: Occurrence[];
}

/** Spellings by spelling id (arabic/spellingIds): one array load, not a Map lookup. */
const spellingSlots = new SpellingSlots<Spelling>();
/** Numbers the documents read, for the DOC and F_WRITTEN / F_STEMS_DOC fields. 0 is never a document. */
let documentsRead = 0;
/** A spelling's state (Forms.states), in bits: met (KNOWN), a word here (WORD), its letters (HAS_PERSIAN…), and
 * whether a document must count it: RELEVANT when one of the forms it may be a stem of is written with two stems
 * somewhere (the only way into a group of several stems), MARKS when its form is a stem some RELEVANT or Persian
 * spelling may cut a prefix down to. Most words are neither: a document reads one number of theirs per token and
 * nothing more. LISTED is set while a document is read on the spellings whose occurrences it lists (Spelling.occs). */
const KNOWN = 1, WORD = 2, HAS_PERSIAN = 4, HAS_SLIP = 8, PERSIAN_WORD = 16, ANNA_LIKE = 32, RELEVANT = 64, MARKS = 128, LISTED = 256;
/** An ANNA_LIKE spelling that is a bare ان(ه/ها…) not after و: one bareAnna may weigh (see mayWeigh). MIXED_DIGITS: a
 * spelling (not a word) with both Arabic-Indic and Latin digits; cleaning keeps digits, so a token whose text mixes
 * them has a spelling that does, and a document with no such spelling needs no look at its numbers (checkDigits). */
const BARE_ANNA = 512, MIXED_DIGITS = 1024;
/** The spellings whose cut (markStems) a document needs, and those it counts. PERSIAN_WORD implies HAS_PERSIAN. */
const NEEDS_CUT = RELEVANT | HAS_PERSIAN, COUNTED = NEEDS_CUT | MARKS | ANNA_LIKE;
/** A counted spelling's record in Forms.spellings: the document that last counted it and its count there; its own
 * form (a number); where its candidates are in Forms.candidates; the candidate the document cuts it to (markStems);
 * and for an ANNA_LIKE spelling, its key's number (annaKeyNumber). */
const DOC = 0, COUNT = 1, FORM = 2, CANDIDATES = 3, CANDIDATES_END = 4, CUT = 5, ANNA_KEY = 6, SPELLING_FIELDS = 7;
/** A candidate in Forms.candidates: a folded form a spelling may be a stem of (its own, then one per clitic prefix it
 * may carry, in the order they are tried), the prefix's length (0 for its own), the stem (unfolded, a number), the
 * spelling, and the previous candidate of the same form (-1 for none). */
const C_FORM = 0, C_LENGTH = 1, C_STEM = 2, C_SPELLING = 3, C_NEXT = 4, CANDIDATE_FIELDS = 5;
/** A form's record in Forms.forms: the document that last wrote it as a word (told by MARKS spellings only); the
 * document that last grouped stems under it, and the stem (a number) that document grouped, NO_STEM before the first,
 * SEVERAL_STEMS once it grouped two; the same over every spelling ever met (F_STEM: SEVERAL_STEMS makes its
 * spellings RELEVANT); its last candidate; and 1 once it is a prefix candidate of a spelling that needs its cut. */
const F_WRITTEN = 0, F_STEMS_DOC = 1, F_STEMS = 2, F_STEM = 3, F_LAST = 4, F_MARKED = 5, FORM_FIELDS = 6, NO_STEM = -1, SEVERAL_STEMS = -2;

/** What checkWordForms needs of every distinct spelling of a document, and of every folded form, as numbers: a state
 * per spelling id, and one record (a few neighbouring numbers of one typed array) per counted spelling and per form.
 * A short article writes most of its words once, so the work per document is work per distinct spelling; and a word
 * whose forms were never written two ways cannot be in a finding's group, so it costs one state read a token. Started
 * over with the spelling slots (a new generation). */
class Forms {
  states = new Uint16Array(1024);
  spellings = new Int32Array(1024 * SPELLING_FIELDS);
  forms = new Int32Array(1024 * FORM_FIELDS);
  candidates = new Int32Array(4096 * CANDIDATE_FIELDS);
  private candidatesUsed = 0;
  readonly formNames: string[] = [];
  private readonly formNumbers = new Map<string, number>();
  private readonly stemNumbers = new Map<string, number>();
  /** States changed of spellings met before (a new spelling can make them RELEVANT or MARKS): a document read while
   * one changed is counted again (countArticle). */
  changes = 0;
  private adding = -1;

  constructor(readonly generation: number) {}

  /** Room for the spelling ids below n. */
  makeRoom(n: number): void {
    if (this.states.length < n) {
      const states = new Uint16Array(Math.max(n, 2 * this.states.length));
      states.set(this.states);
      this.states = states;
      this.spellings = grown(this.spellings, states.length * SPELLING_FIELDS);
    }
  }

  /** Number a spelling met for the first time (that of a token of kind `kind`), give it its Spelling when it is a
   * word here, and return its state. */
  add(kind: number, id: number, slots: (Spelling | undefined)[]): number {
    const norm = spellingOf(id);
    if (kind !== ARABIC_TOKEN || norm.length < 2) return this.states[id] = KNOWN | (mixesDigits(norm) ? MIXED_DIGITS : 0);
    const bare = foldLetters(norm), persian = hasPersian(norm, PERSIAN), anna = ANNA_RE.exec(norm);
    this.states[id] = KNOWN | WORD | (persian ? HAS_PERSIAN : 0) | (persian && hasPersian(norm, PERSIAN_SLIP) ? HAS_SLIP : 0) |
      (persian && /[یکۀھے]/.test(norm) ? PERSIAN_WORD : 0) | (anna ? ANNA_LIKE : 0) | (anna && anna[2][0] === 'ا' && anna[1] !== 'و' ? BARE_ANNA : 0);
    slots[id] = { id, norm, anna, prefix: '', stem: norm, count: 0, occs: undefined };
    const at = id * SPELLING_FIELDS, form = this.formNumber(bare), first = this.candidatesUsed;
    this.addCandidate(id, form, 0, this.stemNumber(norm));
    for (const p of CLITIC_PREFIXES) {
      // a one-letter clitic before a two-letter stem is more often part of the word (كان, لان, بان); folding maps
      // letter to letter, so the folded stem is a slice of `bare`
      if (norm.length - p.length >= (p.length === 1 ? 3 : 2) && norm.startsWith(p)) {
        this.addCandidate(id, this.formNumber(bare.slice(p.length)), p.length, this.stemNumber(norm.slice(p.length)));
      }
    }
    const r = this.spellings;
    r[at + FORM] = form; r[at + CANDIDATES] = first; r[at + CANDIDATES_END] = this.candidatesUsed;
    if (anna) r[at + ANNA_KEY] = annaKeyNumber(anna[2]);
    this.adding = id;
    for (let c = first; c < this.candidatesUsed; c += CANDIDATE_FIELDS) this.addStem(c);
    if (this.forms[form * FORM_FIELDS + F_MARKED]) this.states[id] |= MARKS;
    if (this.states[id] & HAS_PERSIAN) this.markPrefixForms(id);
    this.adding = -1;
    return this.states[id];
  }

  /** The form a spelling is a stem of in the document, and the length of the prefix it cuts off (see markStems). */
  keyOf(id: number): number { return this.candidates[this.spellings[id * SPELLING_FIELDS + CUT] + C_FORM]; }
  cutOf(id: number): number { return this.candidates[this.spellings[id * SPELLING_FIELDS + CUT] + C_LENGTH]; }
  count(id: number): number { return this.spellings[id * SPELLING_FIELDS + COUNT]; }

  private addCandidate(id: number, form: number, length: number, stem: number): void {
    if (this.candidatesUsed + CANDIDATE_FIELDS > this.candidates.length) this.candidates = grown(this.candidates, 2 * this.candidates.length);
    const c = this.candidatesUsed, last = form * FORM_FIELDS + F_LAST;
    this.candidates[c + C_FORM] = form; this.candidates[c + C_LENGTH] = length; this.candidates[c + C_STEM] = stem;
    this.candidates[c + C_SPELLING] = id; this.candidates[c + C_NEXT] = this.forms[last];
    this.forms[last] = c;
    this.candidatesUsed += CANDIDATE_FIELDS;
  }

  /** Candidate c's stem under its form: the form's second stem makes every spelling that may be a stem of it RELEVANT. */
  private addStem(c: number): void {
    const cs = this.candidates, f = cs[c + C_FORM] * FORM_FIELDS, stem = cs[c + C_STEM], known = this.forms[f + F_STEM];
    if (known === NO_STEM) this.forms[f + F_STEM] = stem;
    else if (known === SEVERAL_STEMS) this.makeRelevant(cs[c + C_SPELLING]);
    else if (known !== stem) {
      this.forms[f + F_STEM] = SEVERAL_STEMS;
      for (let e = this.forms[f + F_LAST]; e >= 0; e = cs[e + C_NEXT]) this.makeRelevant(cs[e + C_SPELLING]);
    }
  }

  private makeRelevant(id: number): void {
    const s = this.states[id];
    if (s & RELEVANT) return;
    this.setState(id, RELEVANT);
    if (!(s & HAS_PERSIAN)) this.markPrefixForms(id);
  }

  /** A spelling needs its cut: whether the stems its prefixes leave are written in a document, so the spellings of
   * those forms are counted (MARKS), those met so far and those to come. */
  private markPrefixForms(id: number): void {
    const at = id * SPELLING_FIELDS, cs = this.candidates;
    for (let c = this.spellings[at + CANDIDATES] + CANDIDATE_FIELDS, end = this.spellings[at + CANDIDATES_END]; c < end; c += CANDIDATE_FIELDS) {
      const f = cs[c + C_FORM] * FORM_FIELDS;
      if (this.forms[f + F_MARKED]) continue;
      this.forms[f + F_MARKED] = 1;
      for (let e = this.forms[f + F_LAST]; e >= 0; e = cs[e + C_NEXT]) if (cs[e + C_LENGTH] === 0) this.setState(cs[e + C_SPELLING], MARKS);
    }
  }

  private setState(id: number, bit: number): void {
    if (this.states[id] & bit) return;
    this.states[id] |= bit;
    if (id !== this.adding) this.changes++;
  }

  private formNumber(form: string): number {
    let n = this.formNumbers.get(form);
    if (n === undefined) {
      this.formNumbers.set(form, n = this.formNames.length);
      this.formNames.push(form);
      if ((n + 1) * FORM_FIELDS > this.forms.length) this.forms = grown(this.forms, 2 * this.forms.length);
      const f = n * FORM_FIELDS;
      this.forms[f + F_STEM] = NO_STEM; this.forms[f + F_LAST] = -1;
    }
    return n;
  }

  private stemNumber(stem: string): number {
    let n = this.stemNumbers.get(stem);
    if (n === undefined) this.stemNumbers.set(stem, n = this.stemNumbers.size);
    return n;
  }
}

/** A copy of `a` with room for n numbers. */
function grown(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

let table = new Forms(-1);

/** The spellings a document counts, each list in order of first use. */
interface Counted {
  /** Those whose cut markStems finds (NEEDS_CUT). */
  cut: number[];
  /** Bare or hamza-written ان(ه/ها…) (ANNA_LIKE), for bareAnna. */
  annas: number[];
  /** Those with letters of Persian words (PERSIAN_WORD), for isMostlyPersian. */
  persian: number[];
  /** The states of the other tokens' spellings, OR-ed: MIXED_DIGITS if any has it. */
  uncounted: number;
}

/** Count the article's spellings (see countSpellings) as the document `doc`. */
function countArticle(article: Article): { counted: Counted; doc: number } {
  // News text repeats its words (Zipf): work per distinct spelling, not per token (a state read per token).
  const { ids, generation } = article.spellings, kinds = article.tokenTable.kinds;
  const slots = spellingSlots.for(generation);
  if (table.generation !== generation) table = new Forms(generation);
  const f = table;
  f.makeRoom(slots.length);
  // a spelling met first in this document can make one met before RELEVANT or MARKS after its tokens went by
  // uncounted: then the document is counted again (there is nothing new to meet the second time)
  for (;;) {
    const changes = f.changes, doc = ++documentsRead;
    const counted = countSpellings(f, ids, kinds, slots, doc);
    if (f.changes === changes) return { counted, doc };
  }
}

function checkWordForms(article: Article, counted: Counted, doc: number): RuleFinding[] {
  const { ids } = article.spellings, f = table;
  if (isMostlyPersian(f, counted.persian, ids)) return [];
  return wordForms(article, new DocWords(article.text, article.tokenTable, ids, spellingSlots.for(f.generation), f.states), counted, doc);
}

/** Count the document's tokens of counted spellings (COUNTED), stamping their records with the document. */
function countSpellings(f: Forms, ids: Int32Array, kinds: Uint8Array, slots: (Spelling | undefined)[], doc: number): Counted {
  const out: Counted = { cut: [], annas: [], persian: [], uncounted: 0 };
  const r = f.spellings;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let s = f.states[id];
    if (s === 0) s = f.add(kinds[i], id, slots);
    if (!(s & COUNTED)) { out.uncounted |= s; continue; }
    const at = id * SPELLING_FIELDS;
    if (r[at + DOC] === doc) { r[at + COUNT]++; continue; }
    r[at + DOC] = doc; r[at + COUNT] = 1;
    if (s & MARKS) f.forms[r[at + FORM] * FORM_FIELDS + F_WRITTEN] = doc;
    if (s & NEEDS_CUT) out.cut.push(id);
    if (s & ANNA_LIKE) out.annas.push(id);
    if (s & PERSIAN_WORD) out.persian.push(id);
  }
  return out;
}

/** The document being read: its tokens, their spelling ids, the spellings and their states. A token is one of its
 * words (an Arabic token of two letters or more) when its spelling's state says WORD: the passes that need the words
 * token by token (a form to report, a Persian slip, a bare ان to weigh; most documents need none) read the tokens
 * through that, with no list of them made. */
class DocWords {
  constructor(readonly text: string, readonly tokens: TokenTable, readonly ids: Int32Array,
    readonly slots: (Spelling | undefined)[], private readonly states: Uint16Array) {}

  /** Token i's spelling's state (WORD when the token is a word). */
  stateAt(i: number): number { return this.states[this.ids[i]]; }
  spellingAt(i: number): Spelling { return this.slots[this.ids[i]]!; }
}

/** Which prefix each spelling that needs it cuts off (the CUT field: a candidate), and with which stems it writes
 * each form (F_STEMS). A clitic prefix is cut off when the stem left is itself one of the document's words (the
 * first such prefix, in the order tried). Only RELEVANT spellings can write a form two ways, so only they, and the
 * Persian ones, are asked; the forms their prefixes leave were stamped F_WRITTEN by their MARKS spellings. */
function markStems(f: Forms, cut: number[], doc: number): void {
  const { spellings: r, forms, candidates: cs } = f;
  for (let k = 0; k < cut.length; k++) {
    const at = cut[k] * SPELLING_FIELDS;
    let c = r[at + CANDIDATES];
    for (let p = c + CANDIDATE_FIELDS, end = r[at + CANDIDATES_END]; p < end; p += CANDIDATE_FIELDS) {
      if (forms[cs[p + C_FORM] * FORM_FIELDS + F_WRITTEN] === doc) { c = p; break; }
    }
    r[at + CUT] = c;
    const key = cs[c + C_FORM] * FORM_FIELDS, stem = cs[c + C_STEM];
    if (forms[key + F_STEMS_DOC] !== doc) { forms[key + F_STEMS_DOC] = doc; forms[key + F_STEMS] = stem; }
    else if (forms[key + F_STEMS] !== stem) forms[key + F_STEMS] = SEVERAL_STEMS;
  }
}

function wordForms(article: Article, docWords: DocWords, counted: Counted, doc: number): RuleFinding[] {
  const f = table;
  markStems(f, counted.cut, doc);
  const groups = groupsOf(f, docWords.slots, counted.cut);
  // a spelling kept for the next document must not hold this one's tokens (through occs)
  try { return compareForms(article, docWords, counted, groups); } finally {
    for (const group of groups.values()) for (const sp of group) { sp.occs = undefined; table.states[sp.id] &= ~LISTED; }
  }
}

/** Groups of distinct spellings (those whose cut was found), not of tokens, by the form they are stems of: the
 * condition and the counts are a spelling's, and a big text has tens of thousands of tokens in groups (an object
 * each); tokens are listed only for the forms reported (compareForms). Spellings are in order of first use, so groups
 * and their stems keep the order of first occurrence. A grouped spelling is given the document's prefix, stem and
 * count. */
function groupsOf(f: Forms, slots: (Spelling | undefined)[], cutIds: number[]): Map<string, Spelling[]> {
  const groups = new Map<string, Spelling[]>();
  for (let k = 0; k < cutIds.length; k++) {
    const id = cutIds[k], key = f.keyOf(id);
    // one spelling, and no Persian letter to fix: nothing to compare
    if (f.forms[key * FORM_FIELDS + F_STEMS] !== SEVERAL_STEMS && !(f.states[id] & HAS_PERSIAN && hasPersian(slots[id]!.norm, PERSIAN, f.cutOf(id)))) continue;
    const sp = slots[id]!, cut = f.cutOf(id);
    sp.prefix = sp.norm.slice(0, cut); sp.stem = cut ? sp.norm.slice(cut) : sp.norm; sp.count = f.count(id);
    const form = f.formNames[key];
    let group = groups.get(form);
    if (!group) groups.set(form, group = []);
    group.push(sp);
  }
  return groups;
}

function compareForms(article: Article, docWords: DocWords, counted: Counted, groups: Map<string, Spelling[]>): RuleFinding[] {
  const pending: { occs: Occurrence[]; minor: string; major: string; minorCount: number; majorCount: number; kind: Kind; counts: Map<string, number> }[] = [];
  for (const group of groups.values()) {
    const counts = new Map<string, number>();
    for (const sp of group) counts.set(sp.stem, (counts.get(sp.stem) ?? 0) + sp.count);
    if (counts.size < 2) continue;
    const forms = [...counts.entries()].sort((a, b) => b[1] - a[1] || standardness(b[0]) - standardness(a[0]));
    const [major, majorCount] = forms[0];
    if (PERSIAN_LETTERS[[...major].find(ch => PERSIAN_LETTERS[ch]) ?? '']) continue; // majority itself Persian: see below
    for (const [minor, minorCount] of forms.slice(1)) {
      if (isDistinct(major, minor)) continue;
      if (AMBIGUOUS_BARE.has(major.replace(/[أإآ]/g, 'ا')) && (!/[أإآ]/.test(major) || !/[أإآ]/.test(minor))) continue; // see bareAnna
      const kind = differenceKind(minor, major);
      if (!kind) continue;
      // a tie with no standard form to prefer is a house choice, not an inconsistency we can settle
      if (minorCount === majorCount && standardness(major) === standardness(minor)) continue;
      // Two different hamza forms of the bare form (ان beside أن and إن) make the target ambiguous.
      if (kind === 'hamza' && forms.filter(([f]) => f !== minor && differenceKind(minor, f) === 'hamza' && !isDistinct(f, major) && f !== major).length) continue;
      const occs: Occurrence[] = [];
      for (const sp of group) if (sp.stem === minor) { sp.occs = occs; table.states[sp.id] |= LISTED; }
      pending.push({ occs, minor, major, minorCount, majorCount, kind, counts });
    }
  }
  if (pending.length) {
    const tokens = docWords.tokens;
    for (let i = 0, index = 0; i < tokens.count; i++) {
      const s = docWords.stateAt(i);
      if (!(s & WORD)) continue;
      if (s & LISTED) {
        const sp = docWords.spellingAt(i);
        sp.occs!.push({ start: tokens.starts[i], end: tokens.ends[i], prefix: sp.prefix, stem: sp.stem, index });
      }
      index++;
    }
  }
  const out: RuleFinding[] = [];
  for (const { occs: minorOccs, minor, major, minorCount, majorCount, kind, counts } of pending) {
    // ة is the standard spelling: never rewrite it to ه, and rewrite ه only where it cannot be a pronoun.
    if (kind === 'ta-marbuta' && (minor.endsWith('ة') || !minorOccs.every(o => DEFINITE.test(o.prefix + o.stem)))) continue;
    const editsOf = minorOccs.map(o => letterEdits(docWords.text, o.start, o.end, o.prefix.length, major));
    const allEdits = editsOf.flat();
    const forms = Object.fromEntries(counts);
    for (const [i, o] of minorOccs.entries()) {
      const edits = editsOf[i];
      if (!edits.length) continue;
      const fixes: Fix[] = [{
        title: { en: `Write «${o.prefix}${major}»`, ar: `اكتب «${o.prefix}${major}»` },
        edits, safe: true, preferred: true, scope: 'finding',
      }];
      if (minorCount > 1) fixes.push({
        title: { en: `Write «${major}» for all ${minorCount} «${minor}» in this document`, ar: `اكتب «${major}» بدل «${minor}» في المستند كله (${minorCount})` },
        edits: allEdits, scope: 'document',
      });
      const label = KIND_LABEL[kind];
      out.push({
        kind,
        start: o.start,
        end: o.end,
        message: {
          en: `«${minor}» ×${minorCount} and «${major}» ×${majorCount} in this document (${label.en}); write it one way.`,
          ar: `«${minor}» ×${minorCount} و«${major}» ×${majorCount} في هذا المستند (${label.ar})؛ وحِّد الكتابة.`,
        },
        explanation: {
          en: `The same word is written with different letter forms in this document. The majority form «${major}» is suggested.`,
          ar: `الكلمة نفسها مكتوبة بأكثر من صورة في هذا المستند. يُقترح الشكل الغالب «${major}».`,
        },
        evidence: { form: minor, target: major, forms },
        fixes,
        fingerprintText: `${minor}>${major}`,
      });
    }
  }
  out.push(...persianLetters(docWords, counted.cut, groups));
  out.push(...bareAnna(article.text, docWords, counted.annas));
  return out;
}

/** Verbs of saying: إنّ follows them, أنّ follows almost everything else. */
const SAY = new Set(['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'اقول', 'أقول', 'نقول']);
const ANNA = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا', 'انك', 'انكم']);
const ANNA_RE = /^(|و|ف|ب|ل|وب|ول|فب|فل)([اأإ]ن(?:|ه|ها|هم|هما|ني|نا|ك|كم))$/;

/** A bare ان(ه/ها...) beside hamza-written ones: which of أنّ/إنّ it stands for follows from the grammar (after a verb
 * of saying or at a sentence start إنّ, after a preposition or elsewhere أنّ). Reported only where the document
 * itself writes the hamza form, so a house style that never writes it is left alone. */
function bareAnna(text: string, docWords: DocWords, annaIds: number[]): RuleFinding[] {
  const f = table, out: RuleFinding[] = [];
  if (!mayWeigh(f, annaIds)) return out;
  // counted by spelling, in order of first use: the counts, and their order, of a count token by token
  const counts = new Map<string, number>();
  for (let k = 0; k < annaIds.length; k++) {
    const key = docWords.slots[annaIds[k]]!.anna![2];
    counts.set(key, (counts.get(key) ?? 0) + f.count(annaIds[k]));
  }
  const { starts, ends, count } = docWords.tokens;
  /** The word before token i, if any (its token index, else -1). */
  let before = -1;
  for (let i = 0; i < count; i++) {
    const s = docWords.stateAt(i);
    if (!(s & WORD)) continue;
    const last = before;
    before = i;
    if (!(s & ANNA_LIKE)) continue;
    const m = docWords.spellingAt(i).anna!;
    if (!ANNA.has(m[2])) continue;
    const [, prefix, key] = m;
    if (prefix === 'و') continue; // وان: وأنّ or وإنّ, nothing tells
    const prev = last >= 0 ? spellingOf(docWords.ids[last]).replace(/^[وف]/, '') : '';
    const inna = prefix === 'ف' || (!prefix && (SAY.has(prev) || last < 0 || /[.!?؟:\n«"“]/.test(text.slice(ends[last], starts[i]))));
    const target = (inna ? 'إ' : 'أ') + key.slice(1);
    const written = counts.get(target) ?? 0;
    const hamzaWritten = written + (counts.get((inna ? 'أ' : 'إ') + key.slice(1)) ?? 0);
    if (!written || hamzaWritten < (counts.get(key) ?? 0)) continue;
    const edits = letterEdits(text, starts[i], ends[i], prefix.length, target);
    out.push({
      kind: 'hamza', start: starts[i], end: ends[i],
      message: {
        en: `«${key}» ×${counts.get(key)} and «${target}» ×${written} in this document (hamza); write it one way.`,
        ar: `«${key}» ×${counts.get(key)} و«${target}» ×${written} في هذا المستند (الهمزة)؛ وحِّد الكتابة.`,
      },
      explanation: {
        en: `This document writes the hamza in «${target}» elsewhere. After a verb of saying Arabic writes إنّ, elsewhere أنّ.`,
        ar: `يكتب هذا المستند الهمزة في «${target}» في مواضع أخرى. بعد فعل القول تُكتب إنّ، وفي غيره أنّ.`,
      },
      evidence: { form: key, target, forms: Object.fromEntries(counts) },
      fixes: [{ title: { en: `Write «${prefix}${target}»`, ar: `اكتب «${prefix}${target}»` }, edits, safe: true, preferred: true, scope: 'finding' }],
      fingerprintText: `${prev} ${key}>${target}`,
    });
  }
  return out;
}

/** The keys of ANNA_RE's second group, [اأإ]ن and a suffix, as numbers: 3 × the suffix's place in ANNA_SUFFIXES + the
 * alef's in ANNA_ALEFS, so that a key's bare, أ and إ forms are neighbours. */
const ANNA_ALEFS = 'اأإ', ANNA_SUFFIXES = ['', 'ه', 'ها', 'هم', 'هما', 'ني', 'نا', 'ك', 'كم'];
function annaKeyNumber(key: string): number { return 3 * ANNA_SUFFIXES.indexOf(key.slice(2)) + ANNA_ALEFS.indexOf(key[0]); }
/** A document's count of each ان(ه/ها…) key, by key number: zero between documents. */
const annaTally = new Int32Array(3 * ANNA_SUFFIXES.length);

/** Could bareAnna report a token of these spellings (the document's ANNA_LIKE ones)? Only a bare ان(ه/ها...) not
 * after و (BARE_ANNA), where the document writes the hamza forms at least as often as the bare one: what bareAnna
 * asks of either target, so most documents are settled by a tally of their spellings' key numbers, without a string
 * looked up or a pass over their words. */
function mayWeigh(f: Forms, annaIds: number[]): boolean {
  const r = f.spellings;
  for (let k = 0; k < annaIds.length; k++) annaTally[r[annaIds[k] * SPELLING_FIELDS + ANNA_KEY]] += f.count(annaIds[k]);
  let weigh = false;
  for (let k = 0; k < annaIds.length && !weigh; k++) {
    if (!(f.states[annaIds[k]] & BARE_ANNA)) continue;
    const bare = r[annaIds[k] * SPELLING_FIELDS + ANNA_KEY], hamzaWritten = annaTally[bare + 1] + annaTally[bare + 2];
    weigh = hamzaWritten > 0 && hamzaWritten >= annaTally[bare];
  }
  for (let k = 0; k < annaIds.length; k++) annaTally[r[annaIds[k] * SPELLING_FIELDS + ANNA_KEY]] = 0;
  return weigh;
}

/** A Persian/Urdu letter inside an Arabic word is always a slip (keyboard or source): fix to the Arabic letter. */
function persianLetters(docWords: DocWords, cut: number[], groups: Map<string, Spelling[]>): RuleFinding[] {
  const out: RuleFinding[] = [];
  // a spelling with a slip is HAS_PERSIAN, so among those whose cut was found
  if (!cut.some(id => table.states[id] & HAS_SLIP)) return out;
  const { starts, ends, count } = docWords.tokens;
  for (let i = 0; i < count; i++) {
    if (!(docWords.stateAt(i) & HAS_SLIP)) continue;
    const norm = spellingOf(docWords.ids[i]), start = starts[i], end = ends[i];
    // already reported as a minority form of a group? then skip
    const group = groups.get(foldLetters(norm));
    if (group && new Set(group.map(o => o.stem)).size > 1 && group.some(o => ![...o.stem].some(ch => PERSIAN_LETTERS[ch]))) continue;
    const target = arabicLetters(norm);
    const edits = letterEdits(docWords.text, start, end, 0, target);
    if (!edits.length) continue;
    out.push({
      kind: 'persian',
      start, end,
      message: { en: `«${norm}» has Persian letters; Arabic spelling: «${target}».`, ar: `«${norm}» فيها حروف فارسية؛ الكتابة العربية: «${target}».` },
      explanation: {
        en: 'Persian keheh ک, Farsi yeh ی and heh doachashmee ھ look like Arabic letters but are different characters, so search and spell-checking miss the word.',
        ar: 'الكاف الفارسية ک والياء الفارسية ی والهاء ھ تشبه الحروف العربية لكنها محارف مختلفة، فلا يجد البحث الكلمة ولا يدققها.',
      },
      fixes: [{ title: { en: `Write «${target}»`, ar: `اكتب «${target}»` }, edits, safe: true, preferred: true, scope: 'finding' }],
      fingerprintText: norm,
    });
  }
  return out;
}

/** Persian letters to Arabic; Farsi yeh at the end stays ى's cousin only where Arabic writes ي in the middle (pitfall A). */
function arabicLetters(s: string): string {
  let out = '';
  for (const ch of s) {
    const a = PERSIAN_LETTERS[ch];
    out += a && ch !== 'گ' && ch !== 'پ' && ch !== 'چ' && ch !== 'ڤ' ? a : ch;
  }
  return out;
}

/** A document in Persian or Urdu uses these letters correctly. `persian`: its spellings with them (PERSIAN_WORD). */
function isMostlyPersian(f: Forms, persian: number[], ids: Int32Array): boolean {
  if (!persian.length) return false;
  let p = 0, words = 0;
  for (let k = 0; k < persian.length; k++) p += f.count(persian[k]);
  // its words are counted only here: most documents have no Persian word
  for (let i = 0; i < ids.length; i++) if (f.states[ids[i]] & WORD) words++;
  return p / words > 0.15;
}

/** Tatweel between letters stretches a word for display; search and spell-check then miss it. */
function checkTatweel(article: Article): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const k of tokensWithTatweel(article)) {
    if (article.tokenTable.kinds[k] !== ARABIC_TOKEN) continue;
    const t = article.token(k);
    const edits: TextEdit[] = [];
    for (let i = 1; i < t.text.length - 1; i++) {
      if (t.text.charCodeAt(i) === TATWEEL && t.text.charCodeAt(i - 1) !== TATWEEL && t.text.slice(0, i) !== 'ال') {
        let j = i; while (j < t.text.length && t.text.charCodeAt(j) === TATWEEL) j++;
        if (j < t.text.length) edits.push({ start: t.start + i, end: t.start + j, newText: '' });
        i = j;
      }
    }
    if (!edits.length) continue;
    const plain = t.text.replace(/ـ/g, '');
    out.push({
      kind: 'tatweel', start: t.start, end: t.end,
      message: { en: `«${t.text}» is stretched with tatweel; write «${plain}».`, ar: `«${t.text}» ممدودة بالتطويل؛ اكتب «${plain}».` },
      explanation: { en: 'Tatweel (ـ) stretches a word for display only; it breaks search and spell-checking.', ar: 'التطويل (ـ) للعرض فقط، ويعطّل البحث والتدقيق الإملائي.' },
      fixes: [{ title: { en: 'Remove the tatweel', ar: 'احذف التطويل' }, edits, safe: true, preferred: true, scope: 'finding' }],
      fingerprintText: t.text,
    });
  }
  return out;
}

/** The tokens that contain a tatweel (their indexes), in order: found from the text's tatweels (indexOf), not by
 * testing every token. */
function tokensWithTatweel(article: Article): number[] {
  const out: number[] = [];
  const { text, tokenTable: { starts, ends, count } } = article;
  for (let at = text.indexOf('ـ'); at >= 0;) {
    const i = article.tokenIndexAt(at);
    if (i < count && starts[i] <= at) { out.push(i); at = text.indexOf('ـ', ends[i]); } else at = text.indexOf('ـ', at + 1);
  }
  return out;
}

/** Does a spelling have both Arabic-Indic and Latin digits? */
function mixesDigits(s: string): boolean {
  let indic = false, latin = false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (isArabicIndicDigit(c)) indic = true; else if (isAsciiDigit(c)) latin = true; }
  return indic && latin;
}

/** A number written with both Arabic-Indic and Latin digits: rewrite to the document's majority system. */
function checkDigits(article: Article): RuleFinding[] {
  let indic = 0, latin = 0;
  const { text, tokenTable: { starts, ends, kinds, count } } = article;
  // (the digits are read from the text: a token becomes an object only when it mixes them)
  const mixed: number[] = [];
  for (let k = 0; k < count; k++) {
    if (kinds[k] !== NUMBER_TOKEN) continue;
    let hasIndic = false, hasLatin = false;
    for (let i = starts[k]; i < ends[k]; i++) {
      const c = text.charCodeAt(i);
      if (isArabicIndicDigit(c)) { indic++; hasIndic = true; } else if (isAsciiDigit(c)) { latin++; hasLatin = true; }
    }
    if (hasIndic && hasLatin) mixed.push(k);
  }
  const out: RuleFinding[] = [];
  for (const k of mixed) {
    const t = article.token(k);
    const toIndic = indic > latin;
    const edits: TextEdit[] = [];
    for (let i = 0; i < t.text.length; i++) {
      const c = t.text.charCodeAt(i);
      if (toIndic && isAsciiDigit(c)) edits.push({ start: t.start + i, end: t.start + i + 1, newText: String.fromCharCode(0x0660 + c - 0x30) });
      if (!toIndic && isArabicIndicDigit(c)) edits.push({ start: t.start + i, end: t.start + i + 1, newText: String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660) });
    }
    const target = edits.reduce((s, e) => s.slice(0, e.start - t.start) + e.newText + s.slice(e.end - t.start), t.text);
    out.push({
      kind: 'digits', start: t.start, end: t.end,
      message: { en: `«${t.text}» mixes Arabic-Indic and Latin digits; write «${target}».`, ar: `«${t.text}» يخلط الأرقام الهندية والعربية؛ اكتب «${target}».` },
      explanation: { en: 'One number should use one digit system: the one most used in this document is suggested.', ar: 'يُكتب الرقم الواحد بنظام أرقام واحد؛ يُقترح النظام الأكثر استعمالا في المستند.' },
      fixes: [{ title: { en: `Write «${target}»`, ar: `اكتب «${target}»` }, edits, safe: true, preferred: true, scope: 'finding' }],
      fingerprintText: t.text,
    });
  }
  return out;
}

export const orthography: Rule = {
  id: 'orthography',
  description: { en: 'One word written with different letter forms in one document', ar: 'كلمة واحدة مكتوبة بصور حرفية مختلفة في المستند' },
  docs: 'docs/rules/orthography.md',
  defaultSeverity: 'info',
  after: ['boilerplate'],
  run(article) {
    const { counted, doc } = countArticle(article);
    const all = [...checkWordForms(article, counted, doc), ...checkTatweel(article), ...counted.uncounted & MIXED_DIGITS ? checkDigits(article) : []];
    // a word can be reached twice (لان as a form of لأن and as a bare ان): report it once
    const seen = new Set<string>();
    return all.filter(f => { const k = `${f.start}:${f.end}:${f.kind}`; return !seen.has(k) && !!seen.add(k); });
  },
};
