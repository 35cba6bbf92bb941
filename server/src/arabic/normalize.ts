// Normalisation for comparison. The text itself is never changed: everything here builds keys to match on,
// with a map back to UTF-16 offsets of the original where a caller needs one.
import { ALEF_FORMS, FOREIGN_SOUND_LETTERS, PERSIAN_LETTERS, TATWEEL, isDiacritic, isFormatChar, isOddSpace, isPresentationForm } from './letters';

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

/** COMBINE by code units: (carrier << 16 | mark) → composed letter. */
const COMBINE_CODES = new Map<number, number>(Object.entries(COMBINE).map(([k, v]) => [(k.charCodeAt(0) << 16) | k.charCodeAt(1), v.charCodeAt(0)]));

/** The string of the first `n` code units of `buf` (in chunks: String.fromCharCode takes one argument per unit, and a
 * word of 100,000+ letters would overflow the stack), a string of its own, not a view into another. */
export function codesToString(buf: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/** Steps 1–6 of the normalisation note, one character at a time so each output char maps to its source offset.
 * Most text needs nothing cleaned: one regex scan, and the map is the identity. Otherwise the output is built as
 * UTF-16 code units in a typed buffer (no string per character). */
export function clean(original: string): Cleaned {
  const len = original.length;
  if (!NEEDS_CLEANING.test(original)) {
    const map = new Int32Array(len + 1);
    for (let i = 0; i <= len; i++) map[i] = i;
    return { text: original, map };
  }
  const { out, map, n } = cleanCodes(original);
  return { text: codesToString(out, n), map: map.slice(0, n + 1) };
}

/** A cleaned copy without the offset map, for short strings (words, lexicon entries). */
export function cleanWord(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  const { out, n } = cleanCodes(s);
  return codesToString(out, n);
}

/** Inputs up to this length (a word, a sentence, a line) are cleaned in the two buffers below, shared by every call
 * (clean() and cleanWord copy out of them): two buffers of its own per word were most of the time of cleaning one,
 * each an ArrayBuffer allocated outside the heap. A longer input gets buffers of its own, so that none the size of a
 * whole text is kept. */
const SHARED = 4096;
const sharedOut = new Uint16Array(SHARED + 16), sharedMap = new Int32Array(SHARED + 17);

/** clean()'s work: the cleaned code units of `original` in out[0, n), and map[i] the offset in `original` of unit i
 * (map[n] its length). */
function cleanCodes(original: string): { out: Uint16Array; map: Int32Array; n: number } {
  const len = original.length;
  // Every other character gives at most one unit, so n never passes i + 16 unless a presentation form expands (a
  // ligature to up to 18 letters): before one does, the buffers grow to hold it and the rest of the input.
  let out = len <= SHARED ? sharedOut : new Uint16Array(len + 16);
  let map = len <= SHARED ? sharedMap : new Int32Array(len + 17);
  let n = 0;
  const room = (k: number) => {
    if (n + k < out.length) return;
    const o = new Uint16Array((out.length + k) * 2); o.set(out); out = o;
    const m = new Int32Array(o.length + 1); m.set(map); map = m;
  };
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    if (isFormatChar(c) || c === TATWEEL) continue;
    if (isDiacritic(c)) {
      const composed = n > 0 ? COMBINE_CODES.get((out[n - 1] << 16) | c) : undefined;
      if (composed !== undefined) out[n - 1] = composed;
      continue;
    }
    if (isOddSpace(c)) { out[n] = 0x20; map[n++] = i; continue; }
    if (isPresentationForm(c)) {
      const ch = original[i];
      const expanded = SPECIAL_LIGATURES[ch] ?? ch.normalize('NFKC');
      room(expanded.length + (len - i)); // the expansion, and one unit for each character still to come
      for (let k = 0; k < expanded.length; k++) {
        const ec = expanded.charCodeAt(k);
        if (isDiacritic(ec)) continue;
        out[n] = ec; map[n++] = i;
      }
      continue;
    }
    out[n] = c; map[n++] = i;
  }
  map[n] = len;
  return { out, map, n };
}

/** Any character clean() would change: diacritics and rarer marks, tatweel, format marks, odd spaces, presentation
 * forms (mirrors isDiacritic, isFormatChar, isOddSpace, isPresentationForm in letters.ts; a test checks they agree). */
export const NEEDS_CLEANING = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u00A0\u00AD\u061C\u2000-\u200F\u202A-\u202F\u205F\u2060-\u2064\u2066-\u2069\u3000\uFEFF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** Steps 8–11: fold the letter forms that spelling varies on (alef forms, final ى, ة, Persian letters). Only for keys:
 * these folds erase exactly the differences the orthography rule reports. */
export function foldLetters(s: string): string {
  return foldBy(FOLD_TABLE, s);
}

/** foldLetters without folding FOREIGN_SOUND_LETTERS: ڤينسانت and فينسانت stay two spellings (of one name), where
 * فينسانت and فينسانت with another alef or ة/ه form are one. */
export function foldLetterForms(s: string): string {
  return foldBy(FORM_TABLE, s);
}

const FOLD_MAP: Record<string, string> = { ...ALEF_FORMS, 'ى': 'ي', 'ة': 'ه' };
for (const [k, v] of Object.entries(PERSIAN_LETTERS)) FOLD_MAP[k] = v === 'ة' ? 'ه' : v;
const FOLD_TABLE = codeTable(FOLD_MAP);
const FORM_TABLE = codeTable(Object.fromEntries(Object.entries(FOLD_MAP).filter(([k]) => !FOREIGN_SOUND_LETTERS.includes(k))));
const ALEF_TABLE = codeTable(ALEF_FORMS);

/** A one-letter-to-one-letter map as a table indexed by UTF-16 code unit (0 = unchanged). Rules fold the same
 * words many times over; a table lookup per character is several times faster than a regex replace. */
function codeTable(map: Record<string, string>): Uint16Array {
  const keys = Object.keys(map);
  const t = new Uint16Array(Math.max(...keys.map(k => k.charCodeAt(0))) + 1);
  for (const k of keys) {
    if (k.length !== 1 || map[k].length !== 1) throw new Error(`fold table: ${k} → ${map[k]} is not one code unit to one`);
    t[k.charCodeAt(0)] = map[k].charCodeAt(0);
  }
  return t;
}

/** foldLetters of one UTF-16 code unit. */
export function foldCode(c: number): number {
  return c < FOLD_TABLE.length && FOLD_TABLE[c] !== 0 ? FOLD_TABLE[c] : c;
}

/** `s` with each code unit that `table` maps replaced; `s` itself (no allocation) when none is. */
function foldBy(table: Uint16Array, s: string): string {
  const n = s.length, lim = table.length;
  let i = 0;
  for (; i < n; i++) { const c = s.charCodeAt(i); if (c < lim && table[c] !== 0) break; }
  if (i === n) return s;
  let out = s.slice(0, i), run = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = c < lim ? table[c] : 0;
    if (f !== 0) { out += s.slice(run, i) + String.fromCharCode(f); run = i + 1; }
  }
  return run === n ? out : out + s.slice(run);
}

/** The comparison key of a word: cleaned, then letter-folded. */
export function matchKey(word: string): string {
  return foldLetters(cleanWord(word));
}

/** Text prepared for the attribution and marker lexicons: cleaned, with alef forms folded in text and pattern alike. */
export function foldAlef(s: string): string {
  return foldBy(ALEF_TABLE, s);
}
