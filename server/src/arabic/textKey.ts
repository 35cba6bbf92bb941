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
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The key of `s` in one pass, or undefined when `s` holds what only the definition handles. `lowerLatin`: ASCII
 * letters lower-cased (the boilerplate key) or kept (the recurrence key). */
export function textKey(s: string, lowerLatin: boolean): string | undefined {
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      const e = ARABIC[c - 0x0600];
      if (e === SKIP) continue;
      if (e === SEP) { space = true; continue; }
      if (e === BAIL) return undefined;
      c = e;
    } else if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) { if (lowerLatin) c += 0x20; }
      else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) { space = true; continue; }
    } else if (isFormatChar(c)) continue;
    else if (isOddSpace(c)) { space = true; continue; }
    else if (isDiacritic(c) || isPresentationForm(c) || (c >= 0xd800 && c <= 0xdfff) || isLetterOrDigit(c)) return undefined;
    else { space = true; continue; }
    if (space && n > 0) buf[n++] = 0x20;
    space = false;
    buf[n++] = c;
  }
  // (a long key through the decoder, 2-3x faster than fromCharCode from 30 units on; the key has no surrogates, so
  // the decoder has nothing to replace; a BOM is a format mark, skipped above, and ignoreBOM keeps any as it is)
  return n < 24 ? codesToString(buf, n) : UTF16.decode(buf.subarray(0, n));
}
