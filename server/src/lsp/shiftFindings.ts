// Findings of an earlier version of a document carried over to its current text, so that a code action asked for
// while a long lint runs is answered at once from the last completed lint. The texts are compared by their common
// prefix and suffix (one changed region, linear); what lies after the region is shifted by its change in length,
// what touches it is dropped: a finding, a fix whose own edits reach into it, a related location or a selection.
// Every kept edit therefore covers exactly the same characters in the current text as in the linted one.
import type { Finding, Fix, RelatedLocation, TextEdit } from '../engine/types';

/** The one region where `before` and `after` differ: [start, oldEnd) of `before` became [start, newEnd) of `after`. */
export interface ChangedRegion { start: number; oldEnd: number; newEnd: number }

export function changedRegion(before: string, after: string): ChangedRegion | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
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
  for (const e of fix.edits) {
    if (!inDoc(e.uri, docUri)) { edits.push(e); continue; }
    const m = mapRange(e.start, e.end, r);
    if (!m) return undefined;
    edits.push(m.start === e.start ? e : { ...e, start: m.start, end: m.end });
    if (e.end < r.start) deltaBefore += e.newText.length - (e.end - e.start);
  }
  let select = fix.select;
  if (select) {
    const m = mapRange(select.start, select.end, { start: r.start + deltaBefore, oldEnd: r.oldEnd + deltaBefore, newEnd: r.newEnd + deltaBefore });
    select = m;
  }
  const out: Fix = { ...fix, edits };
  if (select) out.select = select; else delete out.select;
  return out;
}

function shiftRelated(rel: RelatedLocation[] | undefined, r: ChangedRegion, docUri: string): RelatedLocation[] | undefined {
  if (!rel) return rel;
  const out: RelatedLocation[] = [];
  for (const l of rel) {
    if (l.uri !== docUri || l.start === undefined) { if (l.uri !== docUri || l.line === undefined) out.push(l); continue; }
    const m = mapRange(l.start, l.end ?? l.start, r);
    if (m) out.push({ ...l, start: m.start, end: l.end === undefined ? undefined : m.end });
  }
  return out;
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
  for (const f of findings) {
    const m = mapRange(f.start, f.end, r);
    if (!m) continue;
    const fixes: Fix[] = [];
    for (const fix of f.fixes) { const s = shiftFix(fix, r, docUri); if (s) fixes.push(s); }
    out.push({ ...f, start: m.start, end: m.end, fixes, related: shiftRelated(f.related, r, docUri) });
  }
  return out;
}
