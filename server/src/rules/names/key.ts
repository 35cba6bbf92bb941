// The transliteration key of a name: what stays the same when a foreign name is written in Arabic letters in
// different ways. Spellings with one key are candidates only; the rule still checks that they are names.
import { foldLetters } from '../../arabic/normalize';

/**
 * Letters that alternate when foreign sounds are written in Arabic, each class written as one symbol:
 * g as غ/ج/ق/ك/گ/چ (pitfall C of the normalisation note: گ is a hard g, not a k), v as ف/ڤ, p as ب/پ,
 * s as س/ص/ز/ش/ث (Soylu صويلو/سويلو, Kurz كورتس/كورتز, Guterres غوتيريس/غوتيريش), t as ت/ط, d as د/ض.
 */
const CLASS: Record<string, string> = {
  'غ': 'G', 'ج': 'G', 'ق': 'G', 'ك': 'G', 'گ': 'G', 'چ': 'G', 'ک': 'G',
  'ف': 'F', 'ڤ': 'F', 'ب': 'B', 'پ': 'B',
  'س': 'S', 'ص': 'S', 'ز': 'S', 'ش': 'S', 'ث': 'S',
  'ت': 'T', 'ط': 'T', 'د': 'D', 'ض': 'D',
  'ئ': 'ي', 'ؤ': 'و', 'ى': 'ي', 'ة': 'ه',
};
const LONG_VOWEL = new Set(['ا', 'و', 'ي']);
const JOINER = new Set([' ', '-', '\u2010', '\u2011', '\u00A0']);

/** The key of a cleaned spelling (one word or several; a hyphen or space inside a name counts for nothing):
 * letter forms folded, alternating letters merged, hamza dropped, and long vowels dropped everywhere but at the
 * start and the end, since they are written or not (ترامب/ترمب, أمريكي/أميركي). */
export function variantKey(cleaned: string): string {
  const folded = foldLetters(cleaned);
  const letters: string[] = [];
  for (const ch of folded) {
    if (JOINER.has(ch) || ch === 'ء') continue;
    letters.push(CLASS[ch] ?? ch);
  }
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i];
    if (i > 0 && i < letters.length - 1 && LONG_VOWEL.has(c)) continue;
    out += c;
  }
  return out;
}

/** A spelling as the rule compares it: letter forms folded (the orthography rule's differences erased) and a hyphen
 * written as a space, so كيم جونغ-أون and كيم جونغ اون are one spelling here. */
export function spellingKey(cleaned: string): string {
  return foldLetters(cleaned).replace(/[-\u2010\u2011\u00A0]/g, ' ').replace(/ +/g, ' ').trim();
}

/** Levenshtein distance with a cap (returns cap+1 when larger). */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > cap) return cap + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
