// Code actions asked for while a lint of a newer version is due or running are answered from the last completed
// lint, its findings shifted past the edits since: the pure shifting, then over the real protocol, applying the
// returned edit to the client's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedRegion, shiftFindings } from '../../server/src/lsp/shiftFindings';
import type { Finding } from '../../server/src/engine/types';
import { LspClient, applyLspEdits, editsFor } from './harness';

const URI = 'file:///doc.txt';
const finding = (start: number, end: number, newText: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'r', severity: 'warning', fingerprint: 'x', message: { en: 'm', ar: 'm' }, start, end,
  fixes: [{ title: { en: 't', ar: 't' }, edits: [{ start, end, newText }], safe: true }], ...extra,
} as Finding);

test('changedRegion finds the one differing middle', () => {
  assert.equal(changedRegion('abc', 'abc'), undefined);
  assert.deepEqual(changedRegion('abcdef', 'abXYdef'), { start: 2, oldEnd: 3, newEnd: 4 });
  assert.deepEqual(changedRegion('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(changedRegion('abcd', 'ad'), { start: 1, oldEnd: 3, newEnd: 1 });
});

test('findings after an edit are shifted, before it kept, touching it dropped; shifted edits fit the new text', () => {
  const old = 'one two three four five';
  const fs = [finding(0, 3, 'ONE'), finding(4, 7, 'TWO'), finding(8, 13, 'THREE'), finding(19, 23, 'FIVE')];
  const now = 'one two three XXXX four five'; // inserted before «four», touching nothing flagged but «three»'s end? no: after the space
  const shifted = shiftFindings(fs, old, now, URI);
  assert.deepEqual(shifted.map(f => now.slice(f.start, f.end)), ['one', 'two', 'three', 'five']);
  for (const f of shifted) {
    const e = f.fixes[0].edits[0];
    assert.equal(now.slice(e.start, e.end).toUpperCase(), e.newText);
  }
  // an edit inside a finding, or right at its edge, drops it
  assert.deepEqual(shiftFindings(fs, old, 'one twoo three four five', URI).map(f => f.fixes[0].edits[0].newText), ['ONE', 'THREE', 'FIVE']);
  assert.deepEqual(shiftFindings(fs, old, 'one two three four fiv', URI).map(f => f.fixes[0].edits[0].newText), ['ONE', 'TWO', 'THREE']);
});

test('a fix whose own edit reaches into the changed region is dropped, the finding kept; selections shift with the fixed text', () => {
  const old = 'aaa bbb ccc';
  const f = finding(0, 3, 'A', { fixes: [
    { title: { en: 'near', ar: 'near' }, edits: [{ start: 0, end: 3, newText: 'A' }], select: { start: 6, end: 9 } }, // «ccc» in «A bbb ccc»
    { title: { en: 'far', ar: 'far' }, edits: [{ start: 0, end: 3, newText: 'A' }, { start: 8, end: 11, newText: 'C' }] },
    { title: { en: 'other file', ar: 'other file' }, edits: [{ start: 0, end: 3, newText: 'A' }, { uri: 'file:///other.txt', start: 8, end: 11, newText: 'C' }] },
  ] });
  // an insertion between the fix's edits: every edit kept and shifted, the selection still on «ccc» of the fixed text
  const now = 'aaa bZbb ccc';
  const [s] = shiftFindings([f], old, now, URI);
  assert.deepEqual(s.fixes.map(x => x.title.en), ['near', 'far', 'other file']);
  const fixed = applyLspEdits(now, s.fixes[0].edits.map(e => ({ range: { start: pos(now, e.start), end: pos(now, e.end) }, newText: e.newText })));
  assert.equal(fixed.slice(s.fixes[0].select!.start, s.fixes[0].select!.end), 'ccc');
  assert.deepEqual(s.fixes[1].edits.map(e => now.slice(e.start, e.end)), ['aaa', 'ccc']);
  assert.deepEqual(s.fixes[2].edits[1], { uri: 'file:///other.txt', start: 8, end: 11, newText: 'C' }, 'other files untouched');
  // an insertion inside «ccc»: «far» reaches into it and goes, «near» stays but selects nothing
  const [t] = shiftFindings([f], old, 'aaa bbb cZcc', URI);
  assert.deepEqual(t.fixes.map(x => x.title.en), ['near', 'other file']);
  assert.equal(t.fixes[0].select, undefined);
});

const pos = (text: string, offset: number) => TextDocument.create(URI, 'x', 0, text).positionAt(offset);

// ---- over the protocol ----

const ONLY_CLAIMS = { rules: { boilerplate: 'off', transliteration: 'off', orthography: 'off', 'unattributed-claim': 'warning' } };
const CLAIM = 'ويُعتقد أن الهجوم نفذته جماعة مسلحة.\n';
const PROSE = 'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.\n';

function codeActions(c: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

/** Open `text`, take the first finding's preferred fix, then insert a line at the top and ask again before the
 * re-lint is done: the answer's edit, applied to the client's text, must equal the old fix moved down a line. */
async function editThenFix(c: LspClient, text: string, whileRunning: boolean): Promise<void> {
  const uri = c.uri(whileRunning ? 'big.arabic-news' : 'small.arabic-news');
  c.open(uri, text);
  const ds = await c.waitForDiagnostics(uri, d => d.length > 0, 30_000);
  const before = (await codeActions(c, uri, ds[0])).find(a => a.isPreferred)!;
  const fixedBefore = applyLspEdits(text, editsFor(before.edit!, uri));
  const published = c.published.length;
  const version = c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: PROSE }]);
  const moved = { ...ds[0], range: { start: { ...ds[0].range.start, line: ds[0].range.start.line + 1 }, end: { ...ds[0].range.end, line: ds[0].range.end.line + 1 } } };
  const t0 = Date.now();
  const actions = await codeActions(c, uri, moved);
  const ms = Date.now() - t0;
  assert.equal(c.published.slice(published).some(p => p.uri === uri), false, 'answered before the re-lint published');
  const fix = actions.find(a => a.isPreferred);
  assert.ok(fix, `a fix from the last lint (${actions.map(a => a.title).join(', ')})`);
  assert.equal((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, version, 'for the current version');
  assert.equal(applyLspEdits(c.text(uri), editsFor(fix.edit!, uri)), PROSE + fixedBefore);
  if (whileRunning) assert.ok(ms < 1000, `answered in ${ms} ms`);
}

test('a code action during the debounce after an edit comes from the last lint, shifted, and applies to the current text', async () => {
  const c = await LspClient.start({ locale: 'en', settings: { ...ONLY_CLAIMS, debounceMs: 10_000 } });
  try { await editThenFix(c, PROSE + CLAIM + PROSE + CLAIM, false); } finally { await c.stop(); }
});

test('a code action while a slow lint of the new text runs does not wait for it, and its edit fits the new text', async () => {
  const c = await LspClient.start({ locale: 'en', settings: { ...ONLY_CLAIMS, debounceMs: 0 } });
  try { await editThenFix(c, (PROSE.repeat(20) + CLAIM).repeat(200), true); } finally { await c.stop(); }
});

test('a code action on the very text that changed gets nothing stale for it', async () => {
  const c = await LspClient.start({ locale: 'en', settings: { ...ONLY_CLAIMS, debounceMs: 10_000 } });
  try {
    const uri = c.uri('edited.arabic-news');
    c.open(uri, PROSE + CLAIM);
    const [d] = await c.waitForDiagnostics(uri, ds => ds.length > 0);
    c.change(uri, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, text: '' }]);
    const actions = await codeActions(c, uri, d);
    assert.deepEqual(actions.filter(a => a.isPreferred), []);
  } finally { await c.stop(); }
});

test('a line inserted above a line that starts with the same letter is placed where it was typed: the finding below survives', () => {
  const old = 'وقال كذا.\nويعتقد أن.\n';
  const fs = [finding(10, 16, 'X')];
  const now = 'وقال كذا.\nوقال آخر.\nويعتقد أن.\n';
  const [f] = shiftFindings(fs, old, now, URI);
  assert.equal(now.slice(f.start, f.end), 'ويعتقد');
});
