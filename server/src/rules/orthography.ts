// orthography: one word written with different letter forms in one document (final ى/ي, ة/ه, a hamza carrier
// written in some places and dropped in others, Persian letters inside Arabic words, tatweel used for stretching,
// mixed digit systems in one number). The fix rewrites the minority form to the document's majority form.
import { clean, foldLetters } from '../arabic/normalize';
import { FOREIGN_SOUND_LETTERS, PERSIAN_LETTERS, isArabicIndicDigit, isAsciiDigit, TATWEEL } from '../arabic/letters';
import type { Token } from '../arabic/tokenize';
import { SpellingSlots } from '../arabic/spellingIds';
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
function hasPersian(s: string, flag: number): boolean {
  for (let i = 0; i < s.length; i++) if (PERSIAN_CODES[s.charCodeAt(i)] & flag) return true;
  return false;
}
/** What may stand before the first letter of a word: nothing, or clitics (conjunction, preposition, article). */
const WORD_START_PREFIXES = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال']);
/** A final ه after the article cannot be the pronoun "his" (المدينه), so there it is a slip for ة. Without the
 * article the two are often different words (صوره his pictures / صورة picture). */
const DEFINITE = /^(?:[وف]?(?:[بك]?ال|لل))/;
const CLITIC_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

interface Occurrence { token: Token; prefix: string; stem: string; index: number }

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

/** Edits that turn the token's letters into `target` (same folded length), touching only differing letters so that
 * diacritics and everything else stay byte-for-byte. */
function letterEdits(token: Token, prefixLen: number, target: string): TextEdit[] {
  const c = clean(token.text);
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
    const at = token.start + orig;
    if (!edits.length || edits[edits.length - 1].start !== at) edits.push({ start: at, end: at + 1, newText });
    i = last - prefixLen;
  }
  return edits;
}

/** One folded stem key of the document: whether it is written with two or more stems, and its occurrences. */
/** One folded form's facts in the document being read (`doc`): shared by every spelling that folds to it and every
 * stem that is it, one object per form (keyInfoOf), and reset when another document reads the form. */
interface KeyInfo { doc: number; firstStem?: string; severalStems: boolean; group?: Spelling[] }

/** What checkWordForms knows of one distinct spelling (token norm). The letters' facts hold in every document; the
 * rest belongs to the document `doc` and is reset when another document reads the spelling. */
interface Spelling {
  norm: string;
  /** foldLetters(norm). */
  bare: string;
  /** Some letter of it is Persian. */
  persian: boolean;
  anna: RegExpExecArray | null;
  /** The clitic prefixes it may carry, each followed by the folded stem left without it (see splitPrefix). */
  prefixStems: readonly string[];
  /** The KeyInfo of `bare`, and of each stem of prefixStems (in order): found once, for every document. */
  own: KeyInfo;
  stemInfos: readonly KeyInfo[];
  /** Its spelling id, and how many of the document's words it spells (see docOf). */
  id: number;
  count: number;
  /** The KeyInfo of `bare`, then of the folded stem. */
  info?: KeyInfo;
  prefix: string;
  stem: string;
  /** The occurrences of its stem in its group, when that stem is a minority form to report (wordForms). */
  occs?: Occurrence[];
}

/** Spellings by spelling id (arabic/spellingIds): one array load per token, not a Map lookup per token. */
const spellingSlots = new SpellingSlots<Spelling>();
/** Numbers the documents read, for docOf. 0 is never a document. */
let documentsRead = 0;
/** Per spelling id of the slots' generation: the document that last counted it (NOT_A_WORD for a spelling no rule
 * here reads), and its count in that document. Typed arrays, so that a word met again in a document costs two loads
 * from them, not a load of its token and of its Spelling, which lie anywhere in the heap. */
