// transliteration: one foreign name written two ways (ترمب/ترامب, كيم جونغ أون/كيم جونج-أون, غرينتش/جرينتش), in one
// document or across the workspace. Spellings are grouped by a transliteration key (names/key.ts), checked to be names
// and one name (names/mentions.ts, names/sameName.ts), and the spelling that differs from the house style, the
// document's majority or the workspace's majority is reported with fixes that rewrite only the letters that differ.
// Letter-form differences alone (أ/ا, ى/ي, ة/ه) are the orthography rule's.
import { clean, cleanWord, foldLetterForms } from '../arabic/normalize';
import type { Article } from '../engine/article';
import type { Config } from '../engine/config';
import type { Fix, LintContext, NameRivalsOf, RelatedLocation, Rule, RuleFinding, TextEdit } from '../engine/types';
import { bareSpelling, pairDifference, separatorOnly, spacedSpelling, spellingKey, variantKey } from './names/key';
import { PERSON_MARK, RARE_COUNT, THING_MARK, areDifferentNames, articledNameForm, articledNameShape, corpusCount, foreignness, formStats, hasOrdinaryPlural, isNisbaOfName, isOrdinaryWord, wikidataToken, writesNameOf } from './names/lexicon';
import { afterNumber, articleMentions, articled, joinedGap, spaceGap, type DocumentNames, type NameMention, type WordInfo } from './names/mentions';
import { ARABIC_SHAPED, articledVariants, besideEvidence, gConvention, hamzaArticleShape, movedVowel, nameEvidence, rootShaped, sameName, usageEvidence } from './names/sameName';
import type { NeighbourSet, SpellingOccurrences } from '../workspace/nameSpellings';
import '../workspace/nameSpellings';
import { memo } from './names/memo';
import { polyHash } from '../arabic/hash';

/** One spelling of a name in the document: its one-word mentions as word indexes (made into mentions only when asked:
 * most spellings are never reported) and its two-word mentions. */
const NO_PAIRS: readonly NameMention[] = [];
class Spelling {
  private _written?: string; private _mentions?: NameMention[]; private _marked?: boolean; private _evidence?: number;
  private _articled?: boolean; private _bare?: boolean; private _named?: boolean; private _beside?: boolean; private _marks?: number;
  private _counted?: boolean;
  /** Its two-word mentions (NO_PAIRS, shared, until addPair: most spellings have none). */
  pairs: readonly NameMention[] = NO_PAIRS;
  /** The next spelling of its group (spellings of one key, in order of first mention): a list, since most groups
   * have one spelling and an array for each was a good part of the rule's allocations. */
  next: Spelling | undefined = undefined;
  /** The reading of its first one-word mention (none for a spelling only written in two words): where facts of the
   * spelling that hold in every document are kept. */
  reading: WordInfo | undefined = undefined;
  constructor(readonly folded: string, private readonly names: DocumentNames,
    /** Word indexes of its one-word mentions, in text order. */
    readonly words: number[]) {}
  addPair(m: NameMention): void { if (this.pairs === NO_PAIRS) this.pairs = [m]; else (this.pairs as NameMention[]).push(m); }
  get count(): number { return this.words.length + this.pairs.length; }
  /** Its mentions: the one-word ones in text order, then the two-word ones. */
  get mentions(): NameMention[] {
    return this._mentions ??= [...this.words.map(i => this.names.mention(i)), ...this.pairs];
  }
  /** Evidence that it is a name (sameName.ts usageEvidence): the lexicons', raised when the text marks it, dropped
   * when some mention carries the article (for looks alone) or every mention follows a number (a unit). */
  get evidence(): number {
    if (this._evidence === undefined) {
      const r = this.reading, marked = this.marked;
      // (the lexicons' part kept on the reading: asked for most names of every document)
      const lexical = r ? (marked ? r.ev1 ??= nameEvidence(this.folded, true) : r.ev0 ??= nameEvidence(this.folded, false)) : undefined;
      // (right beside a name: asked only of a spelling the lexicons and marks say nothing of)
      this._evidence = usageEvidence(this.folded, marked, this.articled, this.counted, lexical, lexical === 0 && this.besideName);
    }
    return this._evidence;
  }
  /** liftable(folded), kept on the reading. */
  get liftable(): boolean { const r = this.reading; return r ? (r.lift ??= liftable(this.folded)) : liftable(this.folded); }
  /** Some mention carries the article. */
  get articled(): boolean {
    return this._articled ??= this.words.some(i => this.names.infos[i].articled) || this.pairs.some(articled);
  }
  /** The document writes it without the article somewhere: a mention, or any word of that spelling (a common noun
   * written bare in a phrase the rule does not read as a name: تلفزيون الدولة). */
  get bare(): boolean {
    return this._bare ??= this.words.some(i => !this.names.infos[i].articled) || this.pairs.some(m => !articled(m)) ||
      (!this.folded.includes(' ') && this.names.writtenBare(this.folded));
  }
  /** Every mention follows a number (a unit, a counted noun). */
  get counted(): boolean {
    // (kept: the lifts ask it of both spellings of every pair they weigh)
    if (this._counted === undefined) {
      const text = this.names.text;
      this._counted = this.words.every(i => afterNumber(text, this.names.start(i))) && this.pairs.every(m => afterNumber(text, m.start));
    }
    return this._counted;
  }
  /** Some one-word mention stands right beside a name (DocumentNames.besideName). */
  get besideName(): boolean {
    return this._beside ??= this.words.some(i => this.names.besideName(i));
  }
  /** The text writes it as a name: some mention is marked (a title, a kind word or a first name before it) or stands
   * right beside a name (besideName), as the index's SpellingOccurrences.named says of other files. */
  get writtenAsName(): boolean { return this.marked || this.besideName; }
  /** Some one-word mention stands beside a distinctive neighbour that is a name (DocumentNames.namedCtx). */
  get namedNeighbour(): boolean {
    return this._named ??= this.words.some(i => this.names.namedCtx(i).length > 0);
  }
  /** Shares a named neighbour (DocumentNames.namedCtx) with the spelling of other files whose neighbours are `other`. */
  sharesNamedNeighbour(other: NeighbourSet): boolean {
    for (const i of this.words) for (const h of this.names.namedCtx(i)) if (other.has(h)) return true;
    return false;
  }
  /** What the text marks its mentions as (mentions.ts markKind, or-ed): a person, a thing, or both. */
  get marks(): number {
    if (this._marks === undefined) { let k = 0; for (const i of this.words) k |= this.names.markKind(i); this._marks = k; }
    return this._marks;
  }
  /** The text marks one of its mentions as a name. */
  get marked(): boolean {
    if (this._marked === undefined) {
      let m = false;
      for (const i of this.words) if (this.names.marked(i)) { m = true; break; }
      this._marked = m || this.pairs.some(p => p.marked);
    }
    return this._marked;
  }
  /** How it is written most often in this document (cleaned), the replacement text when it is the target; read only
   * for the spellings that are reported or are a target. */
  get written(): string { return this._written ??= mostWritten(this.names.text, this.mentions); }
}

/** A spelling of the workspace, summed over the files that write it; what is costly to list is computed when first read
 * (only a spelling that wins is ever asked). A class, not an object literal with getters and closures: V8 came to
 * allocate those literals in the old generation (~100 KB per article, then mark-compacts), the workspace's main cost. */
class WsTotal {
  count = 0;
  readonly parts: SpellingOccurrences[] = [];
  private _ctx?: NeighbourSet; private _uris?: string[];
  /** `evidence`: as weighed against this document's name (lifted to 2 by shared neighbours); `own`: its files' own
   * (sameName.ts usageEvidence). */
  constructor(readonly folded: string, readonly written: string, readonly evidence: number, readonly own: number) {}
  /** The neighbours of the files (a hash counts when any of them has it). */
  get ctx(): NeighbourSet {
    return this._ctx ??= this.parts.length === 1 ? this.parts[0].ctx : { has: (h: number) => this.parts.some(p => p.ctx.has(h)) };
  }
  get uris(): string[] { return this._uris ??= this.parts.length === 1 ? this.parts[0].uris : this.parts.flatMap(p => p.uris); }
  /** Where the i-th of `uris` first writes it (the last of its spellings that the file writes, as the message has
   * always named). */
  firstOccurrence(i: number): readonly [number, number] | undefined {
    // (one spelling, nearly always: its i-th file, where a search of its files for each of the twenty named was a good
    // part of a report)
    if (this.parts.length === 1) return this.parts[0].firstOccurrence(i);
    const uri = this.uris[i];
    for (let k = this.parts.length - 1; k >= 0; k--) {
      const i = this.parts[k].uris.indexOf(uri);
      if (i >= 0) return this.parts[k].firstOccurrence(i);
    }
    return undefined;
  }
  /** Some file writes it with the article. */
  get articled(): boolean { return this.parts.some(p => p.articled); }
  /** Every file writes it only after a number. */
  get counted(): boolean { return this.parts.every(p => p.counted); }
  /** Some file writes it without the article. */
  get bare(): boolean { return this.parts.some(p => p.bare); }
  /** Some file writes it as a name (SpellingOccurrences.named). */
  get named(): boolean { return this.parts.some(p => p.named); }
  /** Some file marks it as a name (SpellingOccurrences.marked). */
  get marked(): boolean { return this.parts.some(p => p.marked); }
  /** What its files mark it as (SpellingOccurrences.marks, or-ed). */
  get marks(): number { let k = 0; for (const p of this.parts) k |= p.marks; return k; }
}

