// FNV-1a, 32-bit, over UTF-16 code units: the one hash of short strings the project uses (fingerprints, spelling
// ids, neighbour hashes). Small, dependency-free, and the same value in every module.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of s[start, end), as a signed 32-bit integer (`>>> 0` for the unsigned value). */
export function fnv1a(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}