const NOT_A_WORD = -1;
let docOf = new Int32Array(0), countOf = new Int32Array(0), countsGeneration = -1;
function makeRoomForCounts(generation: number, ids: number): void {
  if (generation === countsGeneration && docOf.length >= ids) return;
  const size = Math.max(ids, 2 * docOf.length, 1024);
  const doc = new Int32Array(size), count = new Int32Array(size);
  if (generation === countsGeneration) { doc.set(docOf); count.set(countOf); }
  docOf = doc; countOf = count; countsGeneration = generation;
}
/** One KeyInfo per folded form, started over with the spellings (checkWordForms), so that every spelling alive shares
 * them: a document then marks the forms it writes by a store on each, where it built a Map of them. */
let keyInfos = new Map<string, KeyInfo>();
let keyInfosGeneration = -1;
function keyInfoOf(form: string): KeyInfo {
  let k = keyInfos.get(form);
  if (!k) keyInfos.set(form, k = { doc: 0, firstStem: undefined, severalStems: false, group: undefined });
  return k;
}

/** The clitic prefixes a spelling may carry, in the order they are tried, each followed by its folded stem. `bare`
 * is foldLetters(norm): folding maps letter to letter, so the folded stem is a slice of it. Kept per spelling, so a
 * document only looks the stems up (strings made once, their hashes kept), never slices them again. */
function prefixStemsOf(norm: string, bare: string): string[] {
  const out: string[] = [];
  for (const p of CLITIC_PREFIXES) {
    // a one-letter clitic before a two-letter stem is more often part of the word (كان, لان, بان)
    if (norm.length - p.length >= (p.length === 1 ? 3 : 2) && norm.startsWith(p)) out.push(p, bare.slice(p.length));
  }
  return out;
}

/** The index in prefixStems of the first clitic prefix whose stem the document `doc` also writes as a word, or -1. */
function splitPrefix(sp: Spelling, doc: number): number {
  const infos = sp.stemInfos;
  for (let k = 0; k < infos.length; k++) if (infos[k].doc === doc) return 2 * k;
  return -1;
}

function checkWordForms(article: Article): RuleFinding[] {
  // News text repeats its words (Zipf): work per distinct spelling, not per token (typed-array loads per token).
  const tokens = article.tokens, { ids, generation } = article.spellings;
  const slots = spellingSlots.for(generation);
  makeRoomForCounts(generation, slots.length);
  if (generation !== keyInfosGeneration) { keyInfos = new Map(); keyInfosGeneration = generation; }
  const doc = ++documentsRead;
  /** The document's distinct spellings, in order of first use. */
  const distinct: Spelling[] = [];
  let words = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i], seen = docOf[id];
    if (seen === doc) { countOf[id]++; words++; continue; }
    if (seen === NOT_A_WORD) continue;
    let sp = slots[id];
    if (sp === undefined) {
      const t = tokens[i];
      if (t.kind !== 'arabic' || t.norm.length < 2) { docOf[id] = NOT_A_WORD; continue; }
      slots[id] = sp = spellingFor(t.norm, id);
    }
    docOf[id] = doc; countOf[id] = 1; words++;
    sp.info = undefined; sp.prefix = ''; sp.stem = sp.norm;
    distinct.push(sp);
  }
  for (let k = 0; k < distinct.length; k++) distinct[k].count = countOf[distinct[k].id];
  try { return wordForms(article, new DocWords(tokens, ids, slots, doc), words, distinct, doc); } finally {
    // a spelling or form kept for the next document must not hold this one's tokens (through group)
    for (let k = 0; k < distinct.length; k++) { distinct[k].info = undefined; distinct[k].own.group = undefined; distinct[k].occs = undefined; }
  }
}

function spellingFor(norm: string, id: number): Spelling {
  const bare = foldLetters(norm);
  const prefixStems = prefixStemsOf(norm, bare);
  const stemInfos: KeyInfo[] = [];
  for (let k = 1; k < prefixStems.length; k += 2) stemInfos.push(keyInfoOf(prefixStems[k]));
  return {
    norm, bare, persian: hasPersian(norm, PERSIAN), anna: ANNA_RE.exec(norm), prefixStems, own: keyInfoOf(bare), stemInfos,
    id, count: 0, info: undefined, prefix: '', stem: norm, occs: undefined,
  };
}

