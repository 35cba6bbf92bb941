// FNV-1a, 32-bit, over UTF-16 code units: the one hash of short strings the project uses (fingerprints, spelling
// ids, neighbour hashes). Small, dependency-free, and the same value in every module.
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

/** A set of 32-bit hashes sized for `n` of them (open addressing, at most half full): a few hundred hashes fit in a
 * kilobyte or two, which stays in cache where a Map of strings does not. */
export class HashSet32 {
  private readonly t: Int32Array;
  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.t = new Int32Array(size);
  }
  add(h: number): void {
    const t = this.t, mask = t.length - 1;
    h ||= 1; // 0 marks an empty slot
    for (let i = h & mask; ; i = (i + 1) & mask) { if (t[i] === h) return; if (t[i] === 0) { t[i] = h; return; } }
  }
  has(h: number): boolean {
    const t = this.t, mask = t.length - 1;
    h ||= 1;
    for (let i = h & mask; ; i = (i + 1) & mask) { if (t[i] === h) return true; if (t[i] === 0) return false; }
  }
}
