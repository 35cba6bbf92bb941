// Counts by 53-bit hash (lineKey.ts keyHash), with add and remove, in one typed array: the line recurrence index
// counts every tracked line hash of the workspace, and a Map keyed by them held each as a heap number (above 2^31 a
// number is boxed in V8), hashed it on every question and grew in steps. The whole hash is kept, as its high 32 bits
// and low 21, so that two hashes share a count only when they are equal, as they did as a Map's keys.

/** 2^21: the low part's range. */
const LOW = 0x200000;

export class WideHashCounts {
  /** [high, low, count] triples, open addressing with linear probing from the high word (keyHash's first FNV lane,
   * whose low bits are well mixed), at most half full; a count of 0 is an empty slot. */
  private slots = new Int32Array(3 * 16);
  private mask = 15;
  private size = 0;

  /** How many times `hash` (an integer in [0, 2^53)) was added and not yet removed. */
  count(hash: number): number {
    const hi = (hash / LOW) | 0, lo = hash & (LOW - 1), s = this.slots, mask = this.mask;
    for (let i = hi & mask; ; i = (i + 1) & mask) {
      const n = s[3 * i + 2];
      if (n === 0) return 0;
      if (s[3 * i] === hi && s[3 * i + 1] === lo) return n;
    }
  }

  add(hash: number): void {
    const hi = (hash / LOW) | 0, lo = hash & (LOW - 1);
    let s = this.slots, mask = this.mask;
    let i = hi & mask;
    for (; s[3 * i + 2] !== 0; i = (i + 1) & mask) if (s[3 * i] === hi && s[3 * i + 1] === lo) { s[3 * i + 2]++; return; }
    if (2 * (this.size + 1) > mask + 1) {
      this.grow();
      s = this.slots; mask = this.mask;
      for (i = hi & mask; s[3 * i + 2] !== 0; i = (i + 1) & mask);
    }
    s[3 * i] = hi; s[3 * i + 1] = lo; s[3 * i + 2] = 1;
    this.size++;
  }

  /** Takes one off the count of `hash`; none when it has none. */
  remove(hash: number): void {
    const hi = (hash / LOW) | 0, lo = hash & (LOW - 1), s = this.slots, mask = this.mask;
    let i = hi & mask;
    for (; ; i = (i + 1) & mask) {
      if (s[3 * i + 2] === 0) return;
      if (s[3 * i] === hi && s[3 * i + 1] === lo) break;
    }
    if (--s[3 * i + 2] > 0) return;
    this.size--;
    // (the slots after it that it was in the way of move back, so that no probe stops short: no tombstones)
    for (let j = (i + 1) & mask; s[3 * j + 2] !== 0; j = (j + 1) & mask) {
      const home = s[3 * j] & mask;
      if (((j - home) & mask) >= ((j - i) & mask)) { s[3 * i] = s[3 * j]; s[3 * i + 1] = s[3 * j + 1]; s[3 * i + 2] = s[3 * j + 2]; i = j; }
    }
    s[3 * i + 2] = 0;
  }

  private grow(): void {
    const old = this.slots, mask = 2 * this.mask + 1, s = new Int32Array(3 * (mask + 1));
    for (let k = 0; k < old.length; k += 3) {
      if (old[k + 2] === 0) continue;
      let i = old[k] & mask;
      while (s[3 * i + 2] !== 0) i = (i + 1) & mask;
      s[3 * i] = old[k]; s[3 * i + 1] = old[k + 1]; s[3 * i + 2] = old[k + 2];
    }
    this.slots = s; this.mask = mask;
  }
}
