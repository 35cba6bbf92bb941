// Words with UTF-16 offsets into the original text. One linear pass over the code units; each token carries its
// cleaned form (diacritics, tatweel and format marks gone) and its comparison key (letter forms folded).
import { NEEDS_CLEANING, clean, cleanWord, foldLetters } from './normalize';
import { FNV_OFFSET, FNV_PRIME } from './hash';
import { spellingAt, spellingAtHashed, spellingIdOf } from './spellingIds';

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  /** Offsets in the original text: [start, end). */
  start: number;
  end: number;
  kind: TokenKind;
  /** The original slice. */
  text: string;
  /** Cleaned: no diacritics, tatweel, format marks, presentation forms. Letters as written. */
  norm: string;
}

// Arabic letters (incl. Persian/Urdu and presentation forms) and tatweel may start and end a word; diacritics may end
// it; joiners and RLM may sit inside it (they are deleted from `norm`). Digits and punctuation are never inside.
const AR_START = '\\u0621-\\u063A\\u0640-\\u064A\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const AR_MARK = '\\u064B-\\u065F\\u0670\\u0610-\\u061A\\u06D6-\\u06ED';
const AR_INNER = '\\u200C\\u200D\\u200F\\u00AD';
const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
const NUMBER_SEP = '.,\\u066B\\u066C';
/** The definition of a token. tokenize() scans with the table below instead (the regex's match objects were most of
 * the segmenting time); a test checks that the two find the same tokens. */
export const TOKEN_RE = new RegExp(
  `([${AR_START}](?:[${AR_START}${AR_MARK}${AR_INNER}]*[${AR_START}${AR_MARK}])?)` +
  `|([${LATIN}][${LATIN}${DIGIT}]*)` +
  `|([${DIGIT}]+(?:[${NUMBER_SEP}][${DIGIT}]+)*)`,
  'g');

// The character classes above as bit flags per UTF-16 code unit, plus whether clean() would change the unit.
const START = 1, MARK = 2, INNER = 4, LAT = 8, DIG = 16, SEP = 32, DIRTY = 64;
const CLASS = new Uint8Array(0x10000);
for (const [set, flag] of [[AR_START, START], [AR_MARK, MARK], [AR_INNER, INNER], [LATIN, LAT], [DIGIT, DIG], [NUMBER_SEP, SEP]] as const) {
  for (const [lo, hi] of classRanges(set)) {
    for (let c = lo; c <= hi; c++) {
      CLASS[c] |= flag;
      if (flag & (START | MARK | INNER) && NEEDS_CLEANING.test(String.fromCharCode(c))) CLASS[c] |= DIRTY;
    }
  }
}

/** The [lo, hi] code-unit ranges of a character class body written with literal characters and \uXXXX escapes. */
function classRanges(body: string): [number, number][] {
  const units: number[] = [];
  const ranges: [number, number][] = [];
  for (let i = 0; i < body.length;) {
    if (body[i] === '-' && units.length) { units.push(-1); i++; continue; }
    if (body.startsWith('\\u', i)) { units.push(parseInt(body.slice(i + 2, i + 6), 16)); i += 6; } else units.push(body.charCodeAt(i++));
  }
  for (let k = 0; k < units.length; k++) {
    if (units[k + 1] === -1) { ranges.push([units[k], units[k + 2]]); k += 2; } else ranges.push([units[k], units[k]]);
  }
  return ranges;
}

/** Where the word starting at `i` (a unit that can start one) ends, by TOKEN_RE's rules, scanning up to `n`. */
function wordEnd(text: string, i: number, n: number, first: number): number {
  let j = i + 1;
  if (first & START) {
    // letters, marks and joiners run on; the word ends after its last letter or mark (never on a joiner)
    let end = j;
    for (let f; j < n && (f = CLASS[text.charCodeAt(j)]) & (START | MARK | INNER); j++) if (f & (START | MARK)) end = j + 1;
    return end;
  }
  if (first & LAT) {
    while (j < n && CLASS[text.charCodeAt(j)] & (LAT | DIG)) j++;
    return j;
  }
  // digits, and groups of digits joined by one separator (3.5, 1,000, ٣٫٥)
  for (;;) {
    while (j < n && CLASS[text.charCodeAt(j)] & DIG) j++;
    if (j + 1 < n && CLASS[text.charCodeAt(j)] & SEP && CLASS[text.charCodeAt(j + 1)] & DIG) j++; else return j;
  }
}

/** The tokens of text[from, to), as objects (for tests and tools: the Article keeps its tokens as a TokenTable). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = Math.max(0, from); i < to;) {
    const first = CLASS[text.charCodeAt(i)];
    if (!(first & (START | LAT | DIG))) { i++; continue; }
    const natural = wordEnd(text, i, n, first);
    const end = Math.min(natural, to);
    const slice = text.slice(i, end);
    tokens.push({ start: i, end, kind: KIND_NAMES[kindOf(first)], text: slice, norm: first & START && isDirty(text, i, end) ? clean(slice).text : slice });
    i = natural;
  }
  return tokens;
}

/** TokenTable.kinds: a token's kind as a number. */
export const ARABIC_TOKEN = 0, LATIN_TOKEN = 1, NUMBER_TOKEN = 2;
/** The kinds by number. */
export const KIND_NAMES: readonly TokenKind[] = ['arabic', 'latin', 'number'];
function kindOf(first: number): number { return first & START ? ARABIC_TOKEN : first & LAT ? LATIN_TOKEN : NUMBER_TOKEN; }

