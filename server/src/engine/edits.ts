// Applying text edits: the one place that turns fixes into new text (CLI --fix, tests, fix-all).
import type { Finding, Fix, TextEdit } from './types';

/** Apply edits to `text`. Overlapping edits are dropped (the first in document order wins), so a batch can never
 * garble text; the returned list says which were applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = edits.filter(e => !e.uri).map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let last = -1;
  for (const { e } of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end || e.start < last) { skipped.push(e); continue; }
    // two inserts at the same point would be ambiguous: keep the first
    if (e.start === e.end && e.start === last && applied.length && applied[applied.length - 1].start === e.start) { skipped.push(e); continue; }
    applied.push(e);
    last = e.end;
  }
  let out = '';
  let pos = 0;
  for (const e of applied) { out += text.slice(pos, e.start) + e.newText; pos = e.end; }
  out += text.slice(pos);
  return { text: out, applied, skipped };
}

/** The safe fixes of a set of findings, with fixes that reach only the document; one fix per finding. A fix is taken
 * whole or not at all: one whose edits would overlap an edit already taken waits for the next --fix pass, so applying
 * the batch never leaves a fix half-applied (e.g. a move that deletes here but does not insert there). */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  // edits taken so far, sorted by (start, end) and never overlapping, so their ends are sorted too
  const taken: TextEdit[] = [];
  const firstEndingAtOrAfter = (o: number) => { let lo = 0, hi = taken.length; while (lo < hi) { const m = (lo + hi) >> 1; if (taken[m].end < o) lo = m + 1; else hi = m; } return lo; };
  const clashes = (e: TextEdit) => {
    for (let i = firstEndingAtOrAfter(e.start); i < taken.length && taken[i].start <= e.end; i++) {
      const t = taken[i];
      if ((e.start < t.end && t.start < e.end) || (e.start === e.end && t.start === t.end && e.start === t.start)) return true;
    }
    return false;
  };
  const take = (e: TextEdit) => {
    let lo = 0, hi = taken.length;
    while (lo < hi) { const m = (lo + hi) >> 1; const t = taken[m]; if (t.start < e.start || (t.start === e.start && t.end <= e.end)) lo = m + 1; else hi = m; }
    taken.splice(lo, 0, e);
  };
  for (const f of findings) {
    const fix: Fix | undefined = f.fixes.find(x => x.safe && x.scope !== 'workspace' && !x.configEdit);
    if (!fix) continue;
    const own = fix.edits.filter(e => !e.uri);
    const fresh = own.filter(e => !seen.has(`${e.start}:${e.end}:${e.newText}`));
    // identical edits from two findings are one edit; any other overlap defers the whole fix
    if (fresh.some(clashes)) continue;
    for (const e of fresh) { seen.add(`${e.start}:${e.end}:${e.newText}`); edits.push(e); take(e); }
  }
  return edits;
}
