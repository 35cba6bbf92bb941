// The Article's words as the attribution reader sees them: each token's folded keys and what the lexicon says about
// its spelling, and which tokens are cues. A sentence asks the same questions of a word many times (is it a reporting
// verb? a vague head? the start of a hedge?), and an article repeats the same spellings many times, so the answers are
// looked up once per distinct spelling (cached across articles) and read through each token's spelling id.
import { foldAlef, foldLetters } from '../../arabic/normalize';
import { ARABIC_TOKEN, type TokenTable } from '../../arabic/tokenize';
import { SpellingSlots, spellingOf } from '../../arabic/spellingIds';
import type { Article } from '../../engine/article';
import type { AttributionPreposition, HeadHit, HedgePhrase, ImpersonalVerb, Lexicon, ReportingVerb } from './lexicon';

/** A phrase that may start at a word, with the numbers of its words' keys (see WordFacts.keyNo). */
export interface PhraseStart<P> { phrase: P; keyNos: readonly number[] }

/** What the lexicon says about one spelling. Every lookup a word without و/ف is also tried for is folded in here. */
export interface WordFacts {
  /** Folded key (letter forms folded) and verb key (alef folded, final ى kept: رأي is not رأى). */
  key: string;
  vkey: string;
  /** The key as a number, the same for every spelling with that key: phrases compare numbers, not strings. */
  keyNo: number;
  /** The key without و/ف and the article (what «new to the article» compares), as a number: the same for every
   * spelling with that stem, -1 when the stem is under 3 letters (never compared). */
  stem: number;
  verb?: ReportingVerb;
  head?: HeadHit;
  /** Hedges and prepositions starting with this word, then with it without و/ف: the order the reader tries them. */
  hedges: readonly PhraseStart<HedgePhrase>[];
  preps: readonly PhraseStart<AttributionPreposition>[];
  /** An impersonal verb, with the form it was found under (with or without و/ف). */
  impersonal?: { verb: ImpersonalVerb; form: string };
  complementizer: boolean;
  quantifier: boolean;
  /** Any of verb, head, hedges, preps, impersonal: a sentence without one has nothing for the reader to find. */
  cue: boolean;
}

/** The words of one Article, index-aligned with its tokens. */
export interface ArticleWords {
  /** Each token's spelling id, and the facts of each spelling id: token i's are factsById[ids[i]] (see factsAt). A
   * list of every token's facts would cost a store per token, where only the few sentences with a cue read any. */
  ids: Int32Array;
  factsById: readonly (WordFacts | undefined)[];
  /** The tokens that are cues (WordFacts.cue), in order, but for the phrase starts no phrase goes on from
   * (startsPhrase): most tokens are not, and the reader looks only at these. */
  cues: readonly number[];
  /** Per spelling id, a record of numbers (see keyNoAt, stemAt): read where the reader asks, never copied per token. */
  numbers: Int32Array;
  /** Per spelling id, what the reader asks of the words around a cue (T_VERB, T_RECIPIENT…; T_QUALIFIER, T_NAMING…):
   * arrays of their own, 4 and 1 bytes a spelling, so that more of them stay in cache than of a wider record. */
  traits: Int32Array;
  moreTraits: Uint8Array;
  /** Stem numbers are below this. */
  stems: number;
}

/** The facts of token i. */
export function factsAt(words: ArticleWords, i: number): WordFacts { return words.factsById[words.ids[i]]!; }
/** Token i's WordFacts.keyNo and WordFacts.stem, from its spelling's record. */
export function keyNoAt(words: ArticleWords, i: number): number { return words.numbers[words.ids[i] * NUMBER_FIELDS + KEY_NO]; }
export function stemAt(words: ArticleWords, i: number): number { return words.numbers[words.ids[i] * NUMBER_FIELDS + STEM]; }

