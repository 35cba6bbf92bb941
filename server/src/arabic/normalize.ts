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
  return NEEDS_CLEANING.test(s) ? clean(s).text : s;
}

/** Any character clean() would change: diacritics and rarer marks, tatweel, format marks, odd spaces, presentation
 * forms (mirrors isDiacritic, isFormatChar, isOddSpace, isPresentationForm in letters.ts; a test checks they agree). */
export const NEEDS_CLEANING = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u00A0\u00AD\u061C\u2000-\u200F\u202A-\u202F\u205F\u2060-\u2064\u2066-\u2069\u3000\uFEFF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** Steps 8–11: fold the letter forms that spelling varies on (alef forms, final ى, ة, Persian letters). Only for keys:
 * these folds erase exactly the differences the orthography rule reports. */
export function foldLetters(s: string): string {
  // Most words have nothing to fold: one linear scan, no allocation.
  return FOLDABLE.test(s) ? s.replace(FOLDABLE_G, ch => FOLD_MAP[ch]) : s;
}

const FOLD_MAP: Record<string, string> = { ...ALEF_FORMS, 'ى': 'ي', 'ة': 'ه' };
for (const [k, v] of Object.entries(PERSIAN_LETTERS)) FOLD_MAP[k] = v === 'ة' ? 'ه' : v;
const FOLDABLE_CLASS = `[${Object.keys(FOLD_MAP).join('')}]`;
const FOLDABLE = new RegExp(FOLDABLE_CLASS);
const FOLDABLE_G = new RegExp(FOLDABLE_CLASS, 'g');

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
