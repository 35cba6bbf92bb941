// Reading one sentence for attribution: where the hedges are, and for every attribution frame (a reporting verb, a
// preposition of attribution, a belief verb) what fills its source slot: a name, a vague source, a placeholder, or
// nothing (a pronoun subject that continues the previous sentence's source). Works on the Article's tokens and their
// folded keys; never re-tokenises.
import { isDiacritic } from '../../arabic/letters';
import { ARABIC_TOKEN, LATIN_TOKEN, NUMBER_TOKEN, type TokenTable } from '../../arabic/tokenize';
import type { ClaimKind, HeadHit, Lexicon, ReportingVerb } from './lexicon';
import {
  conjIn, fixedWords, hasConj, keyNoAt, markBoundaries, T_CLAUSE_CONJUNCTION, T_CLAUSE_OPENER,
  T_COMPARATIVE, T_COMPLEMENTIZER, T_CONJ, T_CONJ_NOT_VERB, T_DEFINITE, T_FROM, T_GENTILIC, T_GHAYR, T_HEAD, T_HEDGES,
  T_IMPERSONAL, T_INSTITUTION, T_LAM_OBJECT, T_NAMING, T_NO_SLOT, T_NOT_NAME, T_NOT_SUBJECT, T_ORIGIN, T_PARTICIPLE,
  T_PLURAL, T_POSSESSOR, T_PREPS, T_QAD, T_QUALIFIER, T_QUANTIFIER, T_QUANTIFIER_LINK, T_RECIPIENT, T_REQUIRES,
  T_SKIP_BEFORE_SUBJECT, T_VCONJ_NOT_VERB, T_VDEFINITE, T_VERB, T_VQUANTIFIER_LINK, type ArticleWords, type WordFacts,
} from './words';

/** named: a person, office, outlet, document…; vague: an unnamed source; implicit: no subject written (وأضاف أن…);
 * inherit: a definite back-reference (المصدر، المسؤول) that means whatever the previous source was; placeholder:
 * a bracketed placeholder a fix inserted. */
export type SourceClass = 'named' | 'vague' | 'implicit' | 'inherit' | 'placeholder';

export interface AttributionFrame {
  cls: SourceClass;
  /** For vague sources: unnamed group/person (vague-source) or unnamed media/reports (no-source). */
  kind?: ClaimKind;
  /** How the source slot was found. */
  via: 'verb' | 'preposition' | 'subject-before' | 'belief' | 'origin' | 'news' | 'mention';
  /** The cue: the verb or preposition together with its source, in document offsets. */
  start: number;
  end: number;
  /** The source words, when written. */
  sourceStart?: number;
  sourceEnd?: number;
  /** Token index (within the sentence) of the verb or preposition: frames are ordered by it. */
  at: number;
  /** The source is a study or report: its definite form (الدراسة) means the last one mentioned. */
  study?: boolean;
}

export interface HedgeCue { start: number; end: number; insertAt: number; at: number; background: boolean }

export interface SentenceAnalysis {
  frames: AttributionFrame[];
  hedges: HedgeCue[];
  /** Does a new coordinated clause (، و… / بينما / لكن) start between token a and token b? */
  clauseBreakBetween(a: number, b: number): boolean;
  /** Is there a complementizer (أن/إن) between token a and token b, i.e. is b inside what a reports? */
  complementizerBetween(a: number, b: number): boolean;
  /** Is there punctuation between token a and token b? */
  punctuationBetween(a: number, b: number): boolean;
}

