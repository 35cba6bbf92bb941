// A fingerprint names a finding by what it flags, not where: it survives edits elsewhere in the file.
import { cleanWord, foldCode } from '../arabic/normalize';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../arabic/hash';

/** FNV-1a, 32-bit, as 8 hex digits: enough to tell findings of one file apart, and dependency-free. */
export function hash32(s: string): string {
  return hex(fnv1a(s));
}

function hex(h: number): string { return (h >>> 0).toString(16).padStart(8, '0'); }

/** The fingerprint of a finding of `ruleId` over `text`: whitespace and letter-form noise are folded away. By
 * definition hash32(matchKey(text).replace(/\s+/g, ' ').trim()); a test checks the one-pass form against it. */
export function fingerprintOf(ruleId: string, kind: string | undefined, text: string): string {
  return `${ruleId}:${kind ?? ''}:${keyHash(cleanWord(text))}`;
}

/** hash32(foldLetters(s).replace(/\s+/g, ' ').trim()) in one pass, without building those strings (findings over
 * whole sentences and blocks are fingerprinted on every lint). */
function keyHash(s: string): string {
  let h = FNV_OFFSET;
  let started = false, space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJsWhitespace(c)) { space = started; continue; }
    if (space) { h = Math.imul(h ^ 0x20, FNV_PRIME); space = false; }
    h = Math.imul(h ^ foldCode(c), FNV_PRIME);
    started = true;
  }
  return hex(h);
}

/** What \s matches and trim() removes: ECMAScript WhiteSpace and LineTerminator. */
function isJsWhitespace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
