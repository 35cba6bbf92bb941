// What one line of a news text looks like, measured once: its length in words, how it ends, how much of it is
// Arabic, whether it is a separator, a list of links, a headline, a lead, and which marker phrase (if any) opens it.
// These are the features the block classifier (blocks.ts) reads; nothing here decides on its own.
import { CLOSERS, isArabicLetter, isLatinLetter } from '../../arabic/letters';
import type { Article } from '../../engine/article';
import { CompiledMarker, Lexicon, bpKey } from './lexicon';

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
}

const SENTENCE_FINAL = new Set(['.', '!', '?', '؟', '…', '۔']);
const WEEKDAY_COMMA = /[،,]\s*(?:يوم\s+)?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)\s*[،,]/u;
/** 'On 3 October 1924, ...': the opening of an on-this-day item. */
const ON_THIS_DAY = /^\s*في\s+\d{1,2}\s+\p{L}+/u;
const SEPARATOR_ONLY = /^[\s\-_=*~•·×+#.─━—–<>]+$/u;
const BULLET = /^\s*(?:[-*•·►■▪◆]|\d{1,2}\s*[-.)]\s)/u;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/u;
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|tn|sa|ae)\b/iu;
/** A marker phrase must be followed by one of these (or the end of the line) when the entry asks for a separator. */
const AFTER_MARKER_SEPARATOR = /^[\s]*(?:[:：|/\-–—.…]|$)/u;

function lineEnd(text: string): { last: string; lastIndex: number } {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || CLOSERS.has(text[i]) || text[i] === '*' || /[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(text[i]))) i--;
  return { last: i >= 0 ? text[i] : '', lastIndex: i };
}

export function lineFeatures(article: Article, i: number, lex: Lexicon, extra: readonly CompiledMarker[]): LineFeatures {
  const line = article.lines[i];
  const text = article.lineText(i);
  const f: LineFeatures = {
    index: i, blank: line.blank, key: '', words: 0, arabicLetters: 0, latinLetters: 0, endStop: false, endColon: false,
    endQuestion: false, ellipsisCut: false, innerStops: 0, separator: false, bullet: false, navSeparators: 0, email: false,
    url: false, startsWithConjunction: false, leadShape: false, agencyOnly: false,
  };
  if (line.blank) return f;
  f.key = bpKey(text);
  const toks = article.lineTokens(i);
  f.words = toks.length;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isArabicLetter(c)) f.arabicLetters++;
    else if (isLatinLetter(c)) f.latinLetters++;
    else if (c === 0x7c) f.navSeparators++;
    // » and › join breadcrumbs only when they are not closing a «quotation»
    else if ((c === 0xbb || c === 0x203a) && !text.includes('«') && !text.includes('‹')) f.navSeparators++;
  }
  const { last, lastIndex } = lineEnd(text);
  f.endStop = SENTENCE_FINAL.has(last);
  f.endColon = last === ':';
  f.endQuestion = last === '?' || last === '؟';
  f.ellipsisCut = last === '…' || (last === '.' && text.slice(Math.max(0, lastIndex - 2), lastIndex + 1) === '...');
  const ss = article.sentences;
  // sentences of this line, found through the article's sentence list (built once)
  const first = article.sentenceAt(line.start + (text.length - text.trimStart().length));
  if (first) for (let s = first.index; s < ss.length && ss[s].line === i; s++) if (ss[s].end < line.end - 2) f.innerStops++;
  f.separator = text.trim().length >= 3 && SEPARATOR_ONLY.test(text) && f.arabicLetters + f.latinLetters === 0;
  f.bullet = BULLET.test(text);
  f.email = EMAIL.test(text);
  f.url = URL.test(text);
  const firstTok = toks[0];
  if (firstTok && firstTok.kind === 'arabic') {
    const w = firstTok.norm;
    const firstKey = bpKey(w);
    f.startsWithConjunction = startsWithConjunction(firstKey, lex);
    const head = text.slice(0, 120);
    const continues = lex.continuations.some(c => f.key === c || f.key.startsWith(c + ' '));
    f.startsWithConjunction ||= continues;
    f.leadShape = !f.startsWithConjunction && (lex.leadVerbs.has(firstKey) || WEEKDAY_COMMA.test(head) || ON_THIS_DAY.test(head));
  }
  f.marker = matchMarker(text, f.key, f.words, lex.markers, extra);
  // a credit: only agency names, or a few names joined by / with at least one agency among them
  f.agencyOnly = isAgencyOnly(f.key, f.words, lex) ||
    (f.words <= 5 && !f.endStop && text.includes('/') && [...lex.agencies].some(a => ` ${f.key} `.includes(` ${a} `)) && !/\d/.test(text));
  return f;
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

/** The first marker whose phrase opens the line (role marker/line) or sits in it (role contains). */
function matchMarker(text: string, key: string, words: number, markers: readonly CompiledMarker[], extra: readonly CompiledMarker[]): LineFeatures['marker'] {
  const padded = ` ${key} `;
  for (const list of [extra, markers]) {
    for (const m of list) {
      if (m.maxWords !== undefined && words > m.maxWords) continue;
      if (m.role === 'contains') {
        if (padded.includes(` ${m.key} `)) return { entry: m, rest: '' };
        continue;
      }
      if (!(key === m.key || key.startsWith(m.key + ' '))) continue;
      const rest = key.slice(m.key.length).trim();
      if (m.requireSeparator && rest && !AFTER_MARKER_SEPARATOR.test(afterPhrase(text, m.words))) continue;
      if (m.requireQuote && !/[«"“]/u.test(text)) continue;
      if (m.alsoKeys && !m.alsoKeys.some(a => padded.includes(` ${a} `))) continue;
      return { entry: m, rest };
    }
  }
  return undefined;
}

/** The raw text after the first `n` words (to see what punctuation follows a marker phrase). */
function afterPhrase(text: string, n: number): string {
  const re = /[\p{L}\p{M}\p{N}\u0640]+/gu;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null) if (++seen === n) return text.slice(m.index + m[0].length);
  return '';
}

function isAgencyOnly(key: string, words: number, lex: Lexicon): boolean {
  if (!key || words > 8) return false;
  const parts = key.split(' ');
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