const OPEN_QUOTE = /[«"“]/;
/** Mark of tokens that belong to a hedge phrase. */
const HEDGE = 2;
const CLOSE_QUOTE = /[»"”]/;
interface Slot { cls: SourceClass; kind?: ClaimKind; from: number; to: number; study?: boolean }

/** SentenceReader's per-token arrays, shared by every reader (one reads at a time), grown to the longest sentence read:
 * an Article's reader starts with arrays already in use, not new ones it grows. */
const shared = { consumed: new Uint8Array(256), boundary: new Uint8Array(256) };

/** Reads the sentences of one Article, one at a time: after read(), it is that sentence's analysis, until the next
 * read(). One reader serves the whole Article, so a sentence costs no reader, arrays or closures of its own. */
export class SentenceReader implements SentenceAnalysis {
  private consumed = shared.consumed;
  /** 1 where clause punctuation stands between token i-1 and token i of the sentence: found for the sentences read
   * (those with a cue), not for every token of the Article. */
  private boundary = shared.boundary;
  readonly frames: AttributionFrame[] = [];
  readonly hedges: HedgeCue[] = [];
  /** The sentence: the Article's tokens [lo, lo + n), its cues words.cues[cueFrom, cueTo), its text from sentenceStart. */
  private n = 0;
  private lo = 0;
  private cueFrom = 0;
  private cueTo = 0;
  private sentenceStart = 0;

  /** `words` says what each of the Article's tokens is to the lexicon (see words.ts).
   * Token indices in the reader are within the sentence. */
  /** words.ids, words.factsById, words.traits and words.moreTraits, read for every look at a token's facts. */
  private readonly ids: Int32Array;
  private readonly factsById: readonly (WordFacts | undefined)[];
  private readonly traits: Int32Array;
  private readonly moreTraits: Uint8Array;

  /** The Article's tokens, by field. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;

  constructor(private readonly text: string, private readonly toks: TokenTable, private readonly words: ArticleWords,
    private readonly lex: Lexicon) {
    this.starts = toks.starts;
    this.ends = toks.ends;
    this.kinds = toks.kinds;
    this.ids = words.ids;
    this.factsById = words.factsById;
    this.traits = words.traits;
    this.moreTraits = words.moreTraits;
  }

  /** Token i's offsets and kind (tokenize.ts TokenTable) and its text, sliced when asked; i within the sentence. */
  private startAt(i: number): number { return this.starts[this.lo + i]; }
  private endAt(i: number): number { return this.ends[this.lo + i]; }
  private kindAt(i: number): number { return this.kinds[this.lo + i]; }
  private textAt(i: number): string { return this.text.slice(this.startAt(i), this.endAt(i)); }
  /** Token i's facts; undefined outside the sentence. */
  private fact(i: number): WordFacts | undefined { return i >= 0 && i < this.n ? this.factsById[this.ids[this.lo + i]] : undefined; }
  /** Token i's traits (words.ts: T_VERB, T_HEAD, T_RECIPIENT…), 0 outside the sentence: what the reader asks of the
   * words around a cue, answered by one array read, with no load of its WordFacts or key. */
  private trait(i: number): number { return i >= 0 && i < this.n ? this.traits[this.ids[this.lo + i]] : 0; }
  /** Token i's MORE_TRAITS (T_QUALIFIER, T_NAMING…), 0 outside the sentence. */
  private moreTrait(i: number): number { return i >= 0 && i < this.n ? this.moreTraits[this.ids[this.lo + i]] : 0; }
  /** Token i's folded key, and its verb key (final ى kept); undefined outside the sentence, like an array read. */
  private key(i: number): string { return this.fact(i)?.key!; }
  private vkey(i: number): string { return this.fact(i)?.vkey!; }
  /** Token i's WordFacts.keyNo; i within the sentence. */
  private keyNo(i: number): number { return keyNoAt(this.words, this.lo + i); }
  /** The c-th of the Article's cues, as a token index within the sentence (c in [cueFrom, cueTo)). */
  private cueAt(c: number): number { return this.words.cues[c] - this.lo; }

  /** The text between token i-1 (or the sentence start) and token i. */
  private gap(i: number): string {
    const from = i === 0 ? this.sentenceStart : this.endAt(i - 1);
    return i < this.n ? this.text.slice(from, this.startAt(i)) : '';
  }
  private boundaryBefore(i: number): boolean { return i > 0 && i < this.n && this.boundary[i] === 1; }
  /** Does the gap before token i (i > 0) have a character of `re`? Only clause punctuation (words.ts BOUNDARY) is
   * asked for, so a gap with none is not sliced. */
  private gapHas(i: number, re: RegExp): boolean { return this.boundaryBefore(i) && re.test(this.gap(i)); }

  verbAt(i: number): ReportingVerb | undefined {
    return this.trait(i) & T_VERB ? this.fact(i)!.verb : undefined;
  }

  headAt(i: number): HeadHit | undefined {
    return this.trait(i) & T_HEAD ? this.headChecked(i, this.fact(i)!.head!) : undefined;
  }

  private headChecked(i: number, hit: HeadHit): HeadHit | undefined {
    // «وكالة الأنباء»، «مركز الدراسات»: the head is part of an institution's name
    if (i > 0 && !this.boundaryBefore(i) && this.trait(i - 1) & T_INSTITUTION) return undefined;
    if (hit.head.next && !(i + 1 < this.n && hit.head.next.has(this.key(i + 1)) && !this.boundaryBefore(i + 1))) return undefined;
    return hit;
  }

  private isQuantifier(i: number): boolean { return (this.trait(i) & T_QUANTIFIER) !== 0; }

  private isComplementizer(i: number): boolean { return (this.trait(i) & T_COMPLEMENTIZER) !== 0; }

  /** Is token i a verb (verbAt), without its verb? */
  private isVerb(i: number): boolean { return (this.trait(i) & T_VERB) !== 0; }

  /** A belief verb written with و/ف starts a coordinated clause: «…تحتجزهما حماس ويعتقد أنهما قتلا» is passive. */
  private coordinated(i: number): boolean { return (this.trait(i) & T_VCONJ_NOT_VERB) !== 0; }

  /** أكثر، بأكبر، وأقل: an elative, as in «أكبر من المتوقع» (words.ts finds it per spelling). */
  private comparative(k: number): boolean { return (this.trait(k) & T_COMPARATIVE) !== 0; }

  /** A word before a masculine singular verb that cannot be its subject: a feminine or plural noun, or التي/الذين —
   * so «صفقة يعتقد أن…»، «والتي يعتقد بأنها…» are passive (is believed), not «X believes». */
  private cannotBeSubject(k: number): boolean { return (this.trait(k) & T_NOT_SUBJECT) !== 0; }

  /** A plural verb (قالوا، يقولون) agrees with a subject written before it, or with a pronoun. */
  private pluralVerb(i: number): boolean { return (this.trait(i) & T_PLURAL) !== 0; }

  /** Extend a vague source over the words that describe it (مصادر أمنية يمنية، شهود عيان، مصادر غير رسمية). */
  private describe(head: number): number {
    let k = head;
    for (let steps = 0; steps < 4 && k + 1 < this.n && !this.boundaryBefore(k + 1); steps++) {
      const more = this.moreTrait(k + 1);
      if (more & T_GHAYR && k + 2 < this.n) { k++; continue; }
      if (more & T_QUALIFIER || (this.gentilic(k + 1) && !this.isVerb(k + 1))) { k++; continue; }
      break;
    }
    return k;
  }

  /** Adjectives of origin or kind (يمنية، تركي، غربيون): a -ي/-ية/-يون/-يين word. */
  private gentilic(i: number): boolean { return this.kindAt(i) === ARABIC_TOKEN && (this.moreTrait(i) & T_GENTILIC) !== 0; }

  /** After a definite singular head (المحلل الاقتصادي …), is a name written? Then the source is named. */
  private nameFollows(head: number): boolean {
    let k = head + 1;
    while (k < this.n && k - head <= 3 && this.trait(k) & T_DEFINITE && !this.gapHas(k, /[:«"“]/)) k++;
    if (k >= this.n || k - head > 4) return false;
    if (this.gapHas(k, /[:«"“؛;.]/)) return false;
    if (this.kindAt(k) === LATIN_TOKEN) return true;
    if (this.kindAt(k) !== ARABIC_TOKEN || this.trait(k) & T_VDEFINITE) return false;
    return !(this.moreTrait(k) & T_NOT_NAME || this.isVerb(k) || this.headAt(k));
  }

  /** A study or report is named when what follows says whose it is (أجرتها جامعة…، لـ«ماكنزي»، "اسم"). */
  private studyNamed(head: number): boolean {
    const after = head + 1;
    if (after < this.n && !this.boundaryBefore(after) && this.key(after).startsWith('ل') && this.key(after).length > 3 && this.kindAt(after) === ARABIC_TOKEN) return true;
    for (let k = head + 1; k < this.n && k - head <= 5; k++) {
      if (this.isComplementizer(k) || this.isVerb(k) && !this.lex.g.studyNaming.has(this.vkey(k))) return false;
      if (OPEN_QUOTE.test(this.gap(k)) || this.kindAt(k) === LATIN_TOKEN) return true;
      const key = this.vkey(k);
      if (this.lex.g.recipient.has(key)) return true;
      if (this.namesStudy(key) || hasConj(key) && this.namesStudy(key.slice(1))) return true;
    }
    return false;
  }

  /** A word (or the word after و/ف) that says whose a study is: a naming word, or an institution's head, with or
   * without ل/لل/ب before it. */
  private namesStudy(c: string): boolean {
    const bare = c.startsWith('لل') ? c.slice(2) : c.startsWith('ل') || c.startsWith('ب') ? c.slice(1) : c;
    return this.lex.g.studyNaming.has(c) || this.lex.g.institutionHeads.has(c) || this.lex.g.institutionHeads.has(bare);
  }

  /** An indefinite noun followed by a definite noun that is not its adjective is a construct: تقرير الشال = the
   * report of al-Shall (adjectives agree in definiteness, so a definite word after an indefinite head is a possessor). */
  private possessorFollows(head: number): boolean {
    const k = head + 1;
    return k < this.n && !this.boundaryBefore(k) && this.kindAt(k) === ARABIC_TOKEN && (this.moreTrait(k) & T_POSSESSOR) !== 0;
  }

  /** What a vague head at i means here: vague, named (a name or naming phrase follows), or a back-reference. */
  private headSlot(i: number, hit: HeadHit, from = i): Slot {
    const to = this.describe(i);
    // «مسؤول إعلامي بشرطة تورونتو، يدعى غاري لونغ» names the official
    for (let k = to + 1; k < this.n && k - to <= 6 && !this.isComplementizer(k) && !this.gapHas(k, /:/); k++) {
      if (this.moreTrait(k) & T_NAMING) return { cls: 'named', from, to };
    }
    if (hit.head.study && (this.studyNamed(to) || !hit.definite && this.possessorFollows(i))) return { cls: 'named', from, to, study: true };
    // «المحلل السياسي مصطفى أوزجان» is named; «خبراء الصندوق»، «محللو بلومبرغ» say whose experts (not «مصادر القمة»)
    if (hit.definite && this.lex.singulars.has(hit.head) && this.nameFollows(i)) return { cls: 'named', from, to };
    if (!hit.definite && !hit.head.mention && !hit.head.study && this.possessorFollows(i)) return { cls: 'named', from, to };
    if (hit.head.study && hit.definite && hit.head.definite === 'inherit') return { cls: 'inherit', kind: hit.head.kind, from, to, study: true };
    if (hit.definite && hit.head.definite === 'inherit') return { cls: 'inherit', kind: hit.head.kind, from, to };
    return { cls: 'vague', kind: hit.head.kind, from, to };
  }

  /** Classify the source slot starting at token j (a subject after a verb, or the object of a preposition). */
  private slot(j: number, skipRecipient: boolean, initial = true): Slot | undefined {
    let skipped = false;
    // a recipient or a time word may stand between the verb and its subject (قالت لـ«الوطن» مصادر، قال أمس مصدر)
    for (let guard = 0; skipRecipient && guard < 4 && j < this.n; guard++) {
      const t = this.trait(j);
      if (t & T_RECIPIENT) {
        skipped = true;
        j++;
        if (j < this.n && this.gapHas(j, OPEN_QUOTE)) { while (j + 1 < this.n && !this.gapHas(j + 1, CLOSE_QUOTE)) j++; }
        j++;
        continue;
      }
      if (t & T_SKIP_BEFORE_SUBJECT) { j++; continue; }
      if (t & T_LAM_OBJECT && this.kindAt(j) === ARABIC_TOKEN && !this.headAt(j)) {
        j++;
        skipped = true;
        while (j < this.n && this.trait(j) & T_DEFINITE && !this.boundaryBefore(j) && !this.isVerb(j)) j++;
        continue;
      }
      break;
    }
    // a hedge in the subject slot (تفيد الأنباء المتداولة…) is the claim's only "source": no frame of its own
    if (j >= this.n || this.consumed[j] === HEDGE) return undefined;
    if (this.boundaryBefore(j)) {
      const gap = this.gap(j);
      if (gap.includes('[')) return { cls: 'placeholder', from: j, to: j };
      if (gap.includes(':') || !skipped && /[«"“]/.test(gap)) return undefined;
    }
    if (this.trait(j) & T_NO_SLOT) return undefined;
    if (this.isQuantifier(j)) {
      let h = j + 1;
      if (h < this.n && this.trait(h) & T_QUANTIFIER_LINK) h++;
      const hit = this.headAt(h);
      if (hit) { this.consumed[h] = 1; return { ...this.headSlot(h, hit, j), cls: 'vague', kind: hit.head.kind }; }
      // «قال أحد المرضى» is a vague source; «يعتبر أحد أهم…» after a subject is a predicate
      if (initial) return { cls: 'vague', kind: 'vague-source', from: j, to: Math.min(h, this.n - 1) };
    }
    const hit = this.headAt(j);
    // a subject takes no preposition: «نفي لشائعات» is not «شائعات» speaking
    if (hit && !(hit.prep && skipRecipient)) { this.consumed[j] = 1; return this.headSlot(j, hit); }
    // anything else in the subject slot is a name, a title, an office, an outlet, a document
    let to = j;
    while (to + 1 < this.n && to - j < 4 && !this.boundaryBefore(to + 1) && !this.isComplementizer(to + 1) && !this.isVerb(to + 1)) to++;
    return { cls: 'named', from: j, to };
  }

  /** Is the verb at i the first word of its clause, so that an empty slot after it means "the same source as before"? */
  private clauseInitial(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && !this.boundaryBefore(k + 1) && this.trait(k) & T_QAD) k--;
    if (k < 0) return true;
    if (this.boundaryBefore(k + 1)) {
      // «…، وقال» continues; «ميركل، قالت» has its subject before the comma
      if (this.trait(i) & T_CONJ_NOT_VERB) return true;
      return (this.trait(k) & (T_VDEFINITE | T_CLAUSE_OPENER)) !== 0 || this.kindAt(k) === NUMBER_TOKEN;
    }
    return (this.trait(k) & T_CLAUSE_OPENER) !== 0;
  }

  /** A vague source written before its verb, in the same clause (مصادر أخرى قالت، وكانت مصادر عسكرية قد أكدت). */
  private subjectBefore(i: number): Slot | undefined {
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
      if (this.boundaryBefore(k + 1) || this.isComplementizer(k) || this.isVerb(k) || this.consumed[k]) return undefined;
      const hit = this.headAt(k);
      if (hit && !hit.prep) {
        this.consumed[k] = 1;
        const q = this.isQuantifier(k - 1) ? k - 1 : k - 2 >= 0 && this.isQuantifier(k - 2) && this.trait(k - 1) & T_VQUANTIFIER_LINK ? k - 2 : k;
        const s = this.headSlot(k, hit, q);
        return s.cls === 'named' ? undefined : s;
      }
    }
    return undefined;
  }

  private addFrame(cls: SourceClass, via: AttributionFrame['via'], at: number, cueFrom: number, cueTo: number, s?: Slot, kind?: ClaimKind): void {
    this.frames.push({
      cls, via, at, kind: kind ?? s?.kind,
      start: this.startAt(cueFrom), end: this.endAt(cueTo),
      sourceStart: s ? this.startAt(s.from) : undefined, sourceEnd: s ? this.endAt(s.to) : undefined,
      study: s?.study,
    });
  }

  private hedgeAt(i: number) {
    for (const { phrase: h, keyNos } of this.fact(i)!.hedges) {
      let ok = i + h.keys.length <= this.n;
      for (let m = 1; ok && m < h.keys.length; m++) ok = this.keyNo(i + m) === keyNos[m] && !this.boundaryBefore(i + m);
      if (ok) return h;
    }
    return undefined;
  }

  private prepAt(i: number) {
    for (const { phrase: p, keyNos } of this.fact(i)!.preps) {
      const fixed = fixedWords(p);
      let ok = i + fixed <= this.n;
      for (let m = 1; ok && m < fixed; m++) ok = this.keyNo(i + m) === keyNos[m];
      if (!ok) continue;
      if (!p.attached) return { obj: i + fixed, last: i + fixed - 1 };
      const t = i + fixed;
      if (t >= this.n) continue;
      if (this.key(t) === 'ل') return { obj: t + 1, last: t };
      if (this.key(t).startsWith('ل') && this.key(t).length > 2) return { obj: t, last: t - 1 };
    }
    return undefined;
  }

  /** Undiacritised يعتقد/يرجح/يزعم are passive only with an empty subject slot; يُعتقد (with damma) always is. */
  private passiveMarked(i: number, stem: string): boolean {
    const raw = this.textAt(i);
    let p = 0;
    if (stem !== this.key(i)) { p = 1; while (p < raw.length && isDiacritic(raw.charCodeAt(p))) p++; }
    return raw.charCodeAt(p + 1) === 0x064f;
  }

  /** Read the sentence of tokens [lo, hi) starting at offset `sentenceStart`, whose cues are words.cues[cueFrom, cueTo).
   * Its per-token marks are buffers every reader shares: what it returns is to be used before any reader reads again. */
  read(lo: number, hi: number, cueFrom: number, cueTo: number, sentenceStart: number): SentenceAnalysis {
    const n = this.n = hi - lo;
    this.lo = lo;
    this.cueFrom = cueFrom;
    this.cueTo = cueTo;
    this.sentenceStart = sentenceStart;
    if (shared.consumed.length < n) { shared.consumed = new Uint8Array(2 * n); shared.boundary = new Uint8Array(2 * n); }
    else shared.consumed.fill(0, 0, n);
    this.consumed = shared.consumed;
    this.boundary = shared.boundary;
    markBoundaries(this.text, this.toks, lo, hi, this.boundary);
    // most sentences read leave both empty: setting an array's length is a call into the runtime
    if (this.frames.length) this.frames.length = 0;
    if (this.hedges.length) this.hedges.length = 0;
    // 1. hedges and impersonal verbs (only a cue can be either, nor anything the later passes look for)
    let hedgeEnd = -1;
    for (let c = this.cueFrom; c < this.cueTo; c++) {
      const i = this.cueAt(c);
      if (i <= hedgeEnd) continue;
      // most cues are reporting verbs and heads: their traits spare them a load of their facts here
      const t = this.trait(i);
      if (!(t & (T_HEDGES | T_IMPERSONAL))) continue;
      const h = t & T_HEDGES ? this.hedgeAt(i) : undefined;
      // «أكبر من المتوقع» compares with an expectation; it does not report one
      if (h && !(i > 0 && this.comparative(i - 1) && !this.boundaryBefore(i))) {
        const last = i + h.keys.length - 1;
        this.hedges.push({ start: this.startAt(i), end: this.endAt(last), insertAt: this.endAt(i + h.insertAfter - 1), at: i, background: h.background });
        for (let m = i; m <= last; m++) this.consumed[m] = HEDGE;
        hedgeEnd = last;
        continue;
      }
      if (t & T_IMPERSONAL) {
        const imp = this.fact(i)!.impersonal!;
        const v = imp.verb, c = imp.form;
        this.consumed[i] = 1;
        const j = i + 1;
        const empty = j >= n || this.boundaryBefore(j) || this.isComplementizer(j) ||
          (this.vkey(j) === 'على' && this.key(j + 1) === 'نطاق') || /^عن(?:ه|ها|هم)?$/.test(this.key(j));
        // a passive reports a claim only when one follows: قيل إن…، يقال عنها إن… (not «ما كتب أو قيل في…»)
        const claimFollows = empty && !(j < n && this.boundaryBefore(j)) || j + 1 < n && /^(?:عن|ل)(?:ه|ها|هم)?$/.test(this.key(j)) && this.isComplementizer(j + 1);
        if (v.passive || this.passiveMarked(i, c)) {
          if (claimFollows) this.hedges.push({ start: this.startAt(i), end: this.endAt(i), insertAt: this.endAt(i), at: i, background: false });
        } else if (empty && (this.clauseInitial(i) || this.coordinated(i) || this.cannotBeSubject(i - 1))) {
          this.hedges.push({ start: this.startAt(i), end: this.endAt(i), insertAt: this.endAt(i), at: i, background: false });
        } else if (empty) {
          const s = this.subjectBefore(i);
          if (s) this.addFrame(s.cls, 'subject-before', i, s.from, i, s);
          else this.addFrame('named', 'subject-before', i, i, i);
        } else {
          const s = this.slot(j, false) ?? { cls: 'named' as const, from: j, to: j };
          this.addFrame(s.cls, 'belief', i, i, s.to, s);
        }
      }
    }
    // 2. reporting verbs and prepositions of attribution
    for (let c = this.cueFrom; c < this.cueTo; c++) {
      const i = this.cueAt(c);
      if (this.consumed[i]) continue;
      const t = this.trait(i);
      const prep = t & T_PREPS ? this.prepAt(i) : undefined;
      if (prep) {
        const objKey = prep.obj < n ? this.key(prep.obj) : '';
        if (prep.obj < n && objKey !== 'ما' && objKey !== 'لما' && !this.isVerb(prep.obj)) {
          const s = this.slot(prep.obj, false, false);
          if (s) this.addFrame(s.cls, 'preposition', i, i, s.to, s);
          else this.addFrame('implicit', 'preposition', i, i, prep.last);
        }
        for (let m = i; m <= prep.last; m++) this.consumed[m] = 1; // the loop passes over them
        continue;
      }
      if (!(t & T_VERB)) continue;
      if (t & T_REQUIRES) {
        const requires = this.fact(i)!.verb!.requires!;
        let ok = false;
        for (let m = i + 1; m < n && m - i <= requires.within && !ok; m++) {
          ok = conjIn(this.key(m), requires.words) || requires.words.has('ل') && this.key(m).startsWith('ل');
        }
        if (!ok) continue;
      }
      this.consumed[i] = 1;
      if (t & T_PARTICIPLE) { this.addFrame('implicit', 'verb', i, i, i); continue; }
      const initial = this.clauseInitial(i);
      const before = initial ? undefined : this.subjectBefore(i);
      if (before) { this.addFrame(before.cls, 'subject-before', i, before.from, i, before); continue; }
      const s = this.pluralVerb(i) ? undefined : this.slot(i + 1, true, initial);
      if (s) this.addFrame(s.cls, 'verb', i, i, s.to, s);
      else if (initial) this.addFrame('implicit', 'verb', i, i, i);
      else this.addFrame('named', 'subject-before', i, i, i);
    }
    // 3. vague sources in other source roles: news nouns (أنباء عن) and origins (علمت الصحيفة من مصادر، نقل عن مصادر)
    for (let c = this.cueFrom; c < this.cueTo; c++) {
      const i = this.cueAt(c);
      if (this.consumed[i] || !(this.trait(i) & T_HEAD)) continue;
      const hit = this.headAt(i);
      if (!hit) continue;
      const h = hit.head;
      if (h.followedBy || h.precededBy) {
        const next = i + 1 < n && !this.boundaryBefore(i + 1) ? this.key(i + 1) : '';
        const negated = i > 0 && conjIn(this.key(i - 1), h.notAfter);
        if (!negated && (h.followedBy?.has(next) || i > 0 && !this.boundaryBefore(i) && conjIn(this.key(i - 1), h.precededBy))) {
          this.addFrame('vague', 'news', i, i, i, { cls: 'vague', kind: h.kind, from: i, to: i });
          continue;
        }
      }
      if (h.mention && i + 1 < n && !this.boundaryBefore(i + 1) &&
        (this.lex.mentionQualifiers.has(this.key(i + 1)) || this.lex.mentionQualifiers.has(this.key(i + 1).replace(/^ال/, '')))) {
        const s = this.headSlot(i, hit);
        if (s.cls !== 'named') { this.addFrame(s.cls, 'mention', i, i, s.to, s); continue; }
      }
      let p = i - 1;
      if (this.isQuantifier(p)) p--;
      else if (p > 0 && this.trait(p) & T_VQUANTIFIER_LINK && this.isQuantifier(p - 1)) p -= 2;
      if (p >= 0 && this.trait(p) & T_FROM) {
        let reported = false;
        for (let k = p - 1; k >= 0 && p - k <= 8 && !reported; k--) reported = (this.trait(k) & T_ORIGIN) !== 0;
        if (reported) {
          const s = this.headSlot(i, hit, p + 1);
          if (s.cls !== 'named') this.addFrame(s.cls, 'origin', i, p, s.to, s);
        }
      }
    }
    // by token: a sentence has a few frames, and sort() with a comparator is a call into the runtime
    const frames = this.frames;
    for (let k = 1; k < frames.length; k++) {
      const f = frames[k];
      let m = k;
      for (; m > 0 && frames[m - 1].at > f.at; m--) frames[m] = frames[m - 1];
      frames[m] = f;
    }
    return this;
  }

  complementizerBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) if (this.isComplementizer(k)) return true;
    return false;
  }

  punctuationBetween(a: number, b: number): boolean {
    for (let k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) if (this.boundaryBefore(k)) return true;
    return false;
  }

  clauseBreakBetween(a: number, b: number): boolean {
    for (let k = Math.min(a, b) + 1; k <= Math.max(a, b) && k < this.n; k++) {
      if (!this.boundaryBefore(k)) continue;
      const t = this.trait(k);
      if (t & T_CONJ) return true;
      if (!(t & T_CLAUSE_CONJUNCTION)) continue;
      for (const c of this.lex.g.clauseConjunctions) {
        let ok = k + c.length <= this.n;
        for (let m = 0; ok && m < c.length; m++) ok = this.key(k + m) === c[m];
        if (ok) return true;
      }
    }
    return false;
  }
}
