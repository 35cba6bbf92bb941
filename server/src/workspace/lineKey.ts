// The key under which a line counts as "the same line" in another file: boilerplate (a site's footer, a "read
// also" line) recurs across articles with different punctuation, diacritics, tatweel or letter forms.
import { cleanWord, foldLetters } from '../arabic/normalize';
import type { Article } from '../engine/article';
import { TATWEEL, isDiacritic, isLetterOrDigit } from '../arabic/letters';
import { lastKeyHasCapital, textKey, textKeys } from '../arabic/textKey';

/** Lines shorter or longer than this (in key characters) are not tracked: too short to mean anything, or prose. */
export const LINE_KEY_MIN = 2;
export const LINE_KEY_MAX = 200;
/** Keys longer than this are kept only as their head (ArticleLineKeys.textKeyHead): past LINE_KEY_MAX, and past the
 * keys of nearly all lines of up to 45 words (where the boilerplate rule reads whole keys). */
export const KEY_HEAD_MAX = 300;

/** Cleaned, letter-folded, punctuation and spaces collapsed to single spaces. Idempotent: lineKey(lineKey(x)) ===
 * lineKey(x), so a caller may pass a raw line or a key it already computed. */
export function lineKey(line: string): string {
  return textKey(line, false) ?? slowLineKey(line);
}

/** lineKey's definition, step by step (textKey is the same in one pass, for the text it takes). */
export function slowLineKey(line: string): string {
  return foldLetters(cleanWord(line)) // cleanWord: clean() without the offset map, which is not needed here
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys of an Article's lines, each made on first request and kept with the Article: the recurrence indexer and
 * the boilerplate rule key the same lines of the same Article (the CLI indexes a file, then lints it; the server lints,
 * then indexes), and keying was most of the cost of both. */
export class ArticleLineKeys {
  /** textKey(line, false) by line, null where the line needs the definition: all lines keyed on the first request.
   * Where `cut` is set, only the key's head is held (see textKeyHead). */
  private fast: (string | null)[] | undefined;
  private readonly cut: Uint8Array;
  /** 1 where the key (or the head held) has an ASCII capital (see hasCapital). */
  private readonly capitals: Uint8Array;
  constructor(readonly article: Article) {
    this.cut = new Uint8Array(article.lines.length);
    this.capitals = new Uint8Array(article.lines.length);
  }

  /** The one-pass key of line i (ASCII case kept), or null when only the definition can key it. */
  textKey(i: number): string | null {
    const k = this.heads()[i];
    if (this.cut[i] === 0) return k;
    this.cut[i] = 0;
    const whole = this.fast![i] = textKey(this.article.lineText(i), false) ?? null;
    this.capitals[i] = lastKeyHasCapital() ? 1 : 0;
    return whole;
  }

  /** Whether what textKeyHead(i) gives now (the whole key once textKey(i) made it) holds an ASCII capital: the
   * boilerplate key is this key lower-cased, and most lines have none to lower-case. */
  hasCapital(i: number): boolean {
    this.heads();
    return this.capitals[i] === 1;
  }

  /** textKey(i), or for a key longer than KEY_HEAD_MAX possibly only its head: KEY_HEAD_MAX + 1 units, the first
   * KEY_HEAD_MAX of them the key's. That is all the recurrence index (which tracks no key that long) and a look-up
   * of a line's first words need, and most of a text's characters are in lines that long. */
  textKeyHead(i: number): string | null {
    return this.heads()[i];
  }

  private heads(): (string | null)[] {
    if (this.fast) return this.fast;
    const lines = this.article.lines;
    const starts = new Int32Array(lines.length), ends = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) { starts[i] = lines[i].start; ends[i] = lines[i].end; }
    const keys = textKeys(this.article.text, starts, ends, false, KEY_HEAD_MAX, this.capitals);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== null && keys[i]!.length > KEY_HEAD_MAX) this.cut[i] = 1;
    return this.fast = keys;
  }

  lineKey(i: number): string {
    return this.textKey(i) ?? slowLineKey(this.article.lineText(i));
  }

  /** keyHash(lineKey(i)) where that key is tracked (isTrackedLineKey), else -1; made on first request and kept: the
   * indexer hashes every line, and the boilerplate rule asks the index about the short ones of the same Article. */
  trackedLineHash(i: number): number {
    const hashes = this.hashes ??= new Float64Array(this.article.lines.length).fill(UNHASHED);
    if (hashes[i] !== UNHASHED) return hashes[i];
    const key = this.textKeyHead(i) ?? slowLineKey(this.article.lineText(i));
    return hashes[i] = isTrackedLineKey(key) ? keyHash(key) : -1;
  }
  private hashes: Float64Array | undefined;
}
const UNHASHED = -2;

const keysOf = new WeakMap<Article, ArticleLineKeys>();
export function articleLineKeys(article: Article): ArticleLineKeys {
  let keys = keysOf.get(article);
  if (!keys) keysOf.set(article, keys = new ArticleLineKeys(article));
  return keys;
}

/** False when the line's key is surely longer than LINE_KEY_MAX: it has more letters and digits than that (each stays
 * in the key; tatweel and the small letters clean() deletes with the diacritics, ۥ ۦ, are not counted). Lets a caller skip keying long prose lines, where the
 * key's regex is most of the cost. */
export function mayBeTrackedLine(line: string): boolean {
  if (line.length <= LINE_KEY_MAX) return true;
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== TATWEEL && !isDiacritic(c) && isLetterOrDigit(c) && ++n > LINE_KEY_MAX) return false;
  }
  return true;
}

export function isTrackedLineKey(key: string): boolean {
  return key.length >= LINE_KEY_MIN && key.length <= LINE_KEY_MAX;
}

/** A 53-bit hash (two 32-bit FNV-1a lanes with different seeds): with ~10^5 distinct lines in a workspace a 32-bit
 * hash would expect about one collision, a 53-bit one about 10^-6. Fits a JS number exactly. */
export function keyHash(key: string): number {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
