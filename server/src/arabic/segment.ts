// Lines, paragraphs and sentences, as UTF-16 offset ranges into the original text.
// Arabic news copy often has one paragraph per line and lines with no final punctuation (headings, datelines,
// headline lists), so a line break always ends a sentence.
import { CLOSERS, SENTENCE_END, isFormatChar, isOddSpace, isSentenceEnd } from './letters';

export interface Line {
  index: number;
  /** [start, end) of the line's content, without its line break. */
  start: number;
  end: number;
  /** Offset just after the line break (= end for the last line). */
  next: number;
  /** True when the line has nothing but spaces and format marks. */
  blank: boolean;
}

export interface Paragraph { index: number; firstLine: number; lastLine: number; start: number; end: number }

export interface Sentence {
  index: number;
  line: number;
  /** [start, end): trimmed of surrounding spaces. */
  start: number;
  end: number;
}

function isSpaceLike(c: number): boolean {
  return c === 0x20 || c === 0x09 || isOddSpace(c) || isFormatChar(c);
}

export function splitLines(text: string): Line[] {
  // Text without a CR (most of it) is cut at each LF found by indexOf, which is far faster than a loop per character.
  if (text.indexOf('\r') < 0) return splitLinesLF(text);
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 0x0a || c === 0x0d || c === -1) {
      let next = i;
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) next = i + 2;
      else if (c !== -1) next = i + 1;
      lines.push({ index: lines.length, start, end: i, next, blank: isBlank(text, start, i) });
      if (c === -1) break;
      start = next;
      i = next - 1;
    }
  }
  return lines;
}

/** splitLines for a text whose only line break is LF. */
function splitLinesLF(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    const next = lf < 0 ? end : lf + 1;
    lines.push({ index: lines.length, start, end, next, blank: isBlank(text, start, end) });
    if (lf < 0) return lines;
    start = next;
  }
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (!isSpaceLike(text.charCodeAt(j))) return false;
  return true;
}

/** Maximal runs of non-blank lines. */
export function splitParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i].blank;
    if (!blank && first < 0) first = i;
    if (blank && first >= 0) {
      out.push({ index: out.length, firstLine: first, lastLine: i - 1, start: lines[first].start, end: lines[i - 1].end });
      first = -1;
    }
  }
  return out;
}

const LETTER = /[\p{L}]/u;
/** Part of a word: letters, and the diacritics and tatweel written on them (حاليًا. is a word, not an initial). */
const WORDCHAR = /[\p{L}\p{M}\u0640]/u;

/** Is the '.' at `i` an abbreviation or a number's point rather than a sentence end? (د. محمد, أ.ف.ب, U.S., 3.5) */
function isNonFinalDot(text: string, i: number, lineStart: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next >= 0x30 && next <= 0x39) return true; // 3.5, .com handled by letters below
  if (i + 1 < text.length && LETTER.test(text[i + 1])) return true; // a.b, site.net, أ.ف.ب
  // a single letter before the dot: an initial (د. / م. / J.)
  let j = i - 1;
  // ...but the last letter of a dotted chain (أ.ف.ب.) closes it, and usually the sentence with it.
  if (j >= lineStart && LETTER.test(text[j]) && (j === lineStart || !WORDCHAR.test(text[j - 1]))) return text[j - 1] !== '.';
  return false;
}

/** The sentence end characters (SENTENCE_END), searched for with one regular expression: its scan is much faster
 * than a loop that looks at every character of the text, and most characters end nothing. */
const SENTENCE_END_RE = new RegExp(`[${[...SENTENCE_END].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Where the first sentence end character at or after `from` is (text.length when there is none). */
function nextSentenceEnd(text: string, from: number): number {
  SENTENCE_END_RE.lastIndex = from;
  return SENTENCE_END_RE.test(text) ? SENTENCE_END_RE.lastIndex - 1 : text.length;
}

export function splitSentences(text: string, lines: Line[]): Sentence[] {
  const out: Sentence[] = [];
  // the first sentence end character at or after the last place searched: one search serves every line up to it
  let end = -1;
  for (const line of lines) {
    if (line.blank) continue;
    let s = line.start;
    let i = line.start;
    for (;;) {
      if (end < i) end = nextSentenceEnd(text, i);
      if (end >= line.end) break;
      i = end;
      if (text.charCodeAt(i) === 0x2e && isNonFinalDot(text, i, line.start)) { i++; continue; }
      let j = i + 1;
      while (j < line.end && isSentenceEnd(text.charCodeAt(j))) j++; // ?! ... ؟!
      while (j < line.end && CLOSERS.has(text[j])) j++;
      if (j >= line.end || isSpaceLike(text.charCodeAt(j))) { pushSentence(out, text, line.index, s, j); s = j; }
      i = j;
    }
    pushSentence(out, text, line.index, s, line.end);
  }
  return out;
}

/** The sentence text[start, end) of line `line`, trimmed of spaces, unless nothing is left. */
function pushSentence(out: Sentence[], text: string, line: number, start: number, end: number): void {
  let a = start, b = end;
  while (a < b && isSpaceLike(text.charCodeAt(a))) a++;
  while (b > a && isSpaceLike(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ index: out.length, line, start: a, end: b });
}