/** The tokens of a text as parallel typed arrays, token i at index i: no object per token (a text's tokens were a fifth
 * of what a lint allocates, and the CLI keeps them from the index pass to the lint pass). Its words' cleaned forms are
 * the spellings of their ids (Article.spellings, arabic/spellingIds); the text of a token is a slice made when asked. */
export interface TokenTable {
  readonly count: number;
  /** Offsets in the original text: [start, end). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
}

/** The tokens of `text` and each one's spelling id, written in one pass (the caller starts the list:
 * beginSpellingList). A word the spelling table holds is looked up by its place in the text: no string is made. */
export function tokenTable(text: string): { table: TokenTable; ids: Int32Array } {
  const n = text.length;
  // (sized for a word every 6 code units, about what Arabic news has; grown if a text has more)
  let size = (n >> 2) / 1.5 + 16 | 0;
  let { starts, ends, kinds, ids } = columns(size);
  let count = 0;
  for (let i = 0; i < n;) {
    const c0 = text.charCodeAt(i), first = CLASS[c0];
    if (!(first & (START | LAT | DIG))) { i++; continue; }
    let end: number, id: number;
    if (first & START) {
      // (an Arabic word, by wordEnd's rule, hashed and told clean or dirty in the same pass: the spelling table is
      // then asked with its hash, where a separate hashing and a separate test each read the word again; it must give
      // the id spellingIdAt gives, which spellingIdsAgain uses, as a test checks)
      let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME), hEnd = h, dirty = first & DIRTY, dirtyEnd = dirty, j = i + 1;
      end = j;
      for (let c, f; j < n && (f = CLASS[c = text.charCodeAt(j)]) & (START | MARK | INNER); j++) {
        h = Math.imul(h ^ c, FNV_PRIME); dirty |= f & DIRTY;
        if (f & (START | MARK)) { end = j + 1; hEnd = h; dirtyEnd = dirty; }
      }
      id = dirtyEnd ? spellingIdOf(cleanWord(text.slice(i, end))) : spellingAtHashed(text, i, end, hEnd);
    } else {
      end = wordEnd(text, i, n, first);
      id = spellingAt(text, i, end);
    }
    if (count === size) {
      const grown = columns(size = size * 2 + 16);
      grown.starts.set(starts); grown.ends.set(ends); grown.kinds.set(kinds); grown.ids.set(ids);
      ({ starts, ends, kinds, ids } = grown);
    }
    starts[count] = i; ends[count] = end; kinds[count] = kindOf(first);
    ids[count++] = id;
    i = end;
  }
  return {
    table: { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), kinds: kinds.subarray(0, count) },
    ids: ids.subarray(0, count),
  };
}

/** The spelling ids of a table's tokens again, under the spelling table's current generation (the caller starts the
 * list): from the text, as tokenTable gives them. */
export function spellingIdsAgain(text: string, table: TokenTable): Int32Array {
  const ids = new Int32Array(table.count);
  for (let k = 0; k < table.count; k++) { const i = table.starts[k]; ids[k] = spellingIdAt(text, i, table.ends[k], CLASS[text.charCodeAt(i)]); }
  return ids;
}

/** The spelling id of the token text[start, end), whose first unit's class is `first`: of its cleaned form. */
function spellingIdAt(text: string, start: number, end: number, first: number): number {
  return first & START && isDirty(text, start, end) ? spellingIdOf(cleanWord(text.slice(start, end))) : spellingAt(text, start, end);
}

/** tokenTable's arrays for `size` tokens, in one buffer: an ArrayBuffer is memory outside the heap, allocated,
 * cleared and accounted for one by one (four of them per text were a tenth of the tokenizer's time). */
function columns(size: number): { starts: Int32Array; ends: Int32Array; kinds: Uint8Array; ids: Int32Array } {
  const buffer = new ArrayBuffer(13 * size);
  return {
    starts: new Int32Array(buffer, 0, size), ends: new Int32Array(buffer, 4 * size, size),
    ids: new Int32Array(buffer, 8 * size, size), kinds: new Uint8Array(buffer, 12 * size, size),
  };
}

/** Would clean() change text[start, end)? (cleanWord's test, by table: most words have nothing to clean.) */
function isDirty(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CLASS[text.charCodeAt(k)] & DIRTY) return true;
  return false;
}

/** The letter-folded comparison key of a token (see normalize.foldLetters). */
export function tokenKey(t: Token): string {
  return t.kind === 'arabic' ? foldLetters(t.norm) : t.norm.toLowerCase();
}
