// Quick fixes beyond one edit in the open document, over the real protocol: a fix that selects a placeholder
// afterwards (Fix.select → a code action with an edit and a client command), and a fix that edits other files of
// the workspace (one WorkspaceEdit, only for files still as they were indexed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, Diagnostic, Range, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyLspEdits, editsFor, sleep } from './harness';

const ONLY = (rule: string) => ({ rules: Object.fromEntries(['boilerplate', 'transliteration', 'orthography', 'unattributed-claim'].map(r => [r, r === rule ? 'warning' : 'off'])) });
const VS_CODE = { workspaceTrusted: true, clientCommands: ['arabicNewsLint.selectRange'] };

function codeActions(c: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

async function withServer(opts: Parameters<typeof LspClient.start>[0], body: (c: LspClient) => Promise<void>): Promise<void> {
  const c = await LspClient.start(opts);
  try { await body(c); } finally { await c.stop(); }
}

const CLAIM = 'ويُعتقد أن الهجوم نفذته جماعة مسلحة.\n';

test('the attribution placeholder fix carries a selectRange command whose range is «[المصدر]» in the fixed text', () =>
  withServer({ locale: 'en', settings: ONLY('unattributed-claim'), initializationOptions: VS_CODE }, async c => {
    const uri = c.uri('claim.arabic-news');
    c.open(uri, CLAIM);
    const [d] = await c.waitForDiagnostics(uri, ds => ds.length > 0);
    const fix = (await codeActions(c, uri, d)).find(a => a.isPreferred)!;
    assert.ok(fix.edit, 'the fix still carries its edit');
    const cmd = fix.command as Command;
    assert.equal(cmd.command, 'arabicNewsLint.selectRange');
    const [argUri, range] = cmd.arguments as [string, Range];
    assert.equal(argUri, uri);
    const after = applyLspEdits(CLAIM, editsFor(fix.edit!, uri));
    const doc = TextDocument.create(uri, 'arabic-news', 2, after);
    assert.equal(after.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)), '[المصدر]');
    // the other fixes of the finding select nothing
    for (const a of (await codeActions(c, uri, d)).filter(a => !a.isPreferred)) assert.equal(a.command, undefined, a.title);
  }));

test('a client that does not say it runs arabicNewsLint.selectRange gets the same fix without the command', () =>
  withServer({ locale: 'en', settings: ONLY('unattributed-claim') }, async c => {
    const uri = c.uri('claim.arabic-news');
    c.open(uri, CLAIM);
    const [d] = await c.waitForDiagnostics(uri, ds => ds.length > 0);
    const fix = (await codeActions(c, uri, d)).find(a => a.isPreferred)!;
    assert.ok(fix.edit);
    assert.equal(fix.command, undefined);
  }));

// The workspace writes ترامب five times in two files; a.txt (open), d.txt and e.txt write ترمب.
const A = 'قال الرئيس ترمب إن الاتفاق انتهى.\nوأضاف ترمب أن بلاده ستنسحب.\n';
const FILES: Record<string, string> = {
  'b.txt': 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.\nوكرر ترامب الكلام.\n',
  'c.txt': 'أعلن الرئيس الأمريكي ترامب قراره.\nوقال ترامب إنه سيفعل.\n',
  'd.txt': 'وقال الرئيس ترمب كلاما.\n',
  'e.txt': 'وصرح الرئيس ترمب للصحفيين.\n',
};

async function workspaceFix(c: LspClient, uri: string): Promise<CodeAction | undefined> {
  const ds = await c.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'transliteration'));
  return (await codeActions(c, uri, ds[0])).find(a => a.title.includes('every file of the workspace'));
}

async function openAfterIndexing(c: LspClient, name: string, text: string): Promise<string> {
  for (let i = 0; i < 100 && !c.progress.some(p => p.kind === 'end'); i++) await sleep(50);
  const uri = c.uri(name);
  c.open(uri, text, 'plaintext');
  return uri;
}

test('the workspace-wide name fix is one WorkspaceEdit over the open document and the other files that write the minority form', async () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'anl-xfile-'));
  for (const [n, t] of Object.entries(FILES)) fs.writeFileSync(path.join(root, n), t);
  await withServer({ locale: 'en', root, settings: ONLY('transliteration') }, async c => {
    const uri = await openAfterIndexing(c, 'a.txt', A);
    const fix = await workspaceFix(c, uri);
    assert.ok(fix, 'a workspace-wide fix is offered');
    assert.equal(fix.title, 'Write «ترامب» in every file of the workspace');
    const changes = fix.edit!.documentChanges as TextDocumentEdit[];
    const byFile = new Map(changes.map(ch => [ch.textDocument.uri, ch]));
    assert.deepEqual([...byFile.keys()].sort(), [uri, c.uri('d.txt'), c.uri('e.txt')].sort());
    assert.equal(byFile.get(uri)!.textDocument.version, 1); // the open document: versioned
    assert.equal(byFile.get(c.uri('d.txt'))!.textDocument.version, null); // closed files: as on disk
    assert.equal(applyLspEdits(A, editsFor(fix.edit!, uri)), A.replaceAll('ترمب', 'ترامب'));
    assert.equal(applyLspEdits(FILES['d.txt'], editsFor(fix.edit!, c.uri('d.txt'))), 'وقال الرئيس ترامب كلاما.\n');
    assert.equal(applyLspEdits(FILES['e.txt'], editsFor(fix.edit!, c.uri('e.txt'))), 'وصرح الرئيس ترامب للصحفيين.\n');
  });
});