/** The document's words (its Arabic tokens of two letters or more) and the Spelling of each, index-aligned: listed
 * only when a pass needs them token by token (a form to report, a Persian slip, a bare ان to weigh), which most
 * documents do not. */
class DocWords {
  private listed?: { words: Token[]; spellingOf: Spelling[] };
  constructor(private readonly tokens: readonly Token[], private readonly ids: Int32Array,
    private readonly slots: (Spelling | undefined)[], private readonly doc: number) {}

  get list(): { words: Token[]; spellingOf: Spelling[] } {
    if (this.listed) return this.listed;
    const words: Token[] = [], spellingOf: Spelling[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i];
      if (docOf[id] === this.doc) { words.push(this.tokens[i]); spellingOf.push(this.slots[id]!); }
    }
    return this.listed = { words, spellingOf };
  }
}

function wordForms(article: Article, docWords: DocWords, words: number, distinct: Spelling[], doc: number): RuleFinding[] {
  if (isMostlyPersian(distinct, words)) return [];
  // the forms this document writes, each marked (and its facts reset) once
  for (let k = 0; k < distinct.length; k++) {
    const sp = distinct[k], info = sp.own;
    if (info.doc !== doc) { info.doc = doc; info.firstStem = undefined; info.severalStems = false; info.group = undefined; }
    sp.info = info;
  }
  for (let k = 0; k < distinct.length; k++) {
    const sp = distinct[k];
    const at = splitPrefix(sp, doc);
    if (at >= 0) { const prefix = sp.prefixStems[at]; sp.prefix = prefix; sp.stem = sp.norm.slice(prefix.length); sp.info = sp.stemInfos[at / 2]; }
    const key = sp.info!;
    if (key.firstStem === undefined) key.firstStem = sp.stem; else if (key.firstStem !== sp.stem) key.severalStems = true;
  }
  // groups of distinct spellings, not of tokens: the condition and the counts are a spelling's, and a big text has
  // tens of thousands of tokens in groups (an object each); tokens are listed only for the forms reported, in one pass
  // below. Spellings are in order of first use, so groups and their stems keep the order of first occurrence.
  const groups = new Map<string, Spelling[]>();
  for (let k = 0; k < distinct.length; k++) {
    const sp = distinct[k], key = sp.info!;
    // one spelling, and no Persian letter to fix: nothing to compare
    if (!key.severalStems && !(sp.persian && hasPersian(sp.stem, PERSIAN))) continue;
    if (!key.group) groups.set(sp.bare.slice(sp.prefix.length), key.group = []);
    key.group.push(sp);
  }
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
      for (const sp of group) if (sp.stem === minor) sp.occs = occs;
      pending.push({ occs, minor, major, minorCount, majorCount, kind, counts });
    }
  }
  if (pending.length) {
    const { words, spellingOf } = docWords.list;
    for (let index = 0; index < words.length; index++) {
      const sp = spellingOf[index];
      if (sp.occs) sp.occs.push({ token: words[index], prefix: sp.prefix, stem: sp.stem, index });
    }
  }
  const out: RuleFinding[] = [];
  for (const { occs: minorOccs, minor, major, minorCount, majorCount, kind, counts } of pending) {
    // ة is the standard spelling: never rewrite it to ه, and rewrite ه only where it cannot be a pronoun.
    if (kind === 'ta-marbuta' && (minor.endsWith('ة') || !minorOccs.every(o => DEFINITE.test(o.prefix + o.stem)))) continue;
    const editsOf = minorOccs.map(o => letterEdits(o.token, o.prefix.length, major));
    const allEdits = editsOf.flat();
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
        start: o.token.start,
        end: o.token.end,
        message: {
          en: `«${minor}» ×${minorCount} and «${major}» ×${majorCount} in this document (${label.en}); write it one way.`,
          ar: `«${minor}» ×${minorCount} و«${major}» ×${majorCount} في هذا المستند (${label.ar})؛ وحِّد الكتابة.`,
        },
        explanation: {
          en: `The same word is written with different letter forms in this document. The majority form «${major}» is suggested.`,
          ar: `الكلمة نفسها مكتوبة بأكثر من صورة في هذا المستند. يُقترح الشكل الغالب «${major}».`,
        },
        evidence: { form: minor, target: major, forms: Object.fromEntries(counts) },
        fixes,
        fingerprintText: `${minor}>${major}`,
      });
    }
  }
  out.push(...persianLetters(docWords, distinct, groups));
  out.push(...bareAnna(article.text, docWords, distinct));
  return out;
}