/** Punctuation that separates clauses or opens speech: no source slot reaches across it. */
export const BOUNDARY = /[،,؛;:«»"“”()[\]{}—–!؟?.…]/;
const NONE: readonly never[] = [];
/** A spelling's record in Spellings.numbers: its key number and its stem number. */
const KEY_NO = 0, STEM = 1, NUMBER_FIELDS = 2;
/** What Spellings.states says of a spelling, in bits: nothing until its facts are found (KNOWN), then whether it is a
 * cue (what the reader asks of the words around a cue is in its record's traits). */
const KNOWN = 1, CUE = 2;
/** A cue only as the first word of hedges and prepositions of two words or more (في، من، على): a cue where the words
 * after it are a phrase's (see startsPhrase). */
const PHRASE_START = 4;
/** Its key is a second or later word of some hedge or preposition: a word after a PHRASE_START without it starts none. */
const PHRASE_WORD = 8;
/** What the reader (frames.ts) asks of the words around a cue, in bits (Spellings.traits): each a lookup in a
 * lexicon or grammar word set or a test of the key's letters, found once per spelling, so that asking it of a token is
 * one array read, where it was a load of the token's WordFacts, of its key string and of a Set's bucket, all cold by
 * the time this rule runs. Each is named for the reader's question it answers (key: WordFacts.key, vkey: .vkey).
 * Spellings.traits: */
export const T_COMPLEMENTIZER = 1, T_QUANTIFIER = 2, T_VERB = 4, T_HEAD = 8,
  /** Hedges or prepositions start with it; an impersonal verb. */
  T_HEDGES = 0x10, T_PREPS = 0x20, T_IMPERSONAL = 0x40,
  /** Its reporting verb is a participle, requires words after it, or takes an origin (ReportingVerb). */
  T_PARTICIPLE = 0x80, T_REQUIRES = 0x100, T_ORIGIN = 0x200,
  /** key, vkey start with ال. */
  T_DEFINITE = 0x400, T_VDEFINITE = 0x800,
  /** vkey is a recipient, a word skipped before a subject, a clause opener; key is قد/لقد/وقد, من/عن. */
  T_RECIPIENT = 0x1000, T_SKIP_BEFORE_SUBJECT = 0x2000, T_CLAUSE_OPENER = 0x4000, T_QAD = 0x8000, T_FROM = 0x10000,
  /** ل + a word, not a clause opener, complementizer or no-subject word (SentenceReader.slot skips it). */
  T_LAM_OBJECT = 0x20000,
  /** vkey a complementizer, a no-subject word or a pronoun source: no source slot starts at it. */
  T_NO_SLOT = 0x40000,
  /** key, vkey with و/ف (hasConj) and not a reporting verb form; key with و/ف. */
  T_CONJ_NOT_VERB = 0x80000, T_VCONJ_NOT_VERB = 0x100000, T_CONJ = 0x200000,
  /** key is the first word of a clause conjunction. */
  T_CLAUSE_CONJUNCTION = 0x400000,
  /** key, vkey is a quantifier link. */
  T_QUANTIFIER_LINK = 0x800000, T_VQUANTIFIER_LINK = 0x1000000,
  /** SentenceReader.cannotBeSubject, .pluralVerb, .comparative; vkey (or it without و/ف) an institution's head. */
  T_NOT_SUBJECT = 0x2000000, T_PLURAL = 0x4000000, T_COMPARATIVE = 0x8000000, T_INSTITUTION = 0x10000000;
/** Spellings.moreTraits: key is غير; a qualifier (itself or without ال); the shape of a gentilic (SentenceReader.gentilic, but for
 * the token's kind); a possessor after an indefinite head (SentenceReader.possessorFollows, but for the kind); a word
 * that is no name after a definite head (SentenceReader.nameFollows); vkey a naming word. */
export const T_GHAYR = 1, T_QUALIFIER = 2, T_GENTILIC = 4, T_POSSESSOR = 8, T_NOT_NAME = 16, T_NAMING = 32;
const GENTILIC_END = /(?:يه|ي|يون|يين)$/;
const STEM_PREFIX = /^(?:[وف]?(?:ال|لل|بال)|[وف])(?=.{3})/;

/** The word with و/ف taken off when it is long enough to carry one: both are tried in every lookup. */
export function withoutConj(k: string): string[] { return hasConj(k) ? [k, k.slice(1)] : [k]; }
/** Is the word long enough to carry و/ف, and does it start with one (withoutConj gives two forms)? */
export function hasConj(k: string): boolean { return k.length > 2 && (k[0] === 'و' || k[0] === 'ف'); }
/** Is the word, or the word without و/ف, in `set`: withoutConj(k).some(c => set.has(c)), with no array made (the
 * reader asks this of the words around every cue). */
export function conjIn(k: string, set: ReadonlySet<string> | undefined): boolean {
  return !!set && (set.has(k) || hasConj(k) && set.has(k.slice(1)));
}

/** Per lexicon, the facts of each spelling seen so far, by spelling id (arabic/spellingIds; keys as tokenize.tokenKey
 * makes them), and a number for each key and each stem. Replaced only between articles, when the spelling table
 * starts a new generation, so that within an article one key or stem has one number. */
class Spellings {
  private readonly byId = new SpellingSlots<WordFacts>();
  /** Per spelling id, what is read for every token (is it a cue?), a byte each so that the article's spellings stay in
   * cache, and the numbers read in long runs (keys of phrases, stems): typed arrays, where reading them from the
   * spelling's WordFacts was a load from anywhere in the heap. */
  states = new Uint8Array(1024);
  /** A bit per spelling id, set for a known spelling that is no cue and no later word of a phrase: what articleWords
   * asks of most tokens (and startsPhrase of the word after a phrase start), from an array an eighth the size of
   * states, so that it stays in cache while other rules run between two articles. */
  plain = new Int32Array(1024 >>> 5);
  numbers = new Int32Array(1024 * NUMBER_FIELDS);
  traits = new Int32Array(1024);
  moreTraits = new Uint8Array(1024);
  private readonly keyNumbers = new Map<string, number>();
  private readonly stemNumbers = new Map<string, number>();
  /** The hedges and prepositions that start with a key (see factsOf), with their words' key numbers. */
  private readonly hedgeStarts: Map<string, PhraseStart<HedgePhrase>[]>;
  private readonly prepStarts: Map<string, PhraseStart<AttributionPreposition>[]>;
  /** The key numbers of the second and later words of those phrases (PHRASE_WORD). */
  private readonly laterWords = new Set<number>();

  constructor(private readonly lex: Lexicon) {
    this.hedgeStarts = this.numbered(lex.hedges);
    this.prepStarts = this.numbered(lex.preps);
    for (const starts of [this.hedgeStarts, this.prepStarts]) {
      for (const list of starts.values()) for (const { keyNos } of list) for (let m = 1; m < keyNos.length; m++) this.laterWords.add(keyNos[m]);
    }
  }

  get stems(): number { return this.stemNumbers.size; }

  /** The facts by spelling id, for ids of `generation`, with room in `numbers` for every id given so far. */
  slotsFor(generation: number): (WordFacts | undefined)[] {
    const slots = this.byId.for(generation);
    if (this.states.length < slots.length) {
      const size = Math.max(slots.length, 2 * this.states.length);
      const states = new Uint8Array(size), plain = new Int32Array((size + 31) >>> 5), numbers = new Int32Array(size * NUMBER_FIELDS);
      states.set(this.states);
      plain.set(this.plain);
      numbers.set(this.numbers);
      const traits = new Int32Array(size), moreTraits = new Uint8Array(size);
      traits.set(this.traits);
      moreTraits.set(this.moreTraits);
      this.traits = traits;
      this.moreTraits = moreTraits;
      this.states = states;
      this.plain = plain;
      this.numbers = numbers;
    }
    return slots;
  }

  /** Find the facts of a spelling met for the first time (that of a token of kind `kind`), and fill its numbers. */
  learn(slots: (WordFacts | undefined)[], kind: number, id: number): void {
    const arabic = kind === ARABIC_TOKEN, norm = spellingOf(id);
    const key = arabic ? foldLetters(norm) : norm.toLowerCase();
    const f = slots[id] = this.factsOf(key, arabic ? foldAlef(norm) : '');
    const at = id * NUMBER_FIELDS;
    const phraseStart = f.cue && !f.verb && !f.head && !f.impersonal &&
      f.hedges.every(h => h.phrase.keys.length > 1) && f.preps.every(p => fixedWords(p.phrase) > 1);
    const phraseWord = this.laterWords.has(f.keyNo);
    this.states[id] = KNOWN | (f.cue ? CUE : 0) | (phraseStart ? PHRASE_START : 0) | (phraseWord ? PHRASE_WORD : 0);
    if (!f.cue && !phraseWord) this.plain[id >>> 5] |= 1 << (id & 31);
    this.numbers[at + KEY_NO] = f.keyNo;
    this.numbers[at + STEM] = f.stem;
    this.traits[id] = this.traitsOf(f, norm);
    this.moreTraits[id] = this.moreTraitsOf(f);
  }

  private traitsOf(f: WordFacts, norm: string): number {
    const { key, vkey, verb } = f, g = this.lex.g;
    const lamObject = vkey.startsWith('ل') && vkey.length >= 4 && !g.clauseOpeners.has(vkey) && !g.complementizers.has(vkey) &&
      !g.noSubject.has(vkey) && vkey !== 'لما';
    const comparative = g.comparatives.has(vkey) ||
      /^[وفب]/.test(vkey) && (g.comparatives.has(vkey.slice(1)) || /^وب/.test(vkey) && g.comparatives.has(vkey.slice(2)));
    return (f.complementizer ? T_COMPLEMENTIZER : 0) | (f.quantifier ? T_QUANTIFIER : 0) | (verb ? T_VERB : 0) |
      (f.head ? T_HEAD : 0) | (f.hedges.length ? T_HEDGES : 0) | (f.preps.length ? T_PREPS : 0) | (f.impersonal ? T_IMPERSONAL : 0) |
      (verb?.participle ? T_PARTICIPLE : 0) | (verb?.requires ? T_REQUIRES : 0) | (verb?.origin ? T_ORIGIN : 0) |
      (key.startsWith('ال') ? T_DEFINITE : 0) | (vkey.startsWith('ال') ? T_VDEFINITE : 0) |
      (g.recipient.has(vkey) ? T_RECIPIENT : 0) | (g.skipBeforeSubject.has(vkey) ? T_SKIP_BEFORE_SUBJECT : 0) |
      (g.clauseOpeners.has(vkey) ? T_CLAUSE_OPENER : 0) | (key === 'قد' || key === 'لقد' || key === 'وقد' ? T_QAD : 0) |
      (key === 'من' || key === 'عن' ? T_FROM : 0) | (lamObject ? T_LAM_OBJECT : 0) |
      (g.complementizers.has(vkey) || g.noSubject.has(vkey) || g.pronounSources.has(vkey) ? T_NO_SLOT : 0) |
      (hasConj(key) && !this.lex.verbs.has(vkey) ? T_CONJ_NOT_VERB : 0) | (hasConj(vkey) && !this.lex.verbs.has(vkey) ? T_VCONJ_NOT_VERB : 0) |
      (hasConj(key) ? T_CONJ : 0) | (g.clauseConjunctions.some(c => c[0] === key) ? T_CLAUSE_CONJUNCTION : 0) |
      (g.quantifierLinks.has(key) ? T_QUANTIFIER_LINK : 0) | (g.quantifierLinks.has(vkey) ? T_VQUANTIFIER_LINK : 0) |
      (g.notSubjectBefore.has(vkey) || norm.endsWith('ة') || norm.endsWith('ات') ? T_NOT_SUBJECT : 0) |
      (key.endsWith('وا') || key.endsWith('ون') ? T_PLURAL : 0) | (comparative ? T_COMPARATIVE : 0) |
      (conjIn(vkey, g.institutionHeads) ? T_INSTITUTION : 0);
  }

  private moreTraitsOf(f: WordFacts): number {
    const { key, vkey } = f, g = this.lex.g, q = this.lex.qualifiers;
    const bare = key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
    const qualifier = q.has(key) || q.has(bare);
    const gentilic = key.length >= 4 && GENTILIC_END.test(key) && !g.complementizers.has(key) && !g.noSubject.has(key);
    const notName = g.complementizers.has(vkey) || g.noSubject.has(vkey) || g.skipBeforeSubject.has(vkey) || g.recipient.has(vkey) ||
      g.clauseOpeners.has(vkey) || q.has(key) || vkey.startsWith('ل') && vkey.length > 3;
    return (key === 'غير' ? T_GHAYR : 0) | (qualifier ? T_QUALIFIER : 0) | (gentilic ? T_GENTILIC : 0) |
      (key.startsWith('ال') && key.length > 4 && !qualifier && !gentilic ? T_POSSESSOR : 0) |
      (notName ? T_NOT_NAME : 0) | (g.namingWords.has(vkey) ? T_NAMING : 0);
  }

  /** Could a hedge or a preposition starting with token c's word go on with the tokens after it? Only their key
   * numbers are compared (the sentence's end and punctuation are the reader's to check), learning them if need be:
   * most في and من start no phrase, and a sentence whose cues are all such starts has nothing for the reader. */
  startsPhrase(slots: (WordFacts | undefined)[], kinds: Uint8Array, ids: Int32Array, c: number): boolean {
    // each of its phrases has a second word (PHRASE_START): asked first, it spares most of them a load of the facts
    const next = c + 1;
    if (next >= kinds.length || this.plain[ids[next] >>> 5] & 1 << (ids[next] & 31)) return false;
    if (this.states[ids[next]] === 0) this.learn(slots, kinds[next], ids[next]);
    if (!(this.states[ids[next]] & PHRASE_WORD)) return false;
    const f = slots[ids[c]]!;
    for (const { phrase, keyNos } of f.hedges) if (this.followedBy(slots, kinds, ids, c, keyNos, phrase.keys.length)) return true;
    for (const { phrase, keyNos } of f.preps) if (this.followedBy(slots, kinds, ids, c, keyNos, fixedWords(phrase))) return true;
    return false;
  }

  /** Are the tokens after c the words 1 to n-1 of a phrase (by key numbers)? */
  private followedBy(slots: (WordFacts | undefined)[], kinds: Uint8Array, ids: Int32Array, c: number, keyNos: readonly number[], n: number): boolean {
    for (let m = 1; m < n; m++) {
      const j = c + m;
      if (j >= kinds.length) return false;
      if (this.states[ids[j]] === 0) this.learn(slots, kinds[j], ids[j]);
      if (!(this.states[ids[j]] & PHRASE_WORD) || this.numbers[ids[j] * NUMBER_FIELDS + KEY_NO] !== keyNos[m]) return false;
    }
    return true;
  }

  private factsOf(key: string, vkey: string): WordFacts {
    const lex = this.lex;
    const forms = withoutConj(key);
    const hedges = forms.flatMap(c => this.hedgeStarts.get(c) ?? []);
    const preps = forms.flatMap(c => this.prepStarts.get(c) ?? []);
    const impForm = forms.find(c => lex.impersonal.has(c));
    const verb = lex.verbIndex.get(vkey), head = lex.headIndex.get(key);
    return {
      key, vkey, keyNo: this.keyNumber(key), stem: this.stemNumber(key), verb, head,
      hedges: hedges.length ? hedges : NONE,
      preps: preps.length ? preps : NONE,
      impersonal: impForm === undefined ? undefined : { verb: lex.impersonal.get(impForm)!, form: impForm },
      complementizer: lex.g.complementizers.has(vkey),
      quantifier: conjIn(vkey, lex.g.quantifiers),
      cue: !!(verb || head || hedges.length || preps.length || impForm !== undefined),
    };
  }

  private numbered<P extends { keys: string[] }>(byFirst: Map<string, P[]>): Map<string, PhraseStart<P>[]> {
    return new Map([...byFirst].map(([first, list]) => [first, list.map(phrase => ({ phrase, keyNos: phrase.keys.map(k => this.keyNumber(k)) }))]));
  }

  private keyNumber(key: string): number {
    let n = this.keyNumbers.get(key);
    if (n === undefined) this.keyNumbers.set(key, n = this.keyNumbers.size);
    return n;
  }

  private stemNumber(key: string): number {
    const stem = key.replace(STEM_PREFIX, '');
    if (stem.length < 3) return -1;
    let n = this.stemNumbers.get(stem);
    if (n === undefined) this.stemNumbers.set(stem, n = this.stemNumbers.size);
    return n;
  }
}
const spellings = new WeakMap<Lexicon, { generation: number; s: Spellings }>();
function spellingsOf(lex: Lexicon, generation: number): Spellings {
  let e = spellings.get(lex);
  if (!e || e.generation !== generation) spellings.set(lex, e = { generation, s: new Spellings(lex) });
  return e.s;
}

/** The words of a preposition matched as words (SentenceReader.prepAt): an attached ل (وفقا لـ) is a prefix of the next. */
export function fixedWords(p: AttributionPreposition): number { return p.attached ? p.keys.length - 1 : p.keys.length; }

/** Mark where clause punctuation stands between the tokens [lo, hi): into[k] = 1 between token lo+k-1 and lo+k, else
 * 0 (k from 1). Most gaps are one space: no need to look. */
export function markBoundaries(text: string, toks: TokenTable, lo: number, hi: number, into: Uint8Array): void {
  for (let k = 1; k < hi - lo; k++) {
    const from = toks.ends[lo + k - 1], to = toks.starts[lo + k];
    into[k] = to - from === 1 && text.charCodeAt(from) === 0x20 ? 0 : BOUNDARY.test(text.slice(from, to)) ? 1 : 0;
  }
}

const wordsOf = new WeakMap<Article, { lex: Lexicon; generation: number; words: ArticleWords }>();
/** The Article's words for this lexicon, computed once per Article and spelling-table generation (the reader takes
 * each word's cleaned form from its id). */
export function articleWords(article: Article, lex: Lexicon): ArticleWords {
  const cached = wordsOf.get(article), { ids, generation } = article.spellings;
  if (cached?.lex === lex && cached.generation === generation) return cached.words;
  const kinds = article.tokenTable.kinds;
  const spelled = spellingsOf(lex, generation);
  const factsById = spelled.slotsFor(generation), states = spelled.states, plain = spelled.plain;
  const cues: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (plain[id >>> 5] & 1 << (id & 31)) continue;
    if (states[id] === 0) spelled.learn(factsById, kinds[i], id);
    if (states[id] & CUE && (!(states[id] & PHRASE_START) || spelled.startsPhrase(factsById, kinds, ids, i))) cues.push(i);
  }
  const words: ArticleWords = {
    ids, factsById, numbers: spelled.numbers, traits: spelled.traits, moreTraits: spelled.moreTraits, cues, stems: spelled.stems,
  };
  wordsOf.set(article, { lex, generation, words });
  return words;
}
