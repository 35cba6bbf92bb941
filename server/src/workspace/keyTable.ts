// A table of values by string key, found by the key's 32-bit hash (arabic/hash.ts fnv1a) in one typed array. The
// name index is asked for every name of every document, and half of the keys asked are in no file: a Map probed with
// a string loaded its bucket, its entries and their stored key strings (copies, so never the same pointer) before it
// could say so, where here a key no value has costs the one slot its hash lands on. A hash found is checked against
// the value's own key, so the answer is exact whatever the hashes collide with.

import { fnv1a } from '../arabic/hash';

/** Bits of the filter (KeyTable.filter): 32 KB, which stays in cache, for the tens of thousands of keys of a workspace. */
const FILTER_BITS = 1 << 18;

export class KeyTable<V> {
  /** [hash, value index + 1] pairs, open addressing with linear probing; a second word of 0 is an empty slot. */
  private slots = new Int32Array(2 * 64);
  /** A bit per value of a hash's low bits, set for every key filed: most keys in no file are told so by their bit,
   * without the probe into `slots`, which outgrows the cache (the probe was most of the cost of such a question).
   * Never cleared by delete, since another key may have the bit: set again from the slots when the table grows, and
   * when as many keys were deleted since as the table holds (a server re-indexing edited files for days would
   * otherwise fill it with the bits of keys long gone). */
  private filter = new Int32Array(FILTER_BITS >>> 5);
  /** Keys deleted since the filter was last set from the slots. */
  private deletedSinceFilter = 0;
  private readonly values: (V | undefined)[] = [];
  /** Value indices let go by delete, for set to reuse. */
  private readonly free: number[] = [];
  private size = 0;
  /** `keyOf`: a value's key, to tell a hash's keys apart; `hashOf`: a key's hash (a test gives one that collides). */
  constructor(private readonly keyOf: (value: V) => string, private readonly hashOf: (key: string) => number = fnv1a) {}

  get(key: string): V | undefined {
    const at = this.find(key);
    return at < 0 ? undefined : this.values[at];
  }

  /** Where the value filed under `key` is kept (-1: none), for at() to read it by: good until a value is added,
   * replaced or taken off. */
  indexOf(key: string): number { return this.find(key); }

  /** The value kept at `index` (indexOf). */
  at(index: number): V | undefined { return this.values[index]; }

  /** Files `value` in place of the value filed under its key, which must be in the table. */
  replace(value: V): void {
    this.values[this.find(this.keyOf(value))] = value;
  }

  /** The index in `values` of the value filed under `key`, or -1. */
  private find(key: string): number {
    const hash = this.hashOf(key);
    if (!hasBit(this.filter, hash)) return -1;
    const slots = this.slots, mask = (slots.length >> 1) - 1;
    for (let i = hash & mask; slots[2 * i + 1] !== 0; i = (i + 1) & mask) {
      if (slots[2 * i] === hash && this.keyOf(this.values[slots[2 * i + 1] - 1]!) === key) return slots[2 * i + 1] - 1;
    }
    return -1;
  }

  /** Files `value` under its key, which must not be in the table. */
  add(value: V): void {
    if (2 * (this.size + 1) > this.slots.length >> 1) this.grow();
    const id = this.free.length ? this.free.pop()! : this.values.length;
    this.values[id] = value;
    this.size++;
    this.place(this.slots, this.hashOf(this.keyOf(value)), id + 1);
  }

  /** Takes off the value filed under `key`, when there is one. */
  delete(key: string): void {
    const hash = this.hashOf(key), slots = this.slots, mask = (slots.length >> 1) - 1;
    let i = hash & mask;
    for (; ; i = (i + 1) & mask) {
      if (slots[2 * i + 1] === 0) return;
      if (slots[2 * i] === hash && this.keyOf(this.values[slots[2 * i + 1] - 1]!) === key) break;
    }
    const id = slots[2 * i + 1] - 1;
    this.values[id] = undefined;
    this.free.push(id);
    this.size--;
    // (the slots after it that it was in the way of move back, so that no probe stops short: no tombstones to sweep)
    for (let j = (i + 1) & mask; slots[2 * j + 1] !== 0; j = (j + 1) & mask) {
      const home = slots[2 * j] & mask;
      if (((j - home) & mask) >= ((j - i) & mask)) { slots[2 * i] = slots[2 * j]; slots[2 * i + 1] = slots[2 * j + 1]; i = j; }
    }
    slots[2 * i] = 0; slots[2 * i + 1] = 0;
    if (++this.deletedSinceFilter > Math.max(this.size, 1024)) this.refilter();
  }

  /** The filter set again from the keys in the slots. */
  private refilter(): void {
    const slots = this.slots;
    this.filter.fill(0);
    this.deletedSinceFilter = 0;
    for (let i = 0; i < slots.length; i += 2) if (slots[i + 1] !== 0) setBit(this.filter, slots[i]);
  }

  private place(slots: Int32Array, hash: number, ref: number): void {
    setBit(this.filter, hash);
    const mask = (slots.length >> 1) - 1;
    let i = hash & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = hash; slots[2 * i + 1] = ref;
  }

  private grow(): void {
    const old = this.slots, slots = new Int32Array(2 * old.length);
    this.filter.fill(0);
    this.deletedSinceFilter = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(slots, old[i], old[i + 1]);
    this.slots = slots;
  }
}

/** The filter's bit of `hash` (its low bits), and setting it. */
function hasBit(filter: Int32Array, hash: number): boolean { return (filter[(hash & (FILTER_BITS - 1)) >>> 5] & (1 << (hash & 31))) !== 0; }
function setBit(filter: Int32Array, hash: number): void { filter[(hash & (FILTER_BITS - 1)) >>> 5] |= 1 << (hash & 31); }
