// Normalisation for comparison. The text itself is never changed: everything here builds keys to match on,
// with a map back to UTF-16 offsets of the original where a caller needs one.
import { ALEF_FORMS, PERSIAN_LETTERS, TATWEEL, isDiacritic, isFormatChar, isOddSpace, isPresentationForm } from './letters';

// NFKC of these gives Farsi yeh or nothing useful; spell them out first (pitfall B).
const SPECIAL_LIGATURES: Record<string, string> = { '\uFDFC': 'ريال', '\uFDF2': 'الله' };

/** Combining hamza/madda after a carrier, composed as NFC would (ا + U+0654 → أ, ...). */
const COMBINE: Record<string, string> = {
  'ا\u0654': 'أ', 'ا\u0655': 'إ', 'ا\u0653': 'آ', 'و\u0654': 'ؤ', 'ي\u0654': 'ئ', 'ى\u0654': 'ئ', 'ه\u0654': 'ۀ',
};

export interface Cleaned {
  /** The text with format characters, diacritics and tatweel deleted, odd spaces made U+0020, presentation forms
   * and combining hamza composed. Letters are not folded. */
  text: string;
  /** map[i] = offset in the original of cleaned character i; map[text.length] = original length. */
  map: Int32Array;
}

/** Steps 1–6 of the normalisation note, one character at a time so each output char maps to its source offset. */
export function clean(original: string): Cleaned {
  const out: string[] = [];
  const map: number[] = [];
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isFormatChar(c) || c === TATWEEL) continue;
    if (isDiacritic(c)) {
      const prev = n > 0 ? out[n - 1] : '';
      const composed = COMBINE[prev + original[i]];
      if (composed) out[n - 1] = composed;
      continue;
    }
    if (isOddSpace(c)) { out[n] = ' '; map[n++] = i; continue; }
    if (isPresentationForm(c)) {
      const ch = original[i];
      const expanded = SPECIAL_LIGATURES[ch] ?? ch.normalize('NFKC');
      for (const e of expanded) {
        const ec = e.charCodeAt(0);
        if (isDiacritic(ec)) continue;
        out[n] = e; map[n++] = i;
      }
      continue;
    }
    out[n] = original[i]; map[n++] = i;
  }
  map[n] = original.length;
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** A cleaned copy without the offset map, for short strings (words, lexicon entries). */
export function cleanWord(s: string): string {
  let fast = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isFormatChar(c) || c === TATWEEL || isDiacritic(c) || isOddSpace(c) || isPresentationForm(c)) { fast = false; break; }
  }
  return fast ? s : clean(s).text;
}

/** Steps 8–11: fold the letter forms that spelling varies on (alef forms, final ى, ة, Persian letters). Only for keys:
 * these folds erase exactly the differences the orthography rule reports. */
export function foldLetters(s: string): string {
  let out = '';
  for (const ch of s) {
    const a = ALEF_FORMS[ch];
    if (a) { out += a; continue; }
    if (ch === 'ى') { out += 'ي'; continue; }
    if (ch === 'ة') { out += 'ه'; continue; }
    const p = PERSIAN_LETTERS[ch];
    out += p === undefined ? ch : (p === 'ة' ? 'ه' : p);
  }
  return out;
}

/** The comparison key of a word: cleaned, then letter-folded. */
export function matchKey(word: string): string {
  return foldLetters(cleanWord(word));
}

/** Text prepared for the attribution and marker lexicons: cleaned, with alef forms folded in text and pattern alike. */
export function foldAlef(s: string): string {
  let out = '';
  for (const ch of s) out += ALEF_FORMS[ch] ?? ch;
  return out;
}