/** Verbs of saying: إنّ follows them, أنّ follows almost everything else. */
const SAY = new Set(['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'اقول', 'أقول', 'نقول']);
const ANNA = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا', 'انك', 'انكم']);
const ANNA_RE = /^(|و|ف|ب|ل|وب|ول|فب|فل)([اأإ]ن(?:|ه|ها|هم|هما|ني|نا|ك|كم))$/;

/** A bare ان(ه/ها...) beside hamza-written ones: which of أنّ/إنّ it stands for follows from the grammar (after a verb
 * of saying or at a sentence start إنّ, after a preposition or elsewhere أنّ). Reported only where the document
 * itself writes the hamza form, so a house style that never writes it is left alone. */
function bareAnna(text: string, docWords: DocWords, distinct: Spelling[]): RuleFinding[] {
  // counted by spelling, in order of first use: the counts, and their order, of a count token by token
  const counts = new Map<string, number>();
  for (let k = 0; k < distinct.length; k++) { const m = distinct[k].anna; if (m) counts.set(m[2], (counts.get(m[2]) ?? 0) + distinct[k].count); }
  const out: RuleFinding[] = [];
  if (!counts.size || !distinct.some(sp => mayWeigh(sp.anna, counts))) return out;
  const { words, spellingOf } = docWords.list;
  for (let i = 0; i < spellingOf.length; i++) {
    const m = spellingOf[i].anna;
    if (!m || !ANNA.has(m[2])) continue;
    const [, prefix, key] = m;
    if (prefix === 'و') continue; // وان: وأنّ or وإنّ, nothing tells
    const prev = i > 0 ? words[i - 1].norm.replace(/^[وف]/, '') : '';
    const inna = prefix === 'ف' || (!prefix && (SAY.has(prev) || i === 0 || /[.!?؟:\n«"“]/.test(text.slice(words[i - 1].end, words[i].start))));
    const target = (inna ? 'إ' : 'أ') + key.slice(1);
    const written = counts.get(target) ?? 0;
    const hamzaWritten = written + (counts.get((inna ? 'أ' : 'إ') + key.slice(1)) ?? 0);
    if (!written || hamzaWritten < (counts.get(key) ?? 0)) continue;
    const token = words[i];
    const edits = letterEdits(token, prefix.length, target);
    out.push({
      kind: 'hamza', start: token.start, end: token.end,
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

/** Could bareAnna report a token of this spelling? Only a bare ان(ه/ها...) not after و, where the document writes
 * the hamza forms at least as often as the bare one: what bareAnna asks of either target, so most documents are
 * settled by their spellings, without a pass over their words. */
function mayWeigh(m: RegExpExecArray | null, counts: Map<string, number>): boolean {
  if (!m || !ANNA.has(m[2]) || m[1] === 'و') return false;
  const rest = m[2].slice(1), hamzaWritten = (counts.get('أ' + rest) ?? 0) + (counts.get('إ' + rest) ?? 0);
  return hamzaWritten > 0 && hamzaWritten >= (counts.get(m[2]) ?? 0);
}

/** A Persian/Urdu letter inside an Arabic word is always a slip (keyboard or source): fix to the Arabic letter. */
function persianLetters(docWords: DocWords, distinct: Spelling[], groups: Map<string, Spelling[]>): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (!distinct.some(sp => sp.persian && hasPersian(sp.norm, PERSIAN_SLIP))) return out;
  const { words, spellingOf } = docWords.list;
  for (let index = 0; index < words.length; index++) {
    if (!spellingOf[index].persian || !hasPersian(words[index].norm, PERSIAN_SLIP)) continue;
    const t = words[index];
    // already reported as a minority form of a group? then skip
    const group = groups.get(foldLetters(t.norm));
    if (group && new Set(group.map(o => o.stem)).size > 1 && group.some(o => ![...o.stem].some(ch => PERSIAN_LETTERS[ch]))) continue;
    const target = arabicLetters(t.norm);
    const edits = letterEdits(t, 0, target);
    if (!edits.length) continue;
    out.push({
      kind: 'persian',
      start: t.start, end: t.end,
      message: { en: `«${t.norm}» has Persian letters; Arabic spelling: «${target}».`, ar: `«${t.norm}» فيها حروف فارسية؛ الكتابة العربية: «${target}».` },
      explanation: {
        en: 'Persian keheh ک, Farsi yeh ی and heh doachashmee ھ look like Arabic letters but are different characters, so search and spell-checking miss the word.',
        ar: 'الكاف الفارسية ک والياء الفارسية ی والهاء ھ تشبه الحروف العربية لكنها محارف مختلفة، فلا يجد البحث الكلمة ولا يدققها.',
      },
      fixes: [{ title: { en: `Write «${target}»`, ar: `اكتب «${target}»` }, edits, safe: true, preferred: true, scope: 'finding' }],
      fingerprintText: t.norm,
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

/** A document in Persian or Urdu uses these letters correctly. */
function isMostlyPersian(spellings: Iterable<Spelling>, words: number): boolean {
  let p = 0;
  for (const sp of spellings) if (sp.persian && /[یکۀھے]/.test(sp.norm)) p += sp.count;
  return words > 0 && p / words > 0.15;
}

/** Tatweel between letters stretches a word for display; search and spell-check then miss it. */
function checkTatweel(article: Article): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const t of tokensWithTatweel(article)) {
    if (t.kind !== 'arabic') continue;
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

/** The tokens that contain a tatweel, in order: found from the text's tatweels (indexOf), not by testing every token. */
function tokensWithTatweel(article: Article): Token[] {
  const out: Token[] = [];
  const { text, tokens } = article;
  for (let at = text.indexOf('ـ'); at >= 0;) {
    const i = article.tokenIndexAt(at);
    const t = tokens[i];
    if (t && t.start <= at) { out.push(t); at = text.indexOf('ـ', t.end); } else at = text.indexOf('ـ', at + 1);
  }
  return out;
}

/** A number written with both Arabic-Indic and Latin digits: rewrite to the document's majority system. */
function checkDigits(article: Article): RuleFinding[] {
  let indic = 0, latin = 0;
  const numbers = article.tokens.filter(t => t.kind === 'number');
  for (const t of numbers) for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (isArabicIndicDigit(c)) indic++; else if (isAsciiDigit(c)) latin++;
  }
  const out: RuleFinding[] = [];
  for (const t of numbers) {
    let hasIndic = false, hasLatin = false;
    for (let i = 0; i < t.text.length; i++) { const c = t.text.charCodeAt(i); if (isArabicIndicDigit(c)) hasIndic = true; else if (isAsciiDigit(c)) hasLatin = true; }
    if (!hasIndic || !hasLatin) continue;
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
    const all = [...checkWordForms(article), ...checkTatweel(article), ...checkDigits(article)];
    // a word can be reached twice (لان as a form of لأن and as a bare ان): report it once
    const seen = new Set<string>();
    return all.filter(f => { const k = `${f.start}:${f.end}:${f.kind}`; return !seen.has(k) && !!seen.add(k); });
  },
};
