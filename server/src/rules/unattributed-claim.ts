// unattributed-claim: a sentence that asserts something as believed, expected or reported without naming who says so
// (a hedge: يُعتقد أن، يبدو أن، من المرجح، تشير التقارير → no-source), or whose only source is vague or anonymous
// (مصادر مطلعة، محللون، مسؤول تركي → vague-source). Each sentence is read for its attribution frames (see
// attribution/frames.ts); what the previous sentences said carries over: a pronoun subject (وأضاف أن…) or an open
// quote continues the last source, named or not.
import { SENTENCE_END, CLOSERS } from '../arabic/letters';
import type { Sentence } from '../arabic/segment';
import type { Article } from '../engine/article';
import type { Config } from '../engine/config';
import type { Fix, Localized, Rule, RuleFinding } from '../engine/types';
import { AttributionFrame, HedgeCue, SentenceAnalysis, SentenceReader } from './attribution/frames';
import { ClaimKind, Lexicon, lexiconFor } from './attribution/lexicon';
import { articleWords, factsAt, stemAt, type ArticleWords } from './attribution/words';

/** The source a later sentence may continue: named, or vague (with its words, for the message). */
type Source = { cls: 'named' } | { cls: 'vague'; kind: ClaimKind; text: string };

const ATTRIBUTION_PLACEHOLDER = 'وفقا لـ[المصدر]';
const CITATION_NEEDED = '[بحاجة لمصدر]';
const HEADLINE_MAX_WORDS = 15;
const LAQUO = '«'.charCodeAt(0), RAQUO = '»'.charCodeAt(0), LDQUO = '“'.charCodeAt(0), RDQUO = '”'.charCodeAt(0), QUOT = 0x22;
/** Does the text at the sentence's start open a quote, « or “ after at most one space (/^\s*[«“]/ on its first two
 * characters), with no string sliced for it? */
function opensWithQuote(text: string, s: Sentence): boolean {
  const c = text.charCodeAt(s.start);
  if (c === LAQUO || c === LDQUO) return true;
  const d = text.charCodeAt(s.start + 1);
  return (d === LAQUO || d === LDQUO) && /\s/.test(text[s.start]);
}

/** Where a sentence's final punctuation (with the closers after it) begins; the sentence end when it has none. */
function finalPunctuationStart(text: string, s: Sentence): number {
  let e = s.end;
  while (e > s.start && CLOSERS.has(text[e - 1]) && e - 1 > s.start && SENTENCE_END.has(text[e - 2])) e--;
  if (e === s.end && !SENTENCE_END.has(text[e - 1])) return s.end;
  while (e > s.start && SENTENCE_END.has(text[e - 1])) e--;
  return e;
}

function endsWith(text: string, s: Sentence, chars: string): boolean {
  let e = s.end;
  while (e > s.start && CLOSERS.has(text[e - 1])) e--;
  return e > s.start && chars.includes(text[e - 1]);
}

/** A line on its own, short and without final punctuation: a headline or subheading, not a claim. */
function isHeadline(article: Article, s: Sentence, words: number): boolean {
  const line = article.lines[s.line];
  const text = article.text;
  let a = line.start, b = line.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return s.start <= a && s.end >= b && words <= HEADLINE_MAX_WORDS && !endsWith(text, s, '.!?؟۔…');
}

/** A sentence carrying a placeholder (already marked) or a headline is not reported. */
function isExempt(article: Article, s: Sentence, words: number, lex: Lexicon): boolean {
  const sentenceText = article.text.slice(s.start, s.end);
  return lex.placeholders.some(p => sentenceText.includes(p)) || isHeadline(article, s, words);
}

/** A question asks; it does not assert. The cue must be in the asking part (هل يُعتقد…؟، …، فمن هم؟ keeps the cue). */
function isQuestionAt(article: Article, s: Sentence, first: string, lex: Lexicon, cueStart: number): boolean {
  if (!endsWith(article.text, s, '?؟')) return false;
  const firstBare = first.length > 2 && (first[0] === 'و' || first[0] === 'ف') ? first.slice(1) : first;
  if (lex.g.interrogatives.has(first) || lex.g.interrogatives.has(firstBare)) return true;
  const tail = article.text.slice(s.start, s.end);
  const lastBreak = Math.max(tail.lastIndexOf('،'), tail.lastIndexOf(','), tail.lastIndexOf(':'), tail.lastIndexOf('؛'));
  return cueStart >= s.start + lastBreak;
}

