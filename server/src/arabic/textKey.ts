// The key lines are compared on, in one pass over the characters: cleaned (normalize.cleanWord), letter forms folded
// (foldLetters), every run of non-letters/digits one space, trimmed; ASCII letters lower-cased or not. Both the
// boilerplate rule (every line of a text, and its lexicon's phrases) and the workspace's line recurrence key every
// line, and clean()'s offset map and the regex of the definition were most of their time on big texts. It takes the
// text Arabic news is made of (ASCII, the Arabic block, punctuation, spaces and format marks) and leaves anything else
// to the callers' definitions — letters of other scripts (lower-casing can depend on context there), presentation
// forms (NFKC) and combining hamza/madda (composed).
import { ALEF_FORMS, PERSIAN_LETTERS, TATWEEL, isDiacritic, isFormatChar, isLetterOrDigit, isOddSpace, isPresentationForm } from './letters';
import { codesToString } from './normalize';

/** The Arabic block (U+0600–U+06FF), one entry per code point: the folded letter or digit it keys to (alef forms,
 * ى, ة and Persian letters folded as foldLetters does), or SEP (punctuation: a word break), SKIP (diacritics,
 * tatweel, ALM: deleted by clean) or BAIL (combining hamza/madda, which clean composes with the letter before). */
const SEP = 0, SKIP = 1, BAIL = 2;
const ARABIC = new Uint16Array(0x100);
for (let c = 0x0600; c <= 0x06ff; c++) {
  const ch = String.fromCharCode(c);
  let e: number;
  if (c >= 0x0653 && c <= 0x0655) e = BAIL;
  else if (isDiacritic(c) || c === TATWEEL || isFormatChar(c)) e = SKIP;
  else {
    const f = ALEF_FORMS[ch] ?? (ch === 'ى' ? 'ي' : ch === 'ة' ? 'ه' : PERSIAN_LETTERS[ch] === 'ة' ? 'ه' : PERSIAN_LETTERS[ch] ?? ch);
    e = isLetterOrDigit(f.charCodeAt(0)) ? f.charCodeAt(0) : SEP;
  }
  ARABIC[c - 0x0600] = e;
}
let buf = new Uint16Array(1024);
/** No cut (a small integer, not Infinity: the test is one per key unit). */
const NO_MAX = 0x3fffffff;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Whether the last key made (by textKey, or the last range of textKeys) holds an ASCII capital, which only a key
 * that keeps ASCII case can: lets a caller lower-case such a key only where it has one, with no scan of its own. */
export function lastKeyHasCapital(): boolean { return capital; }
let capital = false;

/** The key of `s` in one pass, or undefined when `s` holds what only the definition handles. `lowerLatin`: ASCII
 * letters lower-cased (the boilerplate key) or kept (the recurrence key). `max`: a key longer than this is cut after
 * max + 1 units, of which the first max are the key's (what follows in `s` can change only the unit it follows, by
 * composing a hamza with it, and can only lengthen the key): enough to know it is longer, and to read its first words,
 * without keying the rest of a long paragraph. */
export function textKey(s: string, lowerLatin: boolean, max = NO_MAX): string | undefined {
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  const n = keyInto(s, 0, s.length, lowerLatin, max, 0);
  if (n < 0) return undefined;
  // a string that is its own key (a word already keyed, a key asked for again) is not built again
  return n === s.length && isBuf(s, n) ? s : decode(n);
}

function isBuf(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (buf[i] !== s.charCodeAt(i)) return false;
  return true;
}

/** textKey(text.slice(start, end), lowerLatin, max) of each range, or null where that is undefined: keyed in one
 * pass into one string, of which the keys are slices (a call to the decoder costs as much as keying a few hundred
 * characters, and a text has many short lines). `capitals`, when given, gets 1 where a key holds an ASCII capital. */
export function textKeys(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, lowerLatin: boolean, max = NO_MAX, capitals?: Uint8Array): (string | null)[] {
  let room = 0;
  // (a key is never longer than its text, and a cut one is written to at most max + 2 units: a space, then a letter)
  for (let k = 0; k < starts.length; k++) room += Math.min(ends[k] - starts[k], max + 2);
  if (buf.length < room) buf = new Uint16Array(room * 2);
  const from = new Int32Array(starts.length), to = new Int32Array(starts.length);
  let n = 0;
  for (let k = 0; k < starts.length; k++) {
    const m = keyInto(text, starts[k], ends[k], lowerLatin, max, n);
    if (capitals && capital) capitals[k] = 1;
    from[k] = n;
    to[k] = m;
    if (m >= 0) n = m;
  }
  const all = decode(n);
  const out = new Array<string | null>(starts.length);
  for (let k = 0; k < starts.length; k++) out[k] = to[k] < 0 ? null : all.slice(from[k], to[k]);
  return out;
}

/** The first n units of buf as a string: a long key through the decoder, 2-3x faster than fromCharCode from 30 units
 * on (a key has no surrogates, so the decoder has nothing to replace; a BOM is a format mark, which keys skip, and
 * ignoreBOM keeps any as it is). */
function decode(n: number): string {
  return n < 24 ? codesToString(buf, n) : UTF16.decode(buf.subarray(0, n));
}

/** The key of s[start, end) written to buf from n0 on (buf has room): the end of the key in buf, or -1 where only the
 * definition can key it. */
function keyInto(s: string, start: number, end: number, lowerLatin: boolean, max: number, n0: number): number {
  let n = n0;
  const stop = max === NO_MAX ? NO_MAX : n0 + max;
  let space = false;
  capital = false;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      const e = ARABIC[c - 0x0600];
      if (e === SKIP) continue;
      if (e === SEP) { space = true; continue; }
      if (e === BAIL) return -1;
      c = e;
    } else if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) { if (lowerLatin) c += 0x20; else capital = true; }
      else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) { space = true; continue; }
    } else if (isFormatChar(c)) continue;
    else if (isOddSpace(c)) { space = true; continue; }
    else if (isDiacritic(c) || isPresentationForm(c) || (c >= 0xd800 && c <= 0xdfff) || isLetterOrDigit(c)) return -1;
    else { space = true; continue; }
    if (space && n > n0) buf[n++] = 0x20;
    space = false;
    buf[n++] = c;
    if (n > stop) return stop + 1; // (a space written before c may be the unit at max: the key has one there too)
  }
  return n;
}
