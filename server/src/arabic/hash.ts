// FNV-1a, 32-bit, over UTF-16 code units: the hash of short strings the project uses (fingerprints, spelling ids,
// neighbour hashes), and a polynomial one where a string's hash must follow from its parts'. Small,
// dependency-free, and the same value in every module.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of s[start, end), as a signed 32-bit integer (`>>> 0` for the unsigned value). */
export function fnv1a(s: string, start = 0, end = s.length): number {
  return fnv1aOn(FNV_OFFSET, s, start, end);
}

/** FNV-1a continued over s[start, end) from `h`, the hash of what precedes it: fnv1aOn(fnv1a(a), b) === fnv1a(a + b),
 * without making the string a + b. */
export function fnv1aOn(h: number, s: string, start = 0, end = s.length): number {
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** 32-bit hashes, each with the first value added under it, for `n` of them at a time (open addressing, at most half
 * full): a few hundred fit in a few kilobytes, which stay in cache where a Map of strings does not. Emptied and used
 * again (reset) rather than made anew: a typed array's allocation cost more than filling it. */
export class HashIndex32 {
  /** [hash, value] pairs in t[0, 2 * (mask + 1)); a hash of 0 marks an empty slot (a hash 0 is filed as 1). */
  private t = new Int32Array(0);
  private mask = -1;
  /** Empties the index, with room for `n` hashes. */
  reset(n: number): void {
    let size = 16;
    while (size < 2 * n) size *= 2;
    if (this.t.length < 2 * size) this.t = new Int32Array(2 * size);
    else this.t.fill(0, 0, 2 * size);
    this.mask = size - 1;
  }
  add(h: number, value: number): void {
    const t = this.t, mask = this.mask;
    h ||= 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (t[2 * i] === h) return;
      if (t[2 * i] === 0) { t[2 * i] = h; t[2 * i + 1] = value; return; }
    }
  }
  /** The first value added under `h` since the last reset, or -1. */
  get(h: number): number {
    const t = this.t, mask = this.mask;
    h ||= 1;
    for (let i = h & mask; ; i = (i + 1) & mask) { if (t[2 * i] === h) return t[2 * i + 1]; if (t[2 * i] === 0) return -1; }
  }
}

/** A polynomial hash of code units mod 2^30 (a small integer to V8, never boxed). Unlike FNV-1a's, the hash of a + b
 * follows from numbers kept for a and b (polyJoin), so that a string made of two kept parts is hashed without being
 * made. */
export function polyHash(s: string): number {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (Math.imul(h, POLY) + s.charCodeAt(k)) & POLY_MASK;
  return h;
}
/** POLY^length mod 2^30: what a hash is multiplied by when a string of that length is written after it. */
export function polyPower(length: number): number {
  let p = 1;
  for (let k = 0; k < length; k++) p = Math.imul(p, POLY) & POLY_MASK;
  return p;
}
/** polyHash(a + b), from polyHash(a), polyHash(b) and polyPower(b.length). (Math.imul keeps the product's low 32 bits,
 * and 2^30 divides 2^32: the sum masked is the hash mod 2^30.) */
export function polyJoin(hashA: number, hashB: number, powerB: number): number {
  return (Math.imul(hashA, powerB) + hashB) & POLY_MASK;
}
const POLY = 0x01000193, POLY_MASK = 0x3fffffff;