/** A spelling used often in ordinary text is no name just because it meets another spelling: the co-occurrence and
 * neighbour evidence below only lift spellings rarer than RARE_COUNT (or known names and their adjectives). */
const rareEnough = memo((folded: string): boolean =>
  // (memo: asked of both spellings of every pair the workspace weighs)
  spacedSpelling(folded).split(' ').every(w => { const st = formStats(w); return st.bare + st.withArticle <= RARE_COUNT || st.wikidata >= 3 || isNisbaOfName(w); }));

/** What lets co-occurrence or shared neighbours stand in for name evidence: the spelling is not frequent, and its
 * letters are not made of Arabic patterns (foreignness >= 0: its trigrams are at least as typical of names as of
 * words), nor is it a common noun (lexicon.ts hasOrdinaryPlural: مليشيا/ميليشيا beside one neighbour, الحوثي, are a
 * loanword spelled two ways). Two patterns of one Arabic root (مقطع/مقاطع, زوجه/زواجه) do meet in one article, and
 * look Arabic. */
const liftable = memo((folded: string): boolean => rareEnough(folded) && !articledOnlyForm(folded) &&
  spacedSpelling(folded).split(' ').every(w => foreignness(w) >= 0 && !commonWord(w)));

/** A word its shape or the corpora show to be a common word, however foreign its letters look to the trigrams: a
 * loanword noun with an ordinary plural (hasOrdinaryPlural), the nisba of a frequent word or its plural (nisbaOfWord),
 * a tenth-form verbal noun (formTenNoun). No meeting lifts it (liftable, movedLift). */
function commonWord(w: string): boolean {
  return hasOrdinaryPlural(w) || nisbaOfWord(w) || formTenNoun(w);
}

/** The verbal noun of an Arabic verb of the tenth form, استفعال (استيراد 'import', استنكار, استهزاء): seven letters,
 * است, two radicals, ا, the third; a pattern so regular that its rarer words look like nothing in particular to the
 * trigram model (foreignness near 0) and met a name a vowel away in one article (استيراد / استرايد, asteroid). Not a
 * spelling the name lists know as a name of three people or more (استيبان, Esteban). */
function formTenNoun(w: string): boolean {
  return /^است[^ا]{2}ا[^ا]$/.test(w) && (wikidataToken(w)?.weight ?? 0) < 3;
}

/** The nisba of a frequent word that no name list knows as a name (مليوني, 'of millions', of مليون), or the plural of
 * an ordinary nisba (nisbaPluralOfWord): an Arabic adjective, however foreign its letters look, and no name for meeting
 * another spelling (ميلوني, Meloni). The nisba of a name (كوري of كوريا: isNisbaOfName) is a name's adjective, which is
 * reported as the name is. */
function nisbaOfWord(w: string): boolean {
  if (nisbaPluralOfWord(w)) return true;
  if (w.length < 5 || !w.endsWith('ي') || isNisbaOfName(w)) return false;
  const stem = w.slice(0, -1), st = formStats(stem);
  return st.bare + st.withArticle >= 20 && st.wikidata < 3;
}

/** The plural of a nisba adjective (ـيون, ـيين) whose singular the corpora use as an ordinary word, with the article,
 * and which is no name's adjective (كرويون 'footballing', of الكروي): an Arabic adjective, and no name for meeting the
 * plural of a name's nisba a vowel away (كوريون, Koreans, of كوري: isNisbaOfName). */
function nisbaPluralOfWord(w: string): boolean {
  if (w.length < 6 || !/ي(ون|ين)$/.test(w)) return false;
  const singular = w.slice(0, -2);
  return isOrdinaryWord(singular) && !isNisbaOfName(singular);
}

/** A word the corpora call ordinary that is a candidate only as the form of a name that takes the article (lexicon.ts
 * articledNameForm: الإنترنت, الكرملين): nothing but two such spellings written only with the article makes it a name
 * (sameName.ts articledVariants); meeting another spelling or sharing a neighbour with it (خدمة الإنترنت / خدمة
 * الإنترنيت) does not, as it does not lift a loanword. */
function articledOnlyForm(folded: string): boolean {
  return !/[ -]/.test(folded) && isOrdinaryWord(folded) && !articledNameShape(folded);
}

/** Distinctive neighbours (mentions.ts) a spelling of this document shares with a spelling of other files: the same
 * first name, title or surname beside both is evidence that they are one name. */
function sharedNeighbours(s: Spelling, other: NeighbourSet, names: DocumentNames): number {
  const seen = new Set<number>();
  for (const i of s.words) for (const h of names.ctx(i)) if (other.has(h)) seen.add(h);
  for (const m of s.pairs) for (const h of m.ctx) if (other.has(h)) seen.add(h);
  return seen.size;
}

/** What settle returns when no spelling is left over (most groups): one empty list, never added to. */
const NO_REST: Spelling[] = [];
/** oneNameRivals' answer when no spelling of the workspace may be one name with this one: one list, never added to. */
const NO_RIVALS: readonly string[] = [];

/** The spellings of a group, the most mentioned first (ties: the better attested). */
function byWeight(first: Spelling): Spelling[] {
  // (an insertion sort, stable as Array.prototype.sort is, so the same order: a group has two or three spellings, and
  // sort's work array for each was half a megabyte of garbage per megabyte of text)
  const list: Spelling[] = [];
  for (let x: Spelling | undefined = first; x; x = x.next) {
    let k = list.length;
    while (k > 0 && heavier(x, list[k - 1])) { list[k] = list[k - 1]; k--; }
    list[k] = x;
  }
  return list;
}
function heavier(x: Spelling, y: Spelling): boolean {
  return x.count > y.count || (x.count === y.count && attestation(x.folded) > attestation(y.folded));
}

/** Evidence for two spellings of one key in one document: their meeting lifts two liftable spellings to a name, and so
 * does a g written two ways in two spellings written with the article (sameName.ts articledVariants). */
function coEvidence(x: Spelling, y: Spelling): number {
  return (x.liftable && y.liftable) || bothArticledVariants(x, y) || movedLift(x, y) || gLift(x, y) ? 2 : x.evidence;
}

/** Two spellings of one document whose meeting may weigh a vowel moved among the same letters as one vowel exchanged
 * (sameName's `together`): two that a moved و or ي lifts (movedLift), or two of which neither is a word the corpora
 * write and no name list knows. Such a word is the corpora's, and its letters with a vowel moved are another word,
 * however foreign both look to the trigrams and however a meeting lifts them: توتير ('escalating') / تويتر, ريالا
 * ('riyals') / رايلا (Raila), ديالي (the province) / دايلي. */
function movedTogether(x: Spelling, y: Spelling): boolean {
  return movedLift(x, y) || (!corporaWord(x.folded) && !corporaWord(y.folded));
}
function corporaWord(folded: string): boolean {
  const st = formStats(folded);
  return st.bare + st.withArticle > 0 && st.wikidata === 0;
}

/** Two spellings, neither written with the article nor only after a number, that write every g of one name ج and غ
 * the other way round, two g's or more (sameName.ts gConvention: غوغل/جوجل): two sources' conventions for one name,
 * which lifts them as a meeting lifts two liftable spellings, however frequent one of them is. */
type GUse = { folded: string; articled: boolean; counted: boolean };
function gLift(x: GUse, y: GUse): boolean {
  // (gConvention first: it answers most pairs from a scan of their letters, where articled and counted read mentions)
  return gConvention(x.folded, y.folded) && !x.articled && !y.articled && !x.counted && !y.counted;
}

/** The endings of an inflected Arabic form (a dual's or a plural's case, a feminine plural, a verb's plural): the
 * stems before them are verbs and nouns whose patterns move a و or ي (يؤديان/يؤيدان: 'they perform', 'they support'). */
const INFLECTED_END = /(ان|ون|ين|ات|وا)$/;

/** Two spellings of one document with the same letters but a و or ي written at another place (sameName.ts movedVowel:
 * نكسيفم/نيكسفم), each one rare word of six letters or more, never written with the article nor only after a number,
 * and not made of Arabic letter patterns through and through (foreignness above ARABIC_SHAPED): their meeting lifts
 * them as it lifts two liftable spellings, below liftable's floor of 0. Letters that move only so are a transliteration's
 * (a name's vowels written where each source hears them); the patterns of one root that meet in an article add or drop
 * a vowel (مقطع/مقاطع), or move an ا (كاتب/كتاب), which is not lifted here, nor an inflected form (INFLECTED_END),
 * nor a common word (commonWord: the nisba of a frequent word, مليوني 'of millions' beside ميلوني, Meloni). */
