// Findings of an earlier version of a document carried over to its current text, so that a code action asked for
// while a long lint runs is answered at once from the last completed lint. The texts are compared by their common
// prefix and suffix (one changed region, linear); what lies after the region is shifted by its change in length,
// what touches it is dropped: a finding, a fix whose own edits reach into it, a related location or a selection.
// Every kept edit therefore covers exactly the same characters in the current text as in the linted one.
import type { Finding, Fix, RelatedLocation, TextEdit } from '../engine/types';

/** The one region where `before` and `after` differ: [start, oldEnd) of `before` became [start, newEnd) of `after`. */
export interface ChangedRegion { start: number; oldEnd: number; newEnd: number }

/** Characters compared at once while looking for the changed region: comparing two substrings is native code, several
 * times faster on a 1 MB text than a loop over its characters (1.3 ms per code action while a lint runs). */
const BLOCK = 1024;

export function changedRegion(before: string, after: string): ChangedRegion | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p + BLOCK <= max && before.slice(p, p + BLOCK) === after.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const bl = before.length, al = after.length;
  while (s + BLOCK <= max - p && before.slice(bl - s - BLOCK, bl - s) === after.slice(al - s - BLOCK, al - s)) s += BLOCK;
  while (s < max - p && before.charCodeAt(bl - 1 - s) === after.charCodeAt(al - 1 - s)) s++;
  return { start: p, oldEnd: bl - s, newEnd: al - s };
}

/** Where an old range goes: shifted when wholly after the region, kept when wholly before, undefined when it touches
 * the region (an insertion at a range's edge counts: it changes the word the range covers). */
function mapRange(start: number, end: number, r: ChangedRegion): { start: number; end: number } | undefined {
  if (end < r.start) return { start, end };
  if (start > r.oldEnd) { const d = r.newEnd - r.oldEnd; return { start: start + d, end: end + d }; }
  return undefined;
}

const inDoc = (uri: string | undefined, docUri: string) => !uri || uri === docUri;

function shiftFix(fix: Fix, r: ChangedRegion, docUri: string): Fix | undefined {
  const edits: TextEdit[] = [];
  let deltaBefore = 0; // the fix's own change of length before the region: where the region lies in the fixed text
  let moved = false;
  for (const e of fix.edits) {
    if (!inDoc(e.uri, docUri)) { edits.push(e); continue; }
    const m = mapRange(e.start, e.end, r);
    if (!m) return undefined;
    if (m.start === e.start) edits.push(e); else { edits.push({ ...e, start: m.start, end: m.end }); moved = true; }
    if (e.end < r.start) deltaBefore += e.newText.length - (e.end - e.start);
  }
  let select = fix.select;
  if (select) {
    const m = mapRange(select.start, select.end, { start: r.start + deltaBefore, oldEnd: r.oldEnd + deltaBefore, newEnd: r.newEnd + deltaBefore });
    select = m;
  }
  const sameSelect = select === fix.select || (!!select && !!fix.select && select.start === fix.select.start && select.end === fix.select.end);
  if (!moved && sameSelect) return fix; // wholly before the change (or in other files): as it was
  // built without the old selection rather than deleting it (a delete turns the object into a slow dictionary)
  const { select: _old, ...rest } = fix;
  return select ? { ...rest, edits, select } : { ...rest, edits };
}

function shiftRelated(rel: RelatedLocation[] | undefined, r: ChangedRegion, docUri: string): RelatedLocation[] | undefined {
  if (!rel) return rel;
  const out: RelatedLocation[] = [];
  let changed = false;
  for (const l of rel) {
    if (l.uri !== docUri || l.start === undefined) { if (l.uri !== docUri || l.line === undefined) out.push(l); else changed = true; continue; }
    const m = mapRange(l.start, l.end ?? l.start, r);
    if (m && m.start === l.start) out.push(l);
    else { changed = true; if (m) out.push({ ...l, start: m.start, end: l.end === undefined ? undefined : m.end }); }
  }
  return changed ? out : rel;
}

/** A pure insertion or deletion in repeated text has several places; changedRegion gives the rightmost (its prefix
 * is maximal). This is the leftmost: a line typed above a line that begins with the same letter (و, very often) is
 * placed where it was typed rather than one letter into the next line. */
export function leftmostRegion(before: string, after: string, r: ChangedRegion): ChangedRegion {
  let { start, oldEnd, newEnd } = r;
  if (start === oldEnd) { // insertion of after[start, newEnd)
    while (start > 0 && before.charCodeAt(start - 1) === after.charCodeAt(newEnd - 1)) { start--; oldEnd--; newEnd--; }
  } else if (start === newEnd) { // deletion of before[start, oldEnd)
    while (start > 0 && before.charCodeAt(start - 1) === before.charCodeAt(oldEnd - 1)) { start--; oldEnd--; newEnd--; }
  }
  return { start, oldEnd, newEnd };
}

/** The findings of `linted` re-expressed in `current`; those the edits between them touch are left out. */
export function shiftFindings(findings: readonly Finding[], linted: string, current: string, docUri: string): Finding[] {
  const right = changedRegion(linted, current);
  if (!right) return findings.slice();
  // Of the places the change could be, the one that leaves out fewer findings.
  const left = leftmostRegion(linted, current, right);
  const touched = (r: ChangedRegion) => { let n = 0; for (const f of findings) if (!mapRange(f.start, f.end, r)) n++; return n; };
  const r = left.start !== right.start && touched(left) < touched(right) ? left : right;
  const out: Finding[] = [];
  // A document-wide fix (thousands of edits on a large text) is one object shared by many findings: shift it once,
  // and keep it shared.
  const shifted = new Map<Fix, Fix | undefined>();
  for (const f of findings) {
    const m = mapRange(f.start, f.end, r);
    if (!m) continue;
    const fixes: Fix[] = [];
    for (const fix of f.fixes) {
      let s = shifted.get(fix);
      if (s === undefined && !shifted.has(fix)) shifted.set(fix, s = shiftFix(fix, r, docUri));
      if (s) fixes.push(s);
    }
    const related = shiftRelated(f.related, r, docUri);
    // a finding before the change whose fixes and locations are all as they were is kept as it is (no copy)
    const unchanged = m.start === f.start && related === f.related && fixes.length === f.fixes.length && fixes.every((x, i) => x === f.fixes[i]);
    out.push(unchanged ? f : { ...f, start: m.start, end: m.end, fixes, related });
  }
  return out;
}