/** يُذكر أن introduces background; it is a claim only when what follows is new to the article. The stems of the words
 * before the sentence asking are marked on demand (only يُذكر أن asks), so the rule stays linear. */
class Novelty {
  private seen?: Uint8Array;
  private upTo = 0;
  /** The sentence being decided: the Article's tokens [lo, hi). */
  lo = 0;
  hi = 0;
  constructor(private readonly words: ArticleWords) {}

  /** Do the sentence's tokens from `at` on have content words, fewer than two of them with a stem seen before it? */
  introducesNewMatter(at: number): boolean {
    const words = this.words;
    const seen = this.seen ??= new Uint8Array(words.stems);
    for (; this.upTo < this.lo; this.upTo++) { const k = stemAt(words, this.upTo); if (k >= 0) seen[k] = 1; }
    let known = 0, content = 0;
    for (let i = this.lo + at; i < this.hi; i++) {
      const k = stemAt(words, i);
      if (k < 0) continue;
      content++;
      if (seen[k]) known++;
    }
    return content > 0 && known < 2;
  }
}

const QUOTE_MARK = /[«»“”"]/g;

/** Track « » “ ” and " within a line: a sentence that starts inside a quote continues whoever opened it. Sentences are
 * passed in order; the text's quote marks are found once, so only they are looked at, not every character. */
class QuoteTracker {
  private line = -1;
  private depth = 0;
  private ascii = false;
  owner: Source | undefined;
  /** Offsets of the quote marks; test() (no match object) leaves lastIndex just after each one-character match. */
  private readonly marks: number[] = [];
  private next = 0;
  constructor(private readonly text: string) {
    QUOTE_MARK.lastIndex = 0;
    while (QUOTE_MARK.test(text)) this.marks.push(QUOTE_MARK.lastIndex - 1);
  }
  startsInside(s: Sentence): boolean {
    if (s.line !== this.line) { this.line = s.line; this.depth = 0; this.ascii = false; this.owner = undefined; }
    return this.depth > 0 || this.ascii;
  }
  /** Update after the sentence; `source` is who speaks in it (becomes the owner of a quote left open). */
  after(s: Sentence, source: Source | undefined): void {
    const wasOpen = this.depth > 0 || this.ascii;
    const marks = this.marks;
    while (this.next < marks.length && marks[this.next] < s.start) this.next++;
    for (; this.next < marks.length && marks[this.next] < s.end; this.next++) {
      const c = this.text.charCodeAt(marks[this.next]);
      if (c === LAQUO || c === LDQUO) this.depth++;
      else if ((c === RAQUO || c === RDQUO) && this.depth > 0) this.depth--;
      else if (c === QUOT) this.ascii = !this.ascii;
    }
    if (!wasOpen && (this.depth > 0 || this.ascii)) this.owner = source;
  }
}

function describeSource(text: string, f: AttributionFrame): string {
  return f.sourceStart !== undefined ? text.slice(f.sourceStart, f.sourceEnd) : text.slice(f.start, f.end);
}

function placeholderFix(article: Article, s: Sentence, at: number, cue: string): Fix {
  const rest = article.text.slice(at, s.end);
  const closes = rest.trim() === '' || /^\s*[،,.:؛;!؟?…»”")]/.test(rest);
  return {
    title: { en: `Insert an attribution placeholder after «${cue}»`, ar: `أدرج موضعا للمصدر بعد «${cue}»` },
    edits: [{ start: at, end: at, newText: `، ${ATTRIBUTION_PLACEHOLDER}${closes ? '' : '،'}` }],
    // select «[المصدر]» so the editor types the source over it
    select: { start: at + 2 + ATTRIBUTION_PLACEHOLDER.indexOf('['), end: at + 2 + ATTRIBUTION_PLACEHOLDER.length },
    preferred: true, scope: 'finding',
  };
}

function citationNeededFix(article: Article, s: Sentence): Fix {
  const at = finalPunctuationStart(article.text, s);
  return {
    title: { en: `Mark the sentence ${CITATION_NEEDED}`, ar: `علّم الجملة بـ${CITATION_NEEDED}` },
    edits: [{ start: at, end: at, newText: ` ${CITATION_NEEDED}` }],
    scope: 'finding',
  };
}

const STYLE_SAME_SENTENCE: Localized = {
  en: 'AP: attribute a disputable fact in the same sentence as the information, just before or just after it.',
  ar: 'أسوشيتد برس: تُنسب المعلومة القابلة للنزاع إلى مصدرها في الجملة نفسها، قبلها أو بعدها مباشرة.',
};
const STYLE_DESCRIBE: Localized = {
  en: 'Reuters: describe an unnamed source as precisely as possible, so the reader can judge how close it is to the information.',
  ar: 'رويترز: صِف المصدر غير المسمّى بأدق ما يمكن، ليحكم القارئ على قربه من المعلومة.',
};
const WHAT_ATTRIBUTES: Localized = {
  en: 'A named person, office, agency, outlet, document or study with a reporting verb (قال، أكد، أعلن…) or a preposition of attribution (وفقا لـ، بحسب، نقلا عن…), before or after the claim in this sentence; or a pronoun subject continuing a named speaker of the previous sentence.',
  ar: 'شخص أو جهة أو وكالة أو وسيلة إعلام أو وثيقة أو دراسة مسمّاة مع فعل إسناد (قال، أكد، أعلن…) أو حرف إسناد (وفقا لـ، بحسب، نقلا عن…)، قبل الادعاء أو بعده في الجملة نفسها؛ أو ضمير يعود على قائل مسمّى في الجملة السابقة.',
};

function explain(kind: ClaimKind, cue: string, vague?: string, continued?: boolean): Localized {
  if (kind === 'vague-source' || vague) {
    const src = vague ?? cue;
    return {
      en: `**Why:** the only source of this claim is «${src}»${continued ? ', continued from an earlier sentence' : ''}: the reader cannot tell who says so or how they know.\n\n**What would attribute it:** ${WHAT_ATTRIBUTES.en} If the source must stay anonymous, say why, and describe it as precisely as possible.\n\n> ${STYLE_DESCRIBE.en}`,
      ar: `**السبب:** المصدر الوحيد لهذا الادعاء هو «${src}»${continued ? ' (استمرارا لجملة سابقة)' : ''}؛ لا يعرف القارئ من قاله ولا كيف عرفه.\n\n**ما يسنده:** ${WHAT_ATTRIBUTES.ar} وإن وجب إخفاء المصدر فاذكر السبب وصِفه بأدق ما يمكن.\n\n> ${STYLE_DESCRIBE.ar}`,
    };
  }
  return {
    en: `**Why:** «${cue}» presents the claim as believed, said, expected or apparent, and nothing in the sentence says by whom.\n\n**What would attribute it:** ${WHAT_ATTRIBUTES.en}\n\n> ${STYLE_SAME_SENTENCE.en}`,
    ar: `**السبب:** «${cue}» تقدّم الادعاء على أنه معتقَد أو مقول أو متوقَّع أو ظاهر، ولا شيء في الجملة يذكر من يقول ذلك.\n\n**ما يسنده:** ${WHAT_ATTRIBUTES.ar}\n\n> ${STYLE_SAME_SENTENCE.ar}`,
  };
}

interface Decision { kind: ClaimKind; start: number; end: number; insertAt: number; cue: string; vague?: string; continued?: boolean }

/** Decide one sentence from its frames and hedges, the source the previous sentences left (`previous`), and the owner
 * of a quote the sentence continues. Returns the finding, if any, and who speaks in the sentence (for the next one). */
interface Memory {
  /** The source the previous sentences left: what a pronoun subject (وأضاف أن…) continues. */
  previous?: Source;
  /** The last study or report mentioned, named or not: what الدراسة / التقرير refers back to. */
  lastStudy?: 'named' | 'vague';
}

function decide(article: Article, a: SentenceAnalysis, memory: Memory, quoteOwner: Source | undefined,
  novelty: Novelty): { decision?: Decision; speaker?: Source } {
  const previous = memory.previous;
  const text = article.text;
  let running = previous;
  let speaker: Source | undefined;
  const quotedNamed = quoteOwner?.cls === 'named';
  let continuedVague: { frame?: AttributionFrame; src: Source & { cls: 'vague' } } | undefined =
    quoteOwner?.cls === 'vague' ? { src: quoteOwner } : undefined;
  /** Frames whose source is named (written, or continued from a named speaker). */
  const namedAt: { at: number; via: AttributionFrame['via'] }[] = [];
  let explicitVague: AttributionFrame | undefined;
  for (const f of a.frames) {
    let cls = f.cls;
    if (cls === 'inherit') cls = f.study ? memory.lastStudy ?? 'named' : running?.cls === 'named' ? 'named' : 'vague';
    else if (f.study && (cls === 'named' || cls === 'vague')) memory.lastStudy = cls;
    if (cls === 'implicit') {
      if (running?.cls === 'named') namedAt.push(f);
      else if (running?.cls === 'vague' && !continuedVague) continuedVague = { frame: f, src: running };
      continue;
    }
    if (cls === 'named' || cls === 'placeholder') { namedAt.push(f); running = speaker = { cls: 'named' }; continue; }
    const relayed = namedAt.length > 0;
    // a vague source inside what a named source reports (قال الوزير إن الدراسات تشير…) is the named source's claim
    if (namedAt.some(n => n.at < f.at && a.complementizerBetween(n.at, f.at) && !a.clauseBreakBetween(n.at, f.at))) continue;
    const src: Source = f.cls === 'inherit' && !f.study && running?.cls === 'vague'
      ? { cls: 'vague', kind: running.kind, text: describeSource(text, f) }
      : { cls: 'vague', kind: f.kind ?? 'vague-source', text: describeSource(text, f) };
    if (!explicitVague) explicitVague = { ...f, kind: src.kind };
    // «نقلت صحيفة X عن مصادر…»: the vague origin makes the claim vague, but the speaker who continues is X
    if (!relayed) running = speaker = src;
  }
  if (explicitVague) {
    const vague = describeSource(text, explicitVague);
    return {
      speaker,
      decision: { kind: explicitVague.kind ?? 'vague-source', start: explicitVague.start, end: explicitVague.end,
        insertAt: explicitVague.sourceEnd ?? explicitVague.end, cue: text.slice(explicitVague.start, explicitVague.end), vague },
    };
  }
  // a hedge is the named source's when they share a clause (يبدو أن…، بحسب رويترز / قال الوزير إنه من المرجح…); a
  // verb inside the hedged claim (يُرجَّح أن يعلن الفريق…) is part of the claim, not its source
  const covers = (n: { at: number; via: AttributionFrame['via'] }, h: HedgeCue) => !a.clauseBreakBetween(n.at, h.at) &&
    (n.at < h.at || n.via === 'preposition' || !a.complementizerBetween(h.at, n.at) || a.punctuationBetween(h.at, n.at));
  const live = a.hedges.filter(h => !quotedNamed && !namedAt.some(n => covers(n, h)) &&
    (!h.background || novelty.introducesNewMatter(h.at + 2)));
  if (continuedVague && (continuedVague.frame || live.length)) {
    const at = continuedVague.frame ?? live[0];
    return {
      speaker,
      decision: { kind: 'vague-source', start: at.start, end: at.end, insertAt: at.end, cue: text.slice(at.start, at.end), vague: continuedVague.src.text, continued: true },
    };
  }
  if (live.length) {
    const h = live[0];
    return { speaker, decision: { kind: 'no-source', start: h.start, end: h.end, insertAt: h.insertAt, cue: text.slice(h.start, h.end) } };
  }
  return { speaker };
}

function finding(article: Article, s: Sentence, d: Decision): RuleFinding {
  const sentenceText = article.text.slice(s.start, s.end);
  const vagueMsg = d.vague !== undefined;
  const message: Localized = d.kind === 'vague-source' || vagueMsg && d.kind !== 'no-source'
    ? (d.continued
      ? { en: `Claim continues «${d.vague}» (vague source) without naming who says so.`, ar: `الادعاء يواصل نقل كلام «${d.vague}» (مصدر مبهم) دون تسمية قائله.` }
      : { en: `Claim attributed only to «${d.vague}» (vague source).`, ar: `الادعاء منسوب فقط إلى «${d.vague}» (مصدر مبهم).` })
    : vagueMsg
      ? { en: `Claim attributed only to «${d.vague}» (unnamed media or reports: no source).`, ar: `الادعاء منسوب فقط إلى «${d.vague}» (وسائل إعلام أو تقارير غير مسمّاة: بلا مصدر).` }
      : { en: `«${d.cue}»: claim with no source; say who says so.`, ar: `«${d.cue}»: ادعاء بلا مصدر؛ اذكر من يقول ذلك.` };
  return {
    kind: d.kind,
    severity: d.kind === 'vague-source' ? 'info' : undefined,
    start: d.start,
    end: d.end,
    message,
    explanation: explain(d.kind, d.cue, d.vague, d.continued),
    evidence: d.vague !== undefined ? { cue: d.cue, vagueSource: d.vague } : { cue: d.cue },
    fixes: [placeholderFix(article, s, d.insertAt, article.text.slice(d.start, d.insertAt).trim() || d.cue), citationNeededFix(article, s)],
    fingerprintText: sentenceText,
  };
}

const NOTHING_DECIDED: { decision?: Decision; speaker?: Source } = {};

function run(article: Article, config: Config): RuleFinding[] {
  const lex = lexiconFor(config);
  const words = articleWords(article, lex);
  const { cues } = words;
  const toks = article.tokenTable, starts = toks.starts, ends = toks.ends;
  const text = article.text;
  const out: RuleFinding[] = [];
  const quotes = new QuoteTracker(text);
  const memory: Memory = {};
  const novelty = new Novelty(words);
  const reader = new SentenceReader(text, toks, words, lex);
  let lo = 0, hi = 0, cueFrom = 0;
  for (const s of article.sentences) {
    // sentences come in order, and tokens do not overlap: the first token ending after this one's start is at the
    // previous sentence's last token or after it
    lo = Math.max(lo, hi - 1);
    while (lo < toks.count && ends[lo] <= s.start) lo++;
    hi = lo;
    while (hi < toks.count && starts[hi] < s.end) hi++;
    // a sentence inside a quote opened earlier, or a paragraph that opens with a quote, continues the last speaker
    const inQuote = quotes.startsInside(s) || opensWithQuote(text, s);
    const owner = inQuote ? quotes.owner ?? memory.previous : undefined;
    if (hi === lo) { quotes.after(s, undefined); continue; }
    // the sentence's cues: words that start a hedge or a preposition, or are a reporting or impersonal verb or a vague head
    while (cueFrom < cues.length && cues[cueFrom] < lo) cueFrom++;
    let cueTo = cueFrom;
    while (cueTo < cues.length && cues[cueTo] < hi) cueTo++;
    // a sentence without a cue has no frame and no hedge: nothing to decide, no speaker to carry over
    if (cueTo === cueFrom) { quotes.after(s, owner ?? memory.previous); continue; }
    const analysis = reader.read(lo, hi, cueFrom, cueTo, s.start);
    novelty.lo = lo;
    novelty.hi = hi;
    const { decision, speaker } = analysis.frames.length || analysis.hedges.length
      ? decide(article, analysis, memory, owner, novelty)
      : NOTHING_DECIDED;
    if (decision && !isExempt(article, s, hi - lo, lex) && !isQuestionAt(article, s, factsAt(words, lo).key, lex, decision.start)) out.push(finding(article, s, decision));
    quotes.after(s, speaker ?? owner ?? memory.previous);
    if (speaker) memory.previous = speaker;
  }
  return out;
}

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  description: {
    en: 'A claim hedged or attributed only to vague sources, with nothing in the sentence naming who says so',
    ar: 'ادعاء بصيغة مبهمة أو منسوب إلى مصادر مبهمة، دون أن تسمّي الجملة قائله',
  },
  docs: 'docs/rules/unattributed-claim.md',
  defaultSeverity: 'warning',
  after: ['boilerplate'],
  run,
};