function movedLift(x: Spelling, y: Spelling): boolean {
  const v = movedVowel(x.folded, y.folded);
  return (v === 'و' || v === 'ي') && [x, y].every(s => s.folded.length >= 6 && !s.articled && !s.counted && rareEnough(s.folded) &&
    !INFLECTED_END.test(s.folded) &&
    !articledOnlyForm(s.folded) && !commonWord(s.folded) && foreignness(s.folded) > ARABIC_SHAPED);
}

/** Two spellings, each written with the article somewhere, that differ only by how a g is written, in the shape of a
 * name that takes the article (الكونغرس/الكونجرس), or by a long vowel written or not when no text writes either
 * without the article (الكرملين/الكريملين): one name (sameName.ts articledVariants). */
type ArticledUse = { folded: string; articled: boolean; bare: boolean };
function bothArticledVariants(x: ArticledUse, y: ArticledUse): boolean {
  return x.articled && y.articled && articledVariants(x.folded, y.folded, () => !x.bare && !y.bare);
}

/** Can a spelling of this document be one name with some spelling of the workspace (workspaceMajority)? Not without
 * name evidence of its own (sameName wants some on both sides) nor a lift from shared neighbours (liftable). */
function canMeetWorkspace(s: Spelling, evidence: number): boolean {
  return evidence > 0 || s.liftable || (s.articled && (articledNameShape(s.folded) || (articledNameForm(s.folded) && !s.bare))) || (s.namedNeighbour && rareEnough(s.folded) && !articledOnlyForm(s.folded));
}

/** What of a spelling's letters lets canMeetWorkspace say yes in some document (a bound on it, asked before the
 * spelling's evidence, which costs: two in three of the spellings that have a rival cannot meet): MAY_MEET, the
 * lexicons' evidence unmarked, liftable or the shape of a name that takes the article, which settle weighs as ever;
 * else the text must mark it (MEET_MARKED: evidence when marked), write it beside a name (MEET_BESIDE: usageEvidence's
 * besideEvidence) or beside a named neighbour (MEET_NAMED: the last term of canMeetWorkspace); 0: in no document. */
const MAY_MEET = 1, MEET_MARKED = 2, MEET_BESIDE = 4, MEET_NAMED = 8;
function meetingFacts(folded: string): number {
  if (nameEvidence(folded, false) > 0 || liftable(folded) || articledNameShape(folded) || articledNameForm(folded)) return MAY_MEET;
  return (nameEvidence(folded, true) > 0 ? MEET_MARKED : 0) | (besideEvidence(folded) ? MEET_BESIDE : 0) |
    (rareEnough(folded) && !articledOnlyForm(folded) ? MEET_NAMED : 0);
}
/** Can canMeetWorkspace say yes of this spelling (meetingFacts, kept on its reading, and what its text does)? */
function mayMeetWorkspace(s: Spelling): boolean {
  const f = s.reading ? s.reading.meet ??= meetingFacts(s.folded) : meetingFacts(s.folded);
  return (f & MAY_MEET) !== 0 || ((f & MEET_MARKED) !== 0 && s.marked) || ((f & MEET_BESIDE) !== 0 && s.besideName) ||
    ((f & MEET_NAMED) !== 0 && s.namedNeighbour);
}

/** Two rare spellings, one of this document and one of other files, that stand beside the same name (a first name, a
 * surname, a place: بيجان نمدار / بيجان نامدار, شختار دونيتسك / شاختار دونيتسك) are one name's however Arabic their
 * letters look: the foreignness floor of `liftable` keeps two patterns of one root apart where they merely meet in an
 * article, and a name beside both is more than a meeting. */
function namedLift(s: Spelling, other: string, otherOf: { readonly ctx: NeighbourSet }): boolean {
  // (a named neighbour first, kept on the spelling: most have none; the other's neighbours last, since gathering them
  // is what costs)
  return s.namedNeighbour && rareEnough(s.folded) && rareEnough(other) && !articledOnlyForm(s.folded) && !articledOnlyForm(other) &&
    s.sharesNamedNeighbour(otherOf.ctx);
}

/** A spelling of this document with no name evidence, one rare word of seven letters or more that does not look
 * Arabic (liftable), meets a one-word spelling of other files that is a name there by their own evidence (`otherOwn`:
 * marked, beside a name, or a name list's): it looks transliterated enough to be that name's spelling (ناتنياهو ×1,
 * nowhere marked, against نتنياهو beside بنيامين in other files). A long word is a name's more than a root's, and the
 * pair test still wants the little a spelling that looks transliterated gets: one vowel written or not. Not one
 * written with the article or only after a number (a noun: 60 ديبلوماسيا against دبلوماسيا). */
function rareLongLift(s: Spelling, other: string, otherOwn: number): boolean {
  return otherOwn >= 1 && s.folded.length >= 7 && !/[ -]/.test(s.folded) && !/[ -]/.test(other) && s.liftable && !s.articled && !s.counted;
}

/** A spelling of this document written with a hyphen before a short last syllable, every mention of it after a name
 * (mentions.ts syllableAfterName: مون جاي-ان), and a spelling of other files written with a space there (مون جاي إن)
 * that shares a distinctive neighbour with it (مون before both): one name, the syllable being the name's in both
 * (sameName.ts separatorVariants, told one name stands beside both). Asked only from the side with the hyphen, which
 * says the syllable is the name's: the spaced side's short word may be the particle it also spells (قال مون جاي إن
 * ...), and is never rewritten into a name's syllable by this. */
function syllableApart(s: Spelling, other: string, otherOf: { readonly ctx: NeighbourSet }, evS: number, evO: number, names: DocumentNames): boolean {
  // (the other's neighbours read last, as in namedLift: gathering them is what costs, and nearly every spelling asked
  // has no hyphen)
  return s.folded.includes('-') && separatorOnly(other, s.folded) && s.words.length === 0 &&
    s.pairs.every(m => names.syllableAfterName(m.token)) && sharedNeighbours(s, otherOf.ctx, names) > 0 &&
    sameName(other, s.folded, evO, evS, true);
}

/** Two spellings that share a name beside them (namedLift) are told to sameName as written beside one name (which lets
 * a diphthong or a name of two consonants be spelled two ways: سولي مونتاري / سولاي مونتاري) only when each is a name or
 * looks transliterated by its own evidence: the lift stands in for evidence, and two Arabic words in a set phrase share
 * a neighbour too (أولا وآخرا لإيران / أولا وأخيرا لإيران). */
function besideOneName(evA: number, evB: number): boolean {
  return evA >= 1 && evB >= 1;
}

/** Spellings `a` and `b`, one marked only as a person's name (a title or a first name before it: `marksA`, `marksB`)
 * and the other only as a thing's (a kind word: مدينة, شركة, بنك): two names, however close their letters (السلطان
 * قابوس / مدينة قابس, مدينة وينستن / هارفي واينستين, بنك مورجان / الممثل مرجان). Unless the thing's spelling is a
 * person's name that a name list knows and the person's spelling writes its English: a place or a firm named after a
 * person bears that person's name (موقع ساذرلاند, the town of Sutherland / الممثل دونالد سذرلاند). The other way
 * round it is not: a person's name the list knows (مرجان, Marjan) says nothing of a firm whose spelling no list
 * knows as a name (بنك مورجان, Morgan), though its letters may write the person's English (murjan). */
function markedApart(a: string, marksA: number, b: string, marksB: number): boolean {
  if (marksA === 0 || marksB === 0 || marksA === (PERSON_MARK | THING_MARK) || marksB === (PERSON_MARK | THING_MARK) || marksA === marksB) return false;
  // (the same vowels, a consonant written with another letter only, g as غ/ج above all: one name's two spellings, an
  // institution named after a person as often as not: مؤسسة غيتس / الملياردير جيتس; the names the marks tell apart
  // differ by a vowel, قابوس/قابس, مورجان/مرجان)
  const d = pairDifference(a, b);
  if (d && !d.vowels) return false;
  const [thing, person] = marksA === THING_MARK ? [a, b] : [b, a];
  return !writesNameOf(thing, person);
}

/** Two spellings a vowel apart (written or not, or one for another), the shorter of which (either, when they are as
 * long: both) has the shape of an Arabic word (sameName.ts rootShaped: three consonants in five letters at most) and is never
 * written as a name by its texts (`aNamed`, `bNamed`: no title, kind word or first name before it, no name beside it in
 * any file): that spelling is the word it spells, not a name one vowel away: بروز ('emergence') is no spelling of
 * برويز (Parviz), nor بينت ('she showed') of بينيت (Bennett), كروش ('bellies') of كيروش (Queiroz) or شاكرا
 * ('thanking') of شاكيرا (Shakira). Letters and name lists cannot tell them apart (each side writes the other's
 * English); how the texts write the short one can: a name of three consonants is written with its first name or
 * title somewhere (فلاديمير بوتن, الرئيس بوتن). */
function wordApart(a: string, aNamed: boolean, b: string, bNamed: boolean): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  // (the shape first: the workspace's every pair is asked, few have a short side that is a word, and the letters'
  // alignment costs more)
  if (!(a.length < b.length ? asWord(a, aNamed) : b.length < a.length ? asWord(b, bNamed) : asWord(a, aNamed) && asWord(b, bNamed))) return false;
  const d = pairDifference(a, b);
  return !!d && d.vowels > 0;
}
function asWord(x: string, named: boolean): boolean { return !named && rootShaped(x); }