test('after a stale lint of a large file stops the worker, the new worker has the whole index: cross-file fixes still reach closed files', async () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'anl-xfile-'));
  for (const [n, t] of Object.entries(FILES)) fs.writeFileSync(path.join(root, n), t);
  await withServer({ locale: 'en', root, settings: ONLY('transliteration') }, async c => {
    // (about 1 MB, so that its lint still runs 30 ms later on a fast machine: at 4,000 lines the lint got done first under
    // this session's speed work, and the test, which needs an edit to make a running lint stale, failed now and then)
    const big = await openAfterIndexing(c, 'big.arabic-news', 'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الاجتماع سيعقد الأسبوع المقبل.\n'.repeat(12000));
    // an edit while its lint runs makes that lint stale; a lint can finish before the edit arrives (a fast machine, a
    // slow test runner), so edits are sent until one finds a lint running, each starting the next lint
    const restarted = () => c.logs.some(l => l.includes('restarting the lint worker'));
    for (let i = 0; i < 40 && !restarted(); i++) {
      await sleep(i === 0 ? 30 : 15);
      c.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
    }
    for (let i = 0; i < 100 && !restarted(); i++) await sleep(50);
    assert.ok(c.logs.some(l => /restarting the lint worker, re-seeding its index \([1-9]/.test(l)), c.logs.join('\n'));
    const uri = c.uri('a.txt');
    c.open(uri, A, 'plaintext');
    const fix = await workspaceFix(c, uri);
    assert.ok(fix, 'a workspace-wide fix is offered');
    const files = (fix.edit!.documentChanges as TextDocumentEdit[]).map(ch => ch.textDocument.uri).sort();
    assert.deepEqual(files, [uri, c.uri('d.txt'), c.uri('e.txt')].sort());
  });
});

test('a file changed since it was indexed is left out of the workspace-wide fix, and the title says so', async () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'anl-xfile-'));
  for (const [n, t] of Object.entries(FILES)) fs.writeFileSync(path.join(root, n), t);
  await withServer({ locale: 'en', root, settings: ONLY('transliteration') }, async c => {
    const uri = await openAfterIndexing(c, 'a.txt', A);
    assert.ok(await workspaceFix(c, uri));
    // d.txt changes on disk and the server has not been told (no watcher event yet): its offsets are stale
    fs.writeFileSync(path.join(root, 'd.txt'), 'خبر عاجل: ' + FILES['d.txt']);
    const fix = await workspaceFix(c, uri);
    assert.ok(fix);
    assert.equal(fix.title, 'Write «ترامب» in every file of the workspace (1 changed file left out)');
    const files = (fix.edit!.documentChanges as TextDocumentEdit[]).map(ch => ch.textDocument.uri).sort();
    assert.deepEqual(files, [uri, c.uri('e.txt')].sort());
    assert.ok(c.logs.some(l => l.includes('leaves out 1 file') && l.includes('d.txt')), c.logs.join('\n'));
    // e.txt changes too: no other file is left, and the document-wide fix already covers this document
    fs.writeFileSync(path.join(root, 'e.txt'), FILES['e.txt'] + '\n');
    assert.equal(await workspaceFix(c, uri), undefined);
    // once the watcher reports the changes, the files are re-indexed and the fix reaches them again at their new offsets
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('d.txt'), type: 2 }, { uri: c.uri('e.txt'), type: 2 }] });
    let again: CodeAction | undefined;
    for (let i = 0; i < 60 && !(again && !again.title.includes('left out')); i++) { await sleep(100); again = await workspaceFix(c, uri); }
    assert.equal(again?.title, 'Write «ترامب» in every file of the workspace');
    assert.equal(applyLspEdits('خبر عاجل: ' + FILES['d.txt'], editsFor(again!.edit!, c.uri('d.txt'))), 'خبر عاجل: وقال الرئيس ترامب كلاما.\n');
  });
});

test('a cross-file finding points its related locations at the name in files that are not open, not at column 0', async () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'anl-related-'));
  for (const [n, t] of Object.entries(FILES)) fs.writeFileSync(path.join(root, n), t);
  await withServer({ locale: 'en', root, settings: ONLY('transliteration') }, async c => {
    const uri = await openAfterIndexing(c, 'a.txt', A);
    const ds = await c.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'transliteration' && !!d.relatedInformation?.length));
    const related = ds.find(d => d.code === 'transliteration')!.relatedInformation!;
    assert.ok(related.length > 0);
    for (const r of related) {
      const text = FILES[path.basename(r.location.uri)];
      const doc = TextDocument.create(r.location.uri, 'plaintext', 0, text);
      assert.equal(text.slice(doc.offsetAt(r.location.range.start), doc.offsetAt(r.location.range.end)), 'ترامب', r.location.uri);
    }
  });
});

test('lowering workspace.maxFiles trims the index: files the new walk no longer reaches leave the cross-file findings', async () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'anl-trim-'));
  fs.writeFileSync(path.join(root, 'b.txt'), FILES['b.txt']);
  fs.writeFileSync(path.join(root, 'c.txt'), FILES['c.txt']);
  await withServer({ locale: 'en', root, settings: ONLY('transliteration') }, async c => {
    const uri = await openAfterIndexing(c, 'a.txt', A);
    const relatedFiles = (ds: Diagnostic[]) => [...new Set(ds.filter(d => d.code === 'transliteration').flatMap(d => d.relatedInformation ?? []).map(r => path.basename(r.location.uri)))].sort();
    const before = await c.waitForDiagnostics(uri, ds => relatedFiles(ds).length === 2);
    assert.deepEqual(relatedFiles(before), ['b.txt', 'c.txt']);
    c.settings = { ...ONLY('transliteration'), workspace: { maxFiles: 1 } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    // the walk keeps the file nearest the root in name order (b.txt); c.txt leaves the index
    const after = await c.waitForDiagnostics(uri, ds => relatedFiles(ds).length === 1, 10_000);
    assert.deepEqual(relatedFiles(after), ['b.txt']);
  });
});
