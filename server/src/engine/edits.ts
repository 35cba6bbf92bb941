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

/** The safe fixes of a set of findings, with fixes that reach only the document; one fix per finding. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const fix: Fix | undefined = f.fixes.find(x => x.safe && x.scope !== 'workspace' && !x.configEdit);
    if (!fix) continue;
    for (const e of fix.edits) {
      if (e.uri) continue;
      const k = `${e.start}:${e.end}:${e.newText}`;
      if (!seen.has(k)) { seen.add(k); edits.push(e); }
    }
  }
  return edits;
}