/** A spelling of other files of ال and two letters (sameName.ts hamzaArticleShape: إليس, Ellis, its hamza folded onto
 * the alef), written there most with the hamza below (`written`: the article is never written so, nor the particle
 * أليس, 'is it not', whose hamza is the question's, above), that some file marks as a name (`marked`: a title, a kind
 * word or a first name before it: ماري إليس), weighed against a one-word spelling of this document that does not
 * begin with the article's letters (إيليس). The particle is that folded spelling too, and a name beside it says
 * nothing (أليس ترامب من قال...), so: it is weighed only in that direction, as the target, counted only in the files
 * that mark it (SpellingOccurrences.markedCount), and never rewritten, here or by a workspace-wide fix (sameName
 * refuses it everywhere else). */
function hamzaArticleName(other: string, written: string, marked: boolean, here: string): boolean {
  return marked && hamzaArticleShape(other) && written.startsWith('إ') && !here.startsWith('ال') && !/[ -]/.test(here);
}

/** The evidence that the spelling `folded` is a name by what the other files write of it (the index's answer `v`), as
 * a document's spelling is weighed by its own text (Spelling.evidence, sameName.ts usageEvidence). */
function filesEvidence(folded: string, v: SpellingOccurrences): number {
  return usageEvidence(folded, v.marked, v.articled, v.counted, undefined, v.named);
}

/** Some other file writes the spelling `folded` as a name (the index's entries for it: SpellingOccurrences.named): a
 * document that writes a name bare (وقال بوتن) leans on the files that introduce it (الرئيس بوتن). */
function namedElsewhere(ws: ReadonlyMap<string, SpellingOccurrences>, folded: string): boolean {
  for (const [written, v] of ws) if (v.named && (v.folded ?? spellingKey(written)) === folded) return true;
  return false;
}

/** Does the workspace write a name of this key as one word, more than once (a single run-together pair of words,
 * ألمانيةأنغيلا, is a typo, not a spelling)? */
function writtenAsOneWord(spellings: ReadonlyMap<string, SpellingOccurrences>): boolean {
  for (const [written, v] of spellings) if (!/[ -]/.test(v.folded ?? spellingKey(written)) && v.count >= 2) return true;
  return false;
}

/** The two-word spellings of this document written both with a hyphen and with a space (as spacedSpelling). */
function hyphenatedPairs(names: DocumentNames): ReadonlySet<string> {
  // (one shared empty set for the documents with no hyphen in a pair, nearly all of them; told without the strings)
  const pairs = names.pairs;
  if (!pairs.some(i => names.pairHyphened(i))) return NO_PAIRS_APART;
  const withHyphen = new Set<string>(), out = new Set<string>();
  for (const i of pairs) if (names.pairHyphened(i)) withHyphen.add(spacedSpelling(names.pairFolded(i)));
  for (const i of pairs) if (!names.pairHyphened(i) && withHyphen.has(names.pairFolded(i))) out.add(names.pairFolded(i));
  return out;
}
const NO_PAIRS_APART: ReadonlySet<string> = new Set();

/** Does the workspace write the two words of `folded` joined the other way, with a hyphen where it has a space or a
 * space where it has a hyphen? */
function writtenApartOtherwise(spellings: ReadonlyMap<string, SpellingOccurrences>, folded: string): boolean {
  for (const [written, v] of spellings) if (separatorOnly(v.folded ?? spellingKey(written), folded)) return true;
  return false;
}

/** For ties: the spelling better attested as a name, then the more common one in the corpora. */
const attestation = memo((folded: string): number => {
  // (memo: asked in the comparator of every group of two spellings or more)
  const words = spacedSpelling(folded).split(' ');
  return words.reduce((s, w) => s + (wikidataToken(w)?.weight ?? 0) * 10 + corpusCount(w), 0);
});

/** Is `a` better attested than `b` (attestation), the first in code-point order when they are equally attested? */
function betterAttested(a: string, b: string): boolean {
  const d = attestation(a) - attestation(b);
  return d > 0 || (d === 0 && a < b);
}

/** Edits that turn the name at [start, end) into `target`, touching only the letters that differ: clitics,
 * diacritics and everything around the changed letters stay byte-for-byte. */
export function replacementEdits(text: string, start: number, end: number, target: string, uri?: string): TextEdit[] {
  const c = clean(text.slice(start, end));
  const a = c.text, b = target;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  if (p === a.length && p === b.length) return [];
  const from = start + c.map[p];
  const to = start + (q === 0 ? end - start : c.map[a.length - q]);
  const e: TextEdit = { start: from, end: to, newText: b.slice(p, b.length - q) };
  if (uri) e.uri = uri;
  return [e];
}

function houseStyle(config: Config): ReadonlyMap<string, string> {
  // (the last table's map kept, by its content: a house style of hundreds of names was keyed again on every lint; by
  // content, not identity, since the server's lint worker gets a copy of the config with each job, and a caller may
  // change a config it passes again)
  const text = JSON.stringify(config.names ?? {});
  if (text !== lastHouse.text) {
    const made = new Map<string, string>();
    for (const [pref, vars] of Object.entries(config.names ?? {})) for (const v of vars) made.set(spellingKey(cleanWord(v)), pref);
    lastHouse = { text, house: made };
  }
  return lastHouse.house;
}
let lastHouse: { text: string; house: ReadonlyMap<string, string> } = { text: '{}', house: new Map() };

/** Largest batch of edits a document-wide fix carries (see report()). */
const MAX_BATCH = 500;

/** Numbers the documents run() groups (mentions.ts KeyStamp.doc). */
let documentsGrouped = 0;
/** The document (documentsGrouped) whose readings last had a key of each slot (filterSlot): a key whose slot holds
 * another document is no key of this one's readings. */
const keyFilter = new Int32Array(1024);
/** A key's slot in keyFilter, by its polyHash (a reading keeps its key's: WordInfo.keyPoly), where reading the key's
 * letters loaded the string of every reading of every document. */
function filterSlot(keyHash: number): number { return keyHash & 1023; }

/** run()'s lists by reading of the document, kept from document to document and grown when one has more readings
 * (the typed arrays made for each document cost more than the rest of the grouping): each reading's spelling, as its
 * first reading; the next spelling of the group of such a first reading (-1: none); the words of its spelling, and
 * where they begin in `sorted`, the candidate words sorted by spelling (wordsBySpelling: `at` is its scratch). */
class Grouping {
  readonly rep: Int32Array; readonly next: Int32Array; readonly counts: Int32Array; readonly first: Int32Array; readonly at: Int32Array;
  /** 1 for a first reading of its key that run()'s quietKey tells has nothing to settle alone. */
  readonly quiet: Uint8Array;
  sorted = new Int32Array(0);
  constructor(n: number) {
    const size = roomFor(n);
    this.rep = new Int32Array(size); this.next = new Int32Array(size); this.counts = new Int32Array(size);
    this.first = new Int32Array(size); this.at = new Int32Array(size); this.quiet = new Uint8Array(size);
  }
}
let grouping = new Grouping(0);
/** The words of the document wholeNames reads that are one-word mentions, stamped with run()'s number for it. */
let candidates = new Int32Array(0);
/** A power of two, at least n (and 256). */
function roomFor(n: number): number {
  let size = 256;
  while (size < n) size *= 2;
  return size;
}

/** A written spelling as a message shows it: a hyphen inside the name kept (كيم جونغ-أون beside كيم جونغ أون is what
 * may be reported), a dash with spaces beside it written as a space (key.ts bareSpelling). */
const bare = bareSpelling;

