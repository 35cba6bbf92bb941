// One small integer per distinct token spelling (Token.norm), given once per token by the shared segmenting. Rules
// that know something per spelling keep it in arrays indexed by this number (see SpellingSlots) instead of each
// looking every token's freshly sliced string up in a Map of its own: one lookup per token instead of three.
//
// The table is its own open-addressing hash over the spellings' code units, so that the tokenizer can ask for a word
// by its place in the text (spellingAt) before any string is made: a word met before gets its id and the string the
// table already holds (no slice for a repeated word, and no string hash), a new one is sliced once.
//
// The table is bounded: when it holds more than MAX_SPELLINGS spellings it starts over under a new generation, never
// in the middle of one token list, so every id of one list belongs to one generation. Caches keyed by id follow the
// generation (SpellingSlots drops its entries when it moves on), so a long-running server does not grow without limit.
import { fnv1a } from './hash';
import { codesToString } from './normalize';

/** Distinct spellings the table holds before it starts over (between token lists). */
export const MAX_SPELLINGS = 100_000;

/** The spelling id of each token of one list (index-aligned), and the table generation the ids belong to. A token's
 * norm determines its kind (Arabic letters, a Latin letter first, or a digit first), so the norm alone is the key. */
export interface SpellingIds { ids: Int32Array; generation: number }

let generation = 0;
/** id → spelling. */
let strings: string[] = [];
/** Open addressing, SLOT numbers a slot: the spelling's hash, id + 1 (0 when empty), where its code units start in
 * `chars` and how many there are; at most half full. A word is told by its slot and its letters' copy, and
 * strings[id] is loaded beside the copy, not before it: comparing with strings[id] waited on strings[id], then on
 * the string, a chain of three cache misses per word once the rules run between two texts have pushed the table out
 * of the caches. */
const SLOT = 4;
let slots = new Int32Array(SLOT << 12);
/** The code units of every spelling of the generation, one after another (spellingAt compares a word with these). */
let chars = new Uint16Array(1 << 14);
let charsUsed = 0;

/** The table's current generation: ids given under an older one mean nothing now. */
export function spellingGeneration(): number { return generation; }
/** The spelling of an id of the current generation. */
export function spellingOf(id: number): string { return strings[id]; }

/** Start a new token list: the table starts over first when it is full. */
export function beginSpellingList(): void {
  if (strings.length > MAX_SPELLINGS) {
    strings = []; slots = new Int32Array(SLOT << 12); chars = new Uint16Array(1 << 14); charsUsed = 0;
    generation++;
  }
}

/** The id of text[start, end) as a spelling, added when new (sliced once). */
export function spellingAt(text: string, start: number, end: number): number {
  return spellingAtHashed(text, start, end, fnv1a(text, start, end));
}

/** spellingAt, given h = fnv1a(text, start, end) (the tokenizer hashes a word as it scans it). */
export function spellingAtHashed(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  const mask = slots.length - SLOT;
  for (let i = (h * SLOT) & mask; ; i = (i + SLOT) & mask) {
    const e = slots[i + 1];
    if (e === 0) return add(ownCopy(text, start, end), h, i, text, start);
    if (slots[i] !== h || slots[i + 3] !== len) continue;
    const at = slots[i + 2] - start;
    let k = start;
    while (k < end && chars[at + k] === text.charCodeAt(k)) k++;
    if (k === end) return e - 1;
  }
}

/** The id of a spelling given as a string, added when new. */
export function spellingIdOf(s: string): number {
  const h = fnv1a(s);
  const mask = slots.length - SLOT;
  for (let i = (h * SLOT) & mask; ; i = (i + SLOT) & mask) {
    const e = slots[i + 1];
    if (e === 0) return add(s.length < 13 ? s : ownCopy(s, 0, s.length), h, i, s, 0);
    if (slots[i] === h && strings[e - 1] === s) return e - 1;
  }
}

/** text[start, end) as a string of its own. V8 makes a slice of 13 or more characters a view into the whole text:
 * kept in the table (and in every cache keyed by spelling), it would keep the document it came from alive for as
 * long as the table lives. */
function ownCopy(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  const codes = new Uint16Array(end - start);
  for (let k = start; k < end; k++) codes[k - start] = text.charCodeAt(k);
  return codesToString(codes, codes.length);
}

/** Adds spelling `s`, which is text[start, start + s.length), in the empty slot `slot`. */
function add(s: string, h: number, slot: number, text: string, start: number): number {
  const id = strings.length, len = s.length;
  strings.push(s);
  if (charsUsed + len > chars.length) {
    const n = new Uint16Array(Math.max(2 * chars.length, charsUsed + len)); n.set(chars.subarray(0, charsUsed)); chars = n;
  }
  for (let k = 0; k < len; k++) chars[charsUsed + k] = text.charCodeAt(start + k);
  slots[slot] = h; slots[slot + 1] = id + 1; slots[slot + 2] = charsUsed; slots[slot + 3] = len;
  charsUsed += len;
  if (strings.length * 2 * SLOT > slots.length) grow();
  return id;
}

/** Twice the slots, every spelling placed again by its hash (ids do not change). */
function grow(): void {
  const next = new Int32Array(slots.length * 2), mask = next.length - SLOT;
  for (let j = 0; j < slots.length; j += SLOT) {
    if (slots[j + 1] === 0) continue;
    let i = (slots[j] * SLOT) & mask;
    while (next[i + 1] !== 0) i = (i + SLOT) & mask;
    for (let k = 0; k < SLOT; k++) next[i + k] = slots[j + k];
  }
  slots = next;
}

/** A cache of one value per spelling id, emptied when the table starts a new generation. */
export class SpellingSlots<T> {
  private generation = -1;
  private slots: (T | undefined)[] = [];

  /** The slots for ids of `generation`, one per id given so far (filled, so the array never has holes). */
  for(generation: number): (T | undefined)[] {
    if (generation !== this.generation) { this.generation = generation; this.slots = []; }
    const slots = this.slots, n = strings.length;
    while (slots.length < n) slots.push(undefined);
    return slots;
  }
}
