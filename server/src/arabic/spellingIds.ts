// One small integer per distinct token spelling (Token.norm), given once per token by the shared segmenting. Rules
// that know something per spelling keep it in arrays indexed by this number (see SpellingSlots) instead of each
// looking every token's freshly sliced string up in a Map of its own: one string lookup per token instead of three.
//
// The table is bounded: when it holds more than MAX_SPELLINGS spellings it starts over under a new generation, never
// in the middle of one token list, so every id of one list belongs to one generation. Caches keyed by id follow the
// generation (SpellingSlots drops its entries when it moves on), so a long-running server does not grow without limit.
import type { Token } from './tokenize';

/** Distinct spellings the table holds before it starts over (between token lists). */
export const MAX_SPELLINGS = 100_000;

/** The spelling id of each token of one list (index-aligned), and the table generation the ids belong to. A token's
 * norm determines its kind (Arabic letters, a Latin letter first, or a digit first), so the norm alone is the key. */
export interface SpellingIds { ids: Int32Array; generation: number }

let ids = new Map<string, number>();
let generation = 0;

/** The table's current generation: ids given under an older one mean nothing now. */
export function spellingGeneration(): number { return generation; }
/** Every id given so far in this generation is below this. */
export function spellingCount(): number { return ids.size; }

/** The spelling ids of a token list, starting the table over first when it is full. */
export function spellingIdsOf(tokens: readonly Token[]): SpellingIds {
  if (ids.size > MAX_SPELLINGS) { ids = new Map(); generation++; }
  const table = ids;
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    let id = table.get(norm);
    if (id === undefined) table.set(norm, id = table.size);
    out[i] = id;
  }
  return { ids: out, generation };
}

/** A cache of one value per spelling id, emptied when the table starts a new generation. */
export class SpellingSlots<T> {
  private generation = -1;
  private slots: (T | undefined)[] = [];

  /** The slots for ids of `generation`, at least spellingCount() long (filled, so the array never has holes). */
  for(generation: number): (T | undefined)[] {
    if (generation !== this.generation) { this.generation = generation; this.slots = []; }
    const slots = this.slots, n = ids.size;
    while (slots.length < n) slots.push(undefined);
    return slots;
  }
}