function run(article: Article, config: Config, context: LintContext): RuleFinding[] {
  const text = article.text;
  const names = articleMentions(article);
  // group by key; two-word mentions only join a group that has a one-word spelling they are written apart from
  // (a group's spellings in order of first mention; a name has few, so a list searched in order is enough). Grouped by
  // reading (DocumentNames.readings, in order of first use, so of first mention), on each key's stamp
  // (mentions.ts KeyStamp), not in a Map of the document's keys. A group's spellings are made only when something is
  // asked of them (listed): most groups are one spelling that the index's empty answer settles, and a Spelling and a
  // word list for each was most of the rule's allocations.
  const { singles, readings, reading } = names;
  const doc = ++documentsGrouped;
  const workspace = config.transliteration.crossFile ? context.workspace : undefined;
  /** The index's version (WorkspaceView.nameVersion), or 0: what readings keep of it holds while it is the same. */
  const wsVersion = workspace?.nameKey ? workspace.nameVersion?.() ?? 0 : 0;
  const house = houseStyle(config);
  /** A key no file writes in another folded spelling, as the reading keeps (hasRivals): nameRivals says no whoever
   * asks, and a group of that one reading's spelling has nothing to settle (two thirds of the readings). */
  const quietKey = (info: WordInfo): boolean => wsVersion > 0 && info.wsVersion === wsVersion && info.wsKey === -1 && !house.size;
  // (the lists by reading: Grouping)
  const n = readings.length;
  if (grouping.rep.length < n) grouping = new Grouping(n);
  const { rep, next, counts, quiet } = grouping;
  next.fill(-1, 0, n); counts.fill(0, 0, n);
  /** The groups in order of first mention: the first reading of the first spelling, until listed. */
  const heads: (Spelling | number)[] = [];
  for (let r = 0; r < n; r++) {
    const info = readings[r], stamp = info.keyStamp!;
    if (stamp.doc !== doc) {
      stamp.doc = doc; stamp.group = heads.length; heads.push(r); rep[r] = r; keyFilter[filterSlot(info.keyPoly)] = doc;
      // (told here, with the reading at hand, for decideReading to be passed over without loading it again)
      quiet[r] = quietKey(info) ? 1 : 0;
      continue;
    }
    const folded = info.keys.folded;
    for (let x = heads[stamp.group] as number; ; x = next[x]) {
      if (readings[x].keys.folded === folded) { rep[r] = x; break; }
      if (next[x] < 0) { next[x] = rep[r] = r; break; }
    }
  }
  for (let k = 0; k < singles.length; k++) counts[rep[reading[singles[k]]]]++;
  let sorted = false;
  /** The candidate words sorted by spelling (wordsBySpelling), once, when first asked. */
  const wordsSorted = (): Int32Array => {
    if (!sorted) { wordsBySpelling(grouping, singles, reading, n); sorted = true; }
    return grouping.sorted;
  };
  /** The spelling whose first reading is x, its words in text order. */
  const spellingOf = (x: number): Spelling => {
    const bySpelling = wordsSorted(), words: number[] = [], { first } = grouping;
    for (let j = first[x], end = j + counts[x]; j < end; j++) words.push(bySpelling[j]);
    const sp = new Spelling(readings[x].keys.folded, names, words);
    sp.reading = readings[x];
    return sp;
  };
  /** Group g's spellings, made from its readings the first time: the first of them. */
  const listed = (g: number): Spelling => {
    const h = heads[g];
    if (typeof h !== 'number') return h;
    const first = spellingOf(h);
    for (let x = next[h], last = first; x >= 0; x = next[x]) last = last.next = spellingOf(x);
    return heads[g] = first;
  };
  /** The groups of a key no reading of the document has (a two-word spelling's). */
  let pairGroups: Map<string, number> | undefined;
  const groupOf = (key: string, hash = polyHash(key)): number | undefined => {
    // (few two-word keys are a group's: keyFilter, which has the readings' keys and pairGroups', says so of most before
    // a lookup in the table of every key)
    if (keyFilter[filterSlot(hash)] !== doc) return undefined;
    const stamp = names.keyStamps.get(key);
    return stamp?.doc === doc ? stamp.group : pairGroups?.get(key);
  };
  /** The spelling `folded` of the group `key`, added at its end when new. */
  const spellingIn = (key: string, folded: string): Spelling => {
    const hash = polyHash(key), g = groupOf(key, hash);
    if (g === undefined) {
      const sp = new Spelling(folded, names, []);
      (pairGroups ??= new Map()).set(key, heads.length); keyFilter[filterSlot(hash)] = doc;
      heads.push(sp);
      return sp;
    }
    for (let x = listed(g); ; x = x.next) {
      if (x.folded === folded) return x;
      if (!x.next) return x.next = new Spelling(folded, names, []);
    }
  };
  // (or, across the workspace, a name the other files write as one word: فيس بوك here, فيسبوك there; asked only for two
  // rare words neither of which is an ordinary word (فيس بوك, بيونغ يانغ; not عائدا إلى), since the question costs a lookup)
  // (and two words written with a hyphen in one place and a space in another, here or in the other files: كيم جونغ-أون
  // beside كيم جونغ أون; a hyphen between two Arabic words is rare, so the workspace is asked for each such pair, and
  // for the pairs of two rare words, which another file may write with a hyphen; and a spelling the house style names)
  const wsNames = config.transliteration.crossFile ? context.workspace?.nameSpellings : undefined;
  const hyphened = hyphenatedPairs(names);
  // (a hyphen or a space only where the two words stand inside a longer name, beside a word that is a part of one:
  // كيم جونغ-أون; a hyphen between two names is also a relation between them, قمة ترامب-كيم, لقاء ماكرون-ميركل,
  // مباراة ألمانيا-فرنسا, written with a space elsewhere, and that is no spelling of one name)
  const insideName = (i: number): boolean => partOfNameAt(i - 1, i) || partOfNameAt(i + 2, i + 1);
  const partOfNameAt = (k: number, beside: number): boolean => {
    if (k < 0 || k >= names.infos.length) return false;
    const info = names.infos[k];
    if (!info.nameLike || info.articled || info.prefix) return false;
    const [a, b] = k < beside ? [k, beside] : [beside, k];
    return spaceGap(text, names.words.ends[a], names.words.starts[b]);
  };
  // (each pair asked by the hash of its key first, its strings made only for the few that may join: DocumentNames.pairs)
  for (const i of names.pairs) {
    const hash = names.pairKeyHash(i);
    let joins = (keyFilter[filterSlot(hash)] === doc && groupOf(names.pairKey(i), hash) !== undefined) ||
      (hyphened.size > 0 && hyphened.has(spacedSpelling(names.pairFolded(i))) && insideName(i)) || (house.size > 0 && house.has(names.pairFolded(i)));
    if (!joins && wsNames && (names.pairRare(i) || names.pairHyphened(i))) {
      const ws = wsNames.call(context.workspace, names.pairKey(i), context.uri) as ReadonlyMap<string, SpellingOccurrences>;
      joins = ws.size > 0 && ((names.pairRare(i) && writtenAsOneWord(ws)) || (writtenApartOtherwise(ws, names.pairFolded(i)) && insideName(i)));
    }
    if (joins) { const m = names.pair(i); spellingIn(m.key, m.folded).addPair(m); }
  }

  const out: RuleFinding[] = [];
  const flagged = new Set<NameMention>();
  /** Each reported spelling's target, and the findings it gave (for the whole-name pass below). */
  const targets = new Map<string, string>();
  const reported: { s: Spelling; target: string; findings: RuleFinding[] }[] = [];

  // (one object for every question's rivalsOf, which the index reads and never keeps: one per group was garbage)
  const rivals: NameRivalsOf = { folded: '', count: 0, spellings: undefined };
  /** An answer of the index being weighed (workspaceMajority), its spellings in its order: lists kept for the
   * document, where reading the answer by entries() made a pair per spelling, and forEach a closure. */
  const answer = { written: [] as string[], folded: [] as string[], views: [] as SpellingOccurrences[] };
  const readAnswer = (ws: ReadonlyMap<string, SpellingOccurrences>): number => {
    let i = 0;
    ws.forEach((v, written) => { answer.written[i] = written; answer.folded[i] = v.folded ?? spellingKey(written); answer.views[i++] = v; });
    return i;
  };
  /** The occurrences of the folded spelling `folded` in the answer read (its first n spellings). */
  const answerCount = (n: number, folded: string): number => {
    let c = 0;
    for (let i = 0; i < n; i++) if (answer.folded[i] === folded) c += answer.views[i].count;
    return c;
  };
  for (let g = 0; g < heads.length; g++) {
    const h = heads[g];
    if (typeof h !== 'number') decide(h, h.reading?.keys.key ?? h.pairs[0].key);
    else if (next[h] >= 0) decide(listed(g), readings[h].keys.key);
    else if (!quiet[h]) decideReading(h);
  }
  if (reported.length) wholeNames();
  return out;

  /** decide() of a group of one spelling, whose first reading is r, made only when the index knows the name or jAsY
   * may answer: the rest (most groups) cannot lead to a finding. */
  function decideReading(r: number): void {
    if (!workspace?.nameSpellings && !house.size) return;
    const info = readings[r];
    const { key, folded } = info.keys;
    if (house.size || !workspace?.nameSpellings) { decide(spellingOf(r), key); return; }
    // (jAsY answers only for a mention between two names, a few in a thousand of the spellings of its shape: the others
    // go as any spelling, which decide() would settle alike, no Spelling made for them; hasRivals keeps -2 for them)
    if (jAsYShape(folded) && betweenNames(r)) { decide(spellingOf(r), key); return; }
    // (settle's first question, asked with this reading's count before its spelling is made)
    if (!hasRivals(key, folded, counts[r], info)) return;
    const rest = settle(key, [spellingOf(r)], false, true);
    if (rest.length) settle(key, rest, true);
  }

  /** Some word of the spelling whose first reading is r stands between two names (DocumentNames.betweenNames), as jAsY
   * asks. */
  function betweenNames(r: number): boolean {
    const bySpelling = wordsSorted();
    for (let j = grouping.first[r], end = j + counts[r]; j < end; j++) if (names.betweenNames(bySpelling[j])) return true;
    return false;
  }

  /** nameRivals of the spelling `folded` of `key`, written `count` times here, whose reading is `info` (none: a
   * spelling written only in two words). The key's handle in the index (nameKey) is kept on the reading for as long
   * as the index is the same, where looking the key up was half of each question; for a key with no rivals, -1, or -2
   * for a spelling jAsY may answer for, which decideReading must not pass over (quietKey). */
  function hasRivals(key: string, folded: string, count: number, info: WordInfo | undefined): boolean {
    let handle: number | undefined;
    if (wsVersion > 0 && info) {
      if (info.wsVersion !== wsVersion) {
        info.wsVersion = wsVersion; info.wsOne = undefined;
        const at = workspace!.nameKey!(key, folded);
        info.wsKey = at < 0 && jAsYShape(folded) ? -2 : at;
      }
      if (info.wsKey < 0) return false;
      handle = info.wsKey;
    }
    rivals.folded = folded; rivals.count = count; rivals.spellings = handle;
    return workspace!.nameRivals?.(key, context.uri, rivals) ?? true;
  }

  /** What to report of one group: the spellings of one key. */
  function decide(first: Spelling, key: string): void {
    let spellings = first.next ? byWeight(first) : [first];
    // house style first: it wins over any count
    if (house.size) for (const s of spellings) {
      const pref = house.get(s.folded);
      if (!pref) continue;
      report(s, cleanWord(pref), 'house-style', spellings, undefined);
    }
    // one spelling and no workspace to compare with: nothing more to tell
    if (spellings.length === 1 && !workspace?.nameSpellings) return;
    // (a j written ي here and ج in other files, or the other way round, between the same two names: jAsY; the key
    // holds other names too, يونغ beside يانغ, and those are settled as ever)
    let rest0 = spellings;
    if (workspace?.nameSpellings) for (const s of spellings) {
      if (house.has(s.folded)) continue;
      const jy = jAsY(s, key);
      if (!jy) continue;
      // (only its mentions between those two names: the spelling's word elsewhere may be another, بيونغ يانغ split at
      // its ب; a spelling with mentions elsewhere stays in its group for them)
      const between = new Spelling(s.folded, names, []);
      between.reading = s.reading;
      for (const i of s.words) if (jy.beside.every(h => names.namedCtx(i).includes(h))) between.words.push(i);
      report(between, jy.total.written, 'workspace', [between], jy.total);
      if (between.count === s.count) rest0 = rest0.filter(x => x !== s);
    }
    if (!rest0.length) return;
    spellings = rest0;
    // A key can hold two names of one stem (أمريكيين and أمريكيون: the key drops the vowels that inflect them): the
    // spellings that are not the first name's are settled once more, as a name of their own
    const rest = settle(key, spellings, false);
    if (rest.length) settle(key, rest, true);
  }

  /** Reports the spellings of `spellings` (in order of mentions) that are one name with the first one's target;
   * returns the others, which are some other name with this key. `again`: the first spelling is such a rest, and a
   * target another spelling of this document is rewritten to is no target. `rivaled`: the index was asked of the first
   * spelling's rivals (nameRivals) and has some. */
  function settle(key: string, spellings: Spelling[], again: boolean, rivaled?: boolean): Spelling[] {
    const major = spellings[0];
    const houseTarget = house.get(major.folded);
    // One target per name and document, so that safe fixes never undo each other: the house style, else the
    // workspace's majority when it outweighs this document's, else this document's majority.
    let wsWin: WsTotal | undefined;
    let ws: ReadonlyMap<string, SpellingOccurrences> | undefined;
    if (workspace?.nameSpellings && !houseTarget) {
      // (the index first: most names are written one way, or mostly one way, in every file, and it says so without an
      // answer to build, cheaper than the spelling's evidence; the answer is built only for a spelling that can meet
      // the workspace's, a third of those that have a rival)
      if ((rivaled || hasRivals(key, major.folded, major.count, major.reading)) && mayMeetWorkspace(major)) {
        const majorEv = major.evidence;
        // (nor for one that no spelling of the other files may be one name with, whatever the texts say: most)
        const one = canMeetWorkspace(major, majorEv) ? oneNameRivals(major) : NO_RIVALS;
        if (!one || one.length) {
          ws = workspace.nameSpellings(key, context.uri) as ReadonlyMap<string, SpellingOccurrences>;
          if (ws.size) wsWin = workspaceMajority(ws, major, majorEv, spellings, one);
        }
      }
    }
    if (again && targets.has(wsWin?.folded ?? major.folded)) return NO_REST;
    if (wsWin) {
      const same: Spelling[] = [], others: Spelling[] = [];
      for (const s of spellings) {
        if (house.has(s.folded) || s.folded === wsWin.folded || isLetterFormOnlyFolded(s.folded, wsWin.folded)) { same.push(s); continue; }
        const named = namedLift(s, wsWin.folded, wsWin);
        const lifted = (s.liftable && liftable(wsWin.folded) && sharedNeighbours(s, wsWin.ctx, names) > 0) || bothArticledVariants(s, wsWin) || named || gLift(s, wsWin);
        const own = lifted ? 2 : s.evidence === 0 && rareLongLift(s, wsWin.folded, wsWin.own) ? 1 : s.evidence;
        ((sameName(s.folded, wsWin.folded, own, lifted ? 2 : wsWin.evidence, named && besideOneName(s.evidence, wsWin.own), false,
          hamzaArticleName(wsWin.folded, wsWin.written, wsWin.marked, s.folded)) ||
          syllableApart(s, wsWin.folded, wsWin, s.evidence, wsWin.evidence, names)) &&
          !markedApart(s.folded, s.marks, wsWin.folded, wsWin.marks) &&
          !wordApart(s.folded, s.writtenAsName || namedElsewhere(ws!, s.folded), wsWin.folded, wsWin.named || writtenHereAsName(spellings, wsWin.folded)) ? same : others).push(s);
      }
      for (const s of same) if (!house.has(s.folded) && s.folded !== wsWin.folded && !isLetterFormOnlyFolded(s.folded, wsWin.folded)) report(s, wsWin.written, 'workspace', same, wsWin);
      return others;
    }
    if (spellings.length === 1 || again) return NO_REST;
    // Two spellings with one key in one document, neither a frequent word: a writer rarely spells an ordinary word two
    // ways in one article, so their meeting is itself evidence of a name (the morphology guards of sameName still apply).
    const same: Spelling[] = [major], others: Spelling[] = [];
    for (const s of spellings) {
      if (s === major || house.has(s.folded)) continue;
      // (letter forms alone first: the orthography rule's, and telling it costs no evidence)
      (!isLetterFormOnly(s, major) && sameName(s.folded, major.folded, coEvidence(s, major), coEvidence(major, s), false, movedTogether(s, major)) &&
        !markedApart(s.folded, s.marks, major.folded, major.marks) ? same : others).push(s);
    }
    for (const s of same) if (s !== major) report(s, houseTarget ? cleanWord(houseTarget) : major.written, 'document', same, undefined);
    return others;
  }

  /** A foreign j written ي in one spelling and ج in the other at the first letter of a name (يونغ/جونغ: Jong read as
   * the Korean or German y, or as the English j), the rest of the letters the same. The keys differ (ي is a vowel to
   * the key, ج a g), so the workspace is asked for the other spelling's key, and only for a spelling that stands
   * between two names here (DocumentNames.namedCtx on both sides: كيم يونغ أون): the other spelling must stand between
   * the same two names in another file, the whole name written alike but for that letter, with the evidence any pair
   * needs, and be written there more often. ي and ج begin many Arabic words of one pattern (يمل/جمل), which no name
   * stands on both sides of. */
  function jAsY(s: Spelling, key: string): { total: WsTotal; beside: number[] } | undefined {
    const f = s.folded;
    if (!jAsYShape(f)) return undefined;
    // (the first mention between two names: the ones it is compared by)
    const at = s.words.find(i => names.betweenNames(i));
    if (at === undefined) return undefined;
    const beside = names.namedCtx(at);
    const alt = (f[0] === 'ي' ? 'ج' : 'ي') + f.slice(1);
    // (not where the name lists know each spelling as a name of its own, borne by a few, that no English joins:
    // يونغ Young / جونغ Jong, both syllables of Korean names, so that Kim and a last syllable stand beside either,
    // كيم يونغ نام / كيم جونغ نام, two men; the threshold of a name beside both, as sameName's besideOneName)
    if (areDifferentNames(f, alt, 3)) return undefined;
    const ws = workspace!.nameSpellings!(variantKey(alt), context.uri) as ReadonlyMap<string, SpellingOccurrences>;
    if (!ws.size) return undefined;
    let total: WsTotal | undefined, files = 0;
    ws.forEach((v, written) => {
      if ((v.folded ?? spellingKey(written)) !== alt || !beside.every(h => v.ctx.has(h))) return;
      const ev = filesEvidence(alt, v), own = s.evidence;
      if (Math.min(ev, own) < 1 || Math.max(ev, own) < 2 || markedApart(f, s.marks, alt, v.marks)) return;
      total ??= new WsTotal(alt, written, ev, ev);
      total.count += v.count; total.parts.push(v);
      files += v.filesBeside(beside);
    });
    if (!total) return undefined;
    // the spelling the files write between those two names more often wins (files, not occurrences: a word of that
    // spelling stands elsewhere too, يونغ of a بيونغ يانغ split at its ب); this file counts for its own spelling
    let mine = 1;
    (workspace!.nameSpellings!(key, context.uri) as ReadonlyMap<string, SpellingOccurrences>).forEach(v => { if (v.folded === f) mine += v.filesBeside(beside); });
    return files > mine ? { total, beside } : undefined;
  }

  /** A name of several words is reported whole (هونج كونج → هونغ كونغ): a reported spelling is extended over the
   * words joined to it in every one of its mentions when those are reported too (their targets are used). Words that
   * do not vary are not added: the labels write the varying part alone (بيرننج / بيرنينج of Burning Glass), and a
   * word that merely stands beside a name in one article (كرولي لعلاقاته) is no part of it. */
  function wholeNames(): void {
    // one-word mentions by token index: an array, since the indices are small and dense (a Map of every mention
    // of a big text cost more than the rest of this pass), stamped with the document's number in one kept from
    // document to document (one made for each was most of this pass)
    if (candidates.length < names.infos.length) candidates = new Int32Array(roomFor(names.infos.length));
    const candidate = candidates;
    for (let k = 0; k < singles.length; k++) candidate[singles[k]] = doc;
    const byToken = (j: number) => (candidate[j] === doc ? names.mention(j) : undefined);
    const joinedAt = (a: NameMention, b: NameMention) => !b.prefix && joinedGap(text, a.end, b.start);
    const neighbourOf = (m: NameMention, side: -1 | 1): NameMention | undefined => {
      const n = m.token + side >= 0 ? byToken(m.token + side) : undefined;
      if (!n) return undefined;
      return (side === 1 ? joinedAt(m, n) : joinedAt(n, m)) ? n : undefined;
    };
    for (const r of reported) {
      const ms = r.s.mentions.filter(m => m.words === 1);
      if (!ms.length || ms.length !== r.s.mentions.length) continue;
      const parts = (side: -1 | 1): [string, string][] => {
        const got: [string, string][] = [];
        let cur = ms.map(m => m as NameMention | undefined);
        for (let hop = 0; hop < 2; hop++) {
          const next = cur.map(m => (m ? neighbourOf(m, side) : undefined));
          const first = next[0];
          if (!first || next.some(n => !n || n.folded !== first.folded)) break;
          const written = cleanWord(text.slice(first.start, first.end));
          const t = targets.get(first.folded);
          if (t !== undefined) got.push([written, t]);
          else break;
          cur = next;
        }
        return side === -1 ? got.reverse() : got;
      };
      const left = parts(-1), right = parts(1);
      if (!left.length && !right.length) continue;
      for (const f of r.findings) {
        const e = f.evidence as { form: string; target: string };
        e.form = [...left.map(p => p[0]), e.form, ...right.map(p => p[0])].join(' ');
        e.target = [...left.map(p => p[1]), e.target, ...right.map(p => p[1])].join(' ');
      }
    }
  }

  /** The folded spellings of the workspace that may be one name with `major` whatever the texts say of the
   * two: sameName with the most evidence, and either flag workspaceMajority asks it with (more evidence never makes two
   * spellings two names, and articledVariants asks sameName(2, 2) too). Kept on the spelling's reading for the index's
   * version (hasRivals keeps that version there): most spellings weighed have none, two names a vowel apart, and
   * their answer is then never built nor weighed. Undefined where nothing is kept (no reading, or no version) or the
   * view cannot list a key's spellings (nameFolded): every spelling is weighed. */
  function oneNameRivals(major: Spelling): readonly string[] | undefined {
    const r = major.reading;
    if (!r || wsVersion === 0 || r.wsVersion !== wsVersion) return undefined;
    if (!r.wsOne) {
      const folded = r.wsKey >= 0 ? workspace?.nameFolded?.(r.wsKey) : undefined;
      if (!folded) return undefined;
      // (by the key's handle, which hasRivals kept on the reading when it found rivals, as it has before this is asked:
      // the folded spellings alone, where an answer of every file's views was built for them)
      const m = major.folded, one = folded.filter(f => f !== m && (sameName(f, m, 2, 2, false, false, true) || sameName(f, m, 2, 2, true)));
      r.wsOne = one.length ? one : NO_RIVALS;
    }
    return r.wsOne;
  }

  /** The spelling most of the workspace writes for this name, when it is not this document's and outweighs it; only
   * the folded spellings `one` are weighed, when given (oneNameRivals). */
  function workspaceMajority(ws: ReadonlyMap<string, SpellingOccurrences>, major: Spelling, majorEvidence: number, here: Spelling[], one: readonly string[] | undefined): WsTotal | undefined {
    // what this document's spelling weighs (its mentions and the files that agree), and at most what each other
    // spelling of the workspace could: one written less often than this one cannot win, and is not weighed (its
    // evidence and the sameName test are what cost); the name written the same way everywhere (the common case)
    // leaves none
    // (the answer read once into the document's lists, and each folded spelling's count summed over them, where two
    // Maps, of counts and of totals by folded spelling, were made for each of the thousands of answers weighed: an
    // answer has one to ten spellings, nearly always each of a folded spelling of its own)
    const n = readAnswer(ws);
    let own = major.count;
    for (let i = 0; i < n; i++) if (answer.folded[i] === major.folded) own += answer.views[i].count;
    const totals: WsTotal[] = [];
    // (whether other files write this document's spelling as a name: the same for every spelling weighed)
    let majorNamed: boolean | undefined;
    for (let i = 0; i < n; i++) {
      const f = answer.folded[i], v = answer.views[i], written = answer.written[i];
      if (f === major.folded || answerCount(n, f) < own || (one && !one.includes(f)) || markedApart(f, v.marks, major.folded, major.marks) ||
        wordApart(f, v.named || writtenHereAsName(here, f), major.folded, majorNamed ??= major.writtenAsName || namedElsewhere(ws, major.folded))) continue;
      // the same evidence as in one document: each spelling a name by its own text or by the lexicons
      const filesOwn = filesEvidence(f, v);
      let evidence = filesOwn;
      // (a name of ال and two letters, its hamza folded onto the alef: إليس, Ellis, against إيليس here; the particle
      // أليس, 'is it not', is that spelling too, and a name only where a title or first name stands before it, so
      // only the files that mark it count, and it is never rewritten: hamzaArticleName)
      const hamza = hamzaArticleName(f, written, v.marked, major.folded);
      const counted = hamza ? v.markedCount() : v.count;
      if (counted === 0) continue;
      if (!sameName(f, major.folded, evidence, majorEvidence, false, false, hamza)) {
        // weak lexical evidence: the two spellings must then share distinctive neighbours across the files, or be a
        // name that takes the article with its g written two ways
        // (the lifts, which gather the other files' neighbours, asked only where the first and cheap condition of one
        // holds and a lift could make the two one name, whether or not one name stands beside both: nine in ten
        // weighed are two names by their letters)
        const mayLift = ((major.liftable && liftable(f)) || major.namedNeighbour || gConvention(v.folded, major.folded)) &&
          (sameName(f, major.folded, 2, 2) || sameName(f, major.folded, 2, 2, true));
        const named = mayLift && namedLift(major, f, v);
        if (!mayLift || !((liftable(f) && major.liftable && sharedNeighbours(major, v.ctx, names) > 0) || named || gLift(v, major)) ||
          !sameName(f, major.folded, 2, 2, named && besideOneName(evidence, majorEvidence))) {
          if (!bothArticledVariants({ folded: f, articled: v.articled, bare: v.bare }, major)) {
            if (!(majorEvidence === 0 && rareLongLift(major, f, evidence) && sameName(f, major.folded, evidence, 1)) &&
              !syllableApart(major, f, v, majorEvidence, evidence, names)) continue;
            evidence = Math.max(evidence, 1);
          } else evidence = 2;
        } else evidence = 2;
      }
      let t = totals.find(x => x.folded === f);
      if (!t) totals.push(t = new WsTotal(f, written, evidence, filesOwn));
      t.count += counted; t.parts.push(v);
    }
    let best: WsTotal | undefined;
    // (a tie between the workspace's spellings goes as the tie with this document's below: the better attested, then the
    // first in code-point order, whatever order the files were indexed in)
    for (const t of totals) if (!best || t.count > best.count || (t.count === best.count && betterAttested(t.folded, best.folded))) best = t;
    if (!best || isLetterFormOnlyFolded(best.folded, major.folded)) return undefined;
    // the workspace's count decides; a tie goes to the better-attested spelling, and between equally attested ones to
    // the first in code-point order: the same answer from either file, so one of two files that write a name once
    // each is told (بوتين ×1 / بوتن ×1)
    if (best.count > own) return best;
    if (best.count === own && betterAttested(best.folded, major.folded)) return best;
    return undefined;
  }

  function report(s: Spelling, target: string, scope: 'house-style' | 'document' | 'workspace', all: Spelling[],
    ws: WsTotal | undefined): void {
    const counts: Record<string, number> = {};
    for (const x of all) counts[bare(x.written)] = x.count;
    const here = s.count;
    // (the target's spelling and the name's key made once, not once per spelling compared or per finding: each is a
    // run of regular expressions)
    const targetKey = spellingKey(target), key = variantKey(s.folded), fingerprintText = `${s.folded}>${targetKey}`;
    const targetHere = all.find(x => x.folded === targetKey)?.count ?? 0;
    const form = bare(s.written);
    const tgt = bare(target);
    let en: string, ar: string;
    if (scope === 'workspace') {
      const files = ws!.uris.length;
      counts[tgt] = (counts[tgt] ?? 0) + ws!.count;
      en = `«${form}» ×${here} here; «${tgt}» ×${ws!.count} in ${files} other file${files === 1 ? '' : 's'}. Write the name one way.`;
      ar = `«${form}» ×${here} هنا؛ «${tgt}» ×${ws!.count} في ${files} ${files === 1 ? 'ملف آخر' : 'ملفات أخرى'}. اكتب الاسم بصيغة واحدة.`;
    } else if (scope === 'house-style') {
      en = `«${form}» ×${here} here; the house style writes «${tgt}».`;
      ar = `«${form}» ×${here} هنا؛ أسلوب التحرير يكتب «${tgt}».`;
    } else {
      en = `«${form}» ×${here} and «${tgt}» ×${targetHere} in this document. Write the name one way.`;
      ar = `«${form}» ×${here} و«${tgt}» ×${targetHere} في هذا المستند. اكتب الاسم بصيغة واحدة.`;
    }
    const related: RelatedLocation[] | undefined = ws ? ws.uris.slice(0, 20).map((uri, i) => {
      const at = ws.firstOccurrence(i);
      return { uri, start: at?.[0], end: at?.[1], message: { en: `«${tgt}» is written here`, ar: `هنا تُكتب «${tgt}»` } };
    }) : undefined;
    // every variant of this name in the document (all spellings but the target)
    const variants = all.filter(x => x.folded !== targetKey);
    const rep = { s, target: tgt, findings: [] as RuleFinding[] };
    reported.push(rep);
    targets.set(s.folded, tgt);
    // The document-wide and workspace-wide fixes are built once per spelling and shared by its findings; past
    // MAX_BATCH edits they are not offered (a batch that size is a job for find-and-replace, and copying it into every
    // finding would make memory and output grow with the square of the text).
    const docEdits = variants.flatMap(x => x.mentions.flatMap(m => replacementEdits(text, m.start, m.end, target)));
    let wsEdits: TextEdit[] | undefined;
    if (context.workspace?.nameSpellings && docEdits.length <= MAX_BATCH) {
      const others = context.workspace.nameSpellings(s.mentions[0].key, context.uri) as ReadonlyMap<string, SpellingOccurrences>;
      // the other files' spellings of this name, counted before their offsets are listed: a batch over the bound is
      // not offered, and listing a common name's offsets in every file was most of the cost of a report
      const fromOthers: SpellingOccurrences[] = [];
      // (what the texts mark the target as, to keep out of the batch a spelling the rule keeps apart from it wherever
      // the two meet: a person's name beside a firm's, الممثل مرجان beside بنك مورجان)
      const targetMarks = (ws?.marks ?? 0) | (all.find(x => x.folded === targetKey)?.marks ?? 0);
      let n = docEdits.length;
      others.forEach(v => {
        if (v.folded === targetKey) return;
        if (!sameName(v.folded, targetKey, filesEvidence(v.folded, v), 2) &&
          !(v.articled && articledVariants(v.folded, targetKey, !v.bare))) return;
        if (markedApart(v.folded, v.marks, targetKey, targetMarks)) return;
        fromOthers.push(v);
        n += v.count;
      });
      if (fromOthers.length && n <= MAX_BATCH * 4) {
        const elsewhere: TextEdit[] = [];
        // (a file known only by the index is replaced over the whole stored span, since its text is not at hand)
        for (const v of fromOthers) v.forEachOccurrence((uri, start, end) => { elsewhere.push({ uri, start, end, newText: target }); });
        // by file and offset, whatever order the files were indexed in
        elsewhere.sort((a, b) => (a.uri! < b.uri! ? -1 : a.uri! > b.uri! ? 1 : a.start - b.start));
        if (elsewhere.length) wsEdits = [...docEdits, ...elsewhere];
      }
    }
    const docFix: Fix | undefined = docEdits.length > 1 && docEdits.length <= MAX_BATCH ? {
      title: { en: `Write «${tgt}» everywhere in this document`, ar: `اكتب «${tgt}» في المستند كله` }, edits: docEdits, scope: 'document',
    } : undefined;
    const wsFix: Fix | undefined = wsEdits ? {
      title: { en: `Write «${tgt}» in every file of the workspace`, ar: `اكتب «${tgt}» في كل ملفات مساحة العمل` }, edits: wsEdits, scope: 'workspace',
    } : undefined;
    // (the same for each of the spelling's findings)
    const listed = Object.entries(counts).map(([k, v]) => `«${k}» ×${v}`);
    const explanationEn = `This name is written more than one way (${listed.join(', ')}). ` +
      (scope === 'house-style' ? 'The house style (names in .arabic-news-lint.json) sets the spelling.' : scope === 'workspace' ? 'Most files of the workspace write it another way.' : 'Most mentions in this document write it another way.');
    const explanationAr = `هذا الاسم مكتوب بأكثر من صيغة (${listed.join('، ')}). ` +
      (scope === 'house-style' ? 'أسلوب التحرير (names في ‎.arabic-news-lint.json) يحدد الصيغة.' : scope === 'workspace' ? 'أغلب ملفات مساحة العمل تكتبه بصيغة أخرى.' : 'أغلب مواضع ذكره في هذا المستند تكتبه بصيغة أخرى.');
    for (const m of s.mentions) {
      if (flagged.has(m)) continue;
      flagged.add(m);
      const edits = replacementEdits(text, m.start, m.end, target);
      if (!edits.length) continue;
      const fixes: Fix[] = [{
        title: { en: `Write «${tgt}»`, ar: `اكتب «${tgt}»` }, edits, safe: true, preferred: true, scope: 'finding',
      }];
      if (docFix) fixes.push(docFix);
      if (wsFix) fixes.push(wsFix);
      if (scope !== 'house-style') fixes.push({
        title: { en: `Always write «${tgt}» (add to the house style)`, ar: `اكتب «${tgt}» دائما (أضفها إلى أسلوب التحرير)` },
        edits: [], scope: 'finding', configEdit: { path: ['names', tgt], op: 'append', value: form },
      });
      const finding: RuleFinding = {
        kind: scope,
        start: m.start, end: m.end,
        message: { en, ar },
        explanation: { en: explanationEn, ar: explanationAr },
        evidence: { form, target: tgt, scope: scope === 'workspace' ? 'workspace' : 'document', forms: counts, key },
        related,
        fixes,
        fingerprintText,
      };
      out.push(finding);
      rep.findings.push(finding);
    }
  }
}

