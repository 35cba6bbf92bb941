// The one place that knows which code points are which in Arabic text.
// Sources: Unicode charts, and ../shared/notes/arabic-normalization.md (CAMeL Tools / PyArabic rules, paraphrased).

/** Tashkeel U+064B–U+0652, superscript alef U+0670, and the rarer Quranic/honorific marks. */
export function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x0652) || c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) || (c >= 0x0653 && c <= 0x065f) || (c >= 0x06d6 && c <= 0x06ed);
}

export const TATWEEL = 0x0640;

/** \p{L} or \p{N}, by code unit, each answered once (a table filled as code units are met: asked for every character
 * of a line by the keys that compare lines). */
const LETTER_OR_DIGIT = new Int8Array(0x10000); // 0 unknown, 1 letter or digit, 2 neither
export function isLetterOrDigit(c: number): boolean {
  let k = LETTER_OR_DIGIT[c];
  if (k === 0) k = LETTER_OR_DIGIT[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Invisible format characters that split words under \p{L} tokenisers: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings,
 * isolates, BOM, soft hyphen. They carry no letters, so matching deletes them. */
export function isFormatChar(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad ||
    (c >= 0x2060 && c <= 0x2064);
}

/** Spaces other than U+0020 that news copy carries (NBSP from CMSs, typographic spaces). */
export function isOddSpace(c: number): boolean {
  return c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Arabic presentation forms (isolated/initial/medial/final glyphs and ligatures); NFKC maps them to letters. */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Letters of the Arabic block and its supplements (not digits, punctuation, marks or tatweel). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 || (c >= 0x06ee && c <= 0x06ef) || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || isPresentationForm(c);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isArabicIndicDigit(c: number): boolean {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Sentence-final punctuation: . ! ? and Arabic ؟ ۔, and the ellipsis character. */
export const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '…']);
/** SENTENCE_END as a table by UTF-16 code unit (the highest is … U+2026): a text is scanned with it character by
 * character, and a typed-array lookup is much cheaper than a Set lookup or a string per character. */
const SENTENCE_END_CODES = new Uint8Array(Math.max(...[...SENTENCE_END].map(ch => ch.charCodeAt(0))) + 1);
for (const ch of SENTENCE_END) SENTENCE_END_CODES[ch.charCodeAt(0)] = 1;
export function isSentenceEnd(c: number): boolean { return c < SENTENCE_END_CODES.length && SENTENCE_END_CODES[c] === 1; }
/** Characters that close a quotation or bracket and belong with the sentence they end. */
export const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '›', '}']);
export const OPENERS = new Set(['«', '"', '“', '‘', '(', '[', '‹', '{']);

/** Alef with hamza or madda, and wasla: the forms that fold to bare alef for comparison. */
export const ALEF_FORMS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا' };

/** Persian and Urdu letters and their Arabic counterparts (arclean's letter mappings; Farsi yeh → ي, pitfall A). */
export const PERSIAN_LETTERS: Record<string, string> = {
  'ک': 'ك', 'ی': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ې': 'ي', 'ۑ': 'ي', 'ے': 'ي', 'ھ': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ۂ': 'ه', 'ۃ': 'ة',
  'پ': 'ب', 'چ': 'ج', 'ڇ': 'ج', 'ڤ': 'ف', 'ڡ': 'ف', 'ڢ': 'ف', 'ڣ': 'ف', 'ڥ': 'ف', 'ڦ': 'ف', 'گ': 'ك',
};

/** The letters among PERSIAN_LETTERS that write a sound Arabic lacks (g, p, ch, v) in foreign names (ڤينسانت, پاريس):
 * a spelling choice, not a slip of the keyboard, so they stay as written where spellings are told apart (the
 * transliteration rule's spelling identity; the orthography rule leaves them alone). Keys still fold them. */
export const FOREIGN_SOUND_LETTERS = 'گپچڤ';

/** Arabic-Indic and Persian digits to ASCII. */
export function digitValue(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  return -1;
}
