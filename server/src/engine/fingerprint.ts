// A fingerprint names a finding by what it flags, not where: it survives edits elsewhere in the file.
import { matchKey } from '../arabic/normalize';

/** FNV-1a, 32-bit, as 8 hex digits: enough to tell findings of one file apart, and dependency-free. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of a finding of `ruleId` over `text`: whitespace and letter-form noise are folded away. */
export function fingerprintOf(ruleId: string, kind: string | undefined, text: string): string {
  const key = matchKey(text).replace(/\s+/g, ' ').trim();
  return `${ruleId}:${kind ?? ''}:${hash32(key)}`;
}