/** A spelling jAsY may answer for: one word of four letters or more that begins with ي or ج. */
function jAsYShape(f: string): boolean {
  // (the first letter first, by its code: asked of every spelling of every document, and f[0] makes a string)
  const c = f.charCodeAt(0);
  return (c === 0x64a || c === 0x62c) && f.length >= 4 && !/[ -]/.test(f);
}

/** The candidate words of a document sorted by spelling into g.sorted (g.rep: each of its n readings' spelling, as its
 * first reading; a counting sort, so text order within each), and where each spelling's begin (g.first); g.counts:
 * the words of each spelling. */
function wordsBySpelling(g: Grouping, singles: Int32Array, reading: Int32Array, n: number): void {
  const { rep, counts, first, at } = g;
  if (g.sorted.length < singles.length) g.sorted = new Int32Array(roomFor(singles.length));
  const sorted = g.sorted;
  if (n > 0) first[0] = at[0] = 0;
  for (let r = 1; r < n; r++) first[r] = at[r] = first[r - 1] + counts[r - 1];
  for (let k = 0; k < singles.length; k++) { const i = singles[k]; sorted[at[rep[reading[i]]]++] = i; }
}

/** This document writes the spelling `folded` (one of `spellings`) as a name (Spelling.writtenAsName). */
function writtenHereAsName(spellings: readonly Spelling[], folded: string): boolean {
  return spellings.some(x => x.folded === folded && x.writtenAsName);
}

/** Two spellings that differ only in letter forms (أ/ا, ى/ي, ة/ه, Persian letters that are keyboard slips) are the
 * orthography rule's. Not the letters of foreign sounds: ڤينسانت/فينسانت is one name spelled two ways. */
function isLetterFormOnly(a: Spelling, b: Spelling): boolean { return isLetterFormOnlyFolded(a.folded, b.folded); }
function isLetterFormOnlyFolded(a: string, b: string): boolean { return a === b || foldLetterForms(a) === foldLetterForms(b); }

function mostWritten(text: string, ms: NameMention[]): string {
  const c = new Map<string, number>();
  for (const m of ms) { const w = cleanWord(text.slice(m.start, m.end)); c.set(w, (c.get(w) ?? 0) + 1); }
  return [...c].sort((a, b) => b[1] - a[1])[0][0];
}

export const transliteration: Rule = {
  id: 'transliteration',
  description: { en: 'One name written two ways, in a document or across the workspace', ar: 'اسم واحد مكتوب بصيغتين في المستند أو في مساحة العمل' },
  docs: 'docs/rules/transliteration.md',
  defaultSeverity: 'warning',
  after: ['boilerplate'],
  run,
};
