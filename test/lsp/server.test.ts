// The language server driven through the real protocol: a spawned server process, JSON-RPC over stdio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyLspEdits, editsFor, sleep } from './harness';
import { REPOSITORY_URL } from '../../server/src/lsp/links';

// «إلى» three times, «الى» once: one orthography finding on the minority form.
const ARTICLE = 'قال الوزير إلى الصحفيين إن الوفد سيتوجه إلى القاهرة.\nوأضاف أن الرحلة الى القاهرة ستكون قصيرة، ثم يعود إلى بيروت.\n';
const FIXED = ARTICLE.replace('الرحلة الى', 'الرحلة إلى');
const MESSAGE_EN = '«الى» ×1 and «إلى» ×3 in this document (hamza); write it one way.';
const MESSAGE_AR = '«الى» ×1 و«إلى» ×3 في هذا المستند (الهمزة)؛ وحِّد الكتابة.';
const DOCS = `${REPOSITORY_URL}/blob/main/docs/rules/orthography.md`;
/** These tests exercise the server through the orthography rule; the other rules (written in parallel) stay off so
 * that their findings on the fixture cannot change what is asserted here. */
const OTHER_RULES_OFF = { boilerplate: 'off', transliteration: 'off', 'unattributed-claim': 'off' };

async function withServer(opts: NonNullable<Parameters<typeof LspClient.start>[0]>, body: (c: LspClient) => Promise<void>): Promise<void> {
  const c = await start(opts);
  try { await body(c); } finally { await c.stop(); }
}

function start(opts: NonNullable<Parameters<typeof LspClient.start>[0]>): Promise<LspClient> {
  const settings = opts.settings ?? {};
  return LspClient.start({ ...opts, settings: { ...settings, rules: { ...OTHER_RULES_OFF, ...(settings.rules as object) } } });
}

const nonEmpty = (d: Diagnostic[]) => d.length > 0;

function codeActions(c: LspClient, uri: string, d: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: d, only } });
}

test('didOpen publishes the orthography finding with range, message, severity, code and docs link', () =>
  withServer({ locale: 'en' }, async c => {
    const uri = c.uri('article.arabic-news');
    c.open(uri, ARTICLE);
    const [d, ...rest] = await c.waitForDiagnostics(uri, nonEmpty);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, { start: { line: 1, character: 16 }, end: { line: 1, character: 19 } });
    assert.equal(d.message, MESSAGE_EN);
    assert.equal(d.severity, 3); // orthography defaults to info
    assert.equal(d.code, 'orthography');
    assert.equal(d.source, 'arabic-news-lint');
    assert.equal(d.codeDescription?.href, DOCS);
    assert.deepEqual(d.data, { ruleId: 'orthography', fingerprint: (d.data as { fingerprint: string }).fingerprint, version: 1, start: 69, end: 72 });
  }));

test('the preferred quick fix rewrites the minority form, and re-linting the fixed text is clean', () =>
  withServer({ locale: 'en' }, async c => {
    const uri = c.uri('article.txt');
    c.open(uri, ARTICLE, 'plaintext');
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    const actions = await codeActions(c, uri, d);
    const fix = actions.find(a => a.isPreferred)!;
    assert.equal(fix.title, 'Write «إلى»');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.diagnostics?.[0].message, MESSAGE_EN);
    const edits = editsFor(fix.edit!, uri);
    assert.equal(applyLspEdits(c.text(uri), edits), FIXED);
    c.change(uri, edits.map(e => ({ range: e.range, text: e.newText })));
    assert.equal(c.text(uri), FIXED);
    assert.deepEqual(await c.waitForDiagnostics(uri, d => d.length === 0), []);
  }));

test('incremental didChange updates the diagnostics, and only the latest version is published', () =>
  withServer({ locale: 'en', settings: { debounceMs: 100 } }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    await c.waitForDiagnostics(uri, nonEmpty);
    // type «ثم الى» at the end of line 0, one character at a time (each a separate version)
    const typed = ' ثم الى';
    let version = 1;
    for (let i = 0; i < typed.length; i++) {
      version = c.change(uri, [{ range: { start: { line: 0, character: 52 + i }, end: { line: 0, character: 52 + i } }, text: typed[i] }]);
    }
    const d = await c.waitForDiagnostics(uri, ds => ds.length === 2);
    assert.deepEqual(d.map(x => x.message), [
      '«الى» ×2 and «إلى» ×3 in this document (hamza); write it one way.',
      '«الى» ×2 and «إلى» ×3 in this document (hamza); write it one way.',
    ]);
    assert.deepEqual(d[0].range, { start: { line: 0, character: 56 }, end: { line: 0, character: 59 } });
    await sleep(300);
    const versions = c.published.filter(p => p.uri === uri).map(p => p.version);
    // debounced: the open, then the last version only (stale versions were never published)
    assert.deepEqual(versions, [1, version]);
  }));

test('workspace/didChangeConfiguration turning the rule off empties the diagnostics; back on restores them', () =>
  withServer({ locale: 'en', settings: { rules: { orthography: 'warning' } } }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    assert.equal(d[0].severity, 2);
    c.settings = { rules: { ...OTHER_RULES_OFF, orthography: 'off' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await c.waitForDiagnostics(uri, ds => ds.length === 0), []);
    c.settings = { rules: { ...OTHER_RULES_OFF, orthography: 'error' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await c.waitForDiagnostics(uri, nonEmpty))[0].severity, 1);
  }));

// VS Code sends every setting with its default, so the rule set to its default cannot say "vague sources too";
// the kinds setting can, and hot-reloads like the rest.
test('the kinds setting gives one kind of finding its own severity, or turns it off, and hot-reloads', () =>
  withServer({ locale: 'en', settings: { rules: { orthography: 'off', 'unattributed-claim': 'warning' }, kinds: {} } }, async c => {
    const uri = c.uri('claims.arabic-news');
    c.open(uri, 'قالت مصادر مطلعة إن الحكومة ستستقيل الأسبوع المقبل.\n\nويعتقد أن الانفجار نجم عن خلل فني في المحطة.\n');
    const sev = (ds: Diagnostic[]) => ds.map(d => d.severity).sort();
    assert.deepEqual(sev(await c.waitForDiagnostics(uri, ds => ds.length === 2)), [2, 3]); // no-source warning, vague-source information
    c.settings = { rules: { ...OTHER_RULES_OFF, orthography: 'off', 'unattributed-claim': 'warning' }, kinds: { 'unattributed-claim/vague-source': 'warning' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(sev(await c.waitForDiagnostics(uri, ds => ds.length === 2 && ds.every(d => d.severity === 2))), [2, 2]);
    c.settings = { rules: { ...OTHER_RULES_OFF, orthography: 'off', 'unattributed-claim': 'warning' }, kinds: { 'unattributed-claim/vague-source': 'off' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    const left = await c.waitForDiagnostics(uri, ds => ds.length === 1);
    assert.equal(left[0].severity, 2);
  }));

test('without workspace/configuration: defaults, pushed settings, then the config file wins (hot reload)', () =>
  withServer({ configuration: false }, async c => {
    const uri = c.uri('a.arabic-news');
    const ortho = (ds: Diagnostic[]) => ds.filter(d => d.code === 'orthography');
    c.open(uri, ARTICLE);
    const d = ortho(await c.waitForDiagnostics(uri, ds => ortho(ds).length > 0));
    assert.equal(d[0].severity, 3); // the engine's default
    assert.equal(d[0].message, MESSAGE_EN); // no locale sent: English
    c.notify('workspace/didChangeConfiguration', { settings: { arabicNewsLint: { rules: { ...OTHER_RULES_OFF, orthography: 'warning' } } } });
    await c.waitForDiagnostics(uri, ds => ds.length === 1 && ds[0].severity === 2);
    const cfg = path.join(c.root, '.arabic-news-lint.json');
    fs.writeFileSync(cfg, JSON.stringify({ rules: { orthography: 'error' }, locale: 'ar' }));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.arabic-news-lint.json'), type: 1 }] });
    const after = await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 1);
    assert.deepEqual(after.map(x => x.message), [MESSAGE_AR]);
    fs.unlinkSync(cfg);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.arabic-news-lint.json'), type: 3 }] });
    assert.equal((await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 2))[0].message, MESSAGE_EN);
  }));

test('problems in .arabic-news-lint.json are diagnostics on the file, at the key, and the valid rest still applies', async () => {
  const c = await start({ locale: 'en' });
  try {
    const text = '{\n  "rules": { "orthography": "error", "orthografy": "off" },\n  "maxFileSize": -1\n}\n';
    fs.writeFileSync(path.join(c.root, '.arabic-news-lint.json'), text);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.arabic-news-lint.json'), type: 2 }] });
    const cfgDiags = await c.waitForDiagnostics(c.uri('.arabic-news-lint.json'), nonEmpty);
    assert.deepEqual(cfgDiags.map(d => [d.message, d.range.start.line, d.range.start.character, d.range.end.character, d.severity]), [
      ['rules.orthografy: unknown rule; known rules: boilerplate, transliteration, orthography, unattributed-claim', 1, 37, 49, 2],
      ['maxFileSize: expected a positive number', 2, 2, 15, 2],
    ]);
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    assert.equal((await c.waitForDiagnostics(uri, nonEmpty))[0].severity, 1);
    // broken JSON: one error at the offending character, defaults used, the server keeps working
    fs.writeFileSync(path.join(c.root, '.arabic-news-lint.json'), '{ "rules": { "orthography": "error" }, }');
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.arabic-news-lint.json'), type: 2 }] });
    const broken = await c.waitForDiagnostics(c.uri('.arabic-news-lint.json'), ds => ds.length === 1 && ds[0].severity === 1);
    assert.match(String(broken[0].message), /^\(file\): not valid JSON/);
    assert.deepEqual(broken[0].range.start, { line: 0, character: 39 });
    assert.equal((await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 3))[0].code, 'orthography');
  } finally { await c.stop(); }
});

test('hover on a flagged word explains it with the evidence and the docs link', () =>
  withServer({ locale: 'en' }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    await c.waitForDiagnostics(uri, nonEmpty);
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 17 } });
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.ok(md.startsWith('**orthography · hamza** — One word written with different letter forms in one document'), md);
    assert.ok(md.includes(MESSAGE_EN));
    assert.ok(md.includes('The majority form «إلى» is suggested.'));
    assert.ok(md.includes('«إلى» ×3، «الى» ×1'), md);
    assert.ok(md.includes(`[Rule documentation](${DOCS})`));
    assert.deepEqual(h.range, { start: { line: 1, character: 16 }, end: { line: 1, character: 19 } });
    const none = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(none, null);
  }));

test('source.fixAll.arabicNewsLint applies every safe fix; the custom fixAll request gives the same edit', () =>
  withServer({ locale: 'en' }, async c => {
    const uri = c.uri('a.arabic-news');
    const text = ARTICLE + 'وقال إن الاجتمـــاع انتهى.\n';
    c.open(uri, text);
    await c.waitForDiagnostics(uri, ds => ds.length === 2);
    const actions = await codeActions(c, uri, [], ['source.fixAll.arabicNewsLint']);
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [['Fix all safe Arabic News Lint problems', 'source.fixAll.arabicNewsLint']]);
    const expected = FIXED + 'وقال إن الاجتماع انتهى.\n';
    assert.equal(applyLspEdits(text, editsFor(actions[0].edit!, uri)), expected);
    const viaRequest = await c.request<WorkspaceEdit>('arabicNewsLint/fixAll', { textDocument: { uri } });
    assert.equal(applyLspEdits(text, editsFor(viaRequest, uri)), expected);
    // `source.fixAll` (the parent kind) includes ours; `refactor` does not
    assert.equal((await codeActions(c, uri, [], ['source.fixAll'])).length, 1);
    assert.equal((await codeActions(c, uri, [], ['refactor'])).length, 0);
    // the command applies the edit through workspace/applyEdit
    await c.request('workspace/executeCommand', { command: 'arabicNewsLint.server.fixAll', arguments: [uri] });
    assert.equal(applyLspEdits(text, editsFor(c.appliedEdits[0], uri)), expected);
  }));

test('"ignore this finding" creates the config file with the fingerprint, then appends; once saved the finding is gone', () =>
  withServer({ locale: 'en' }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    const fingerprint = (d[0].data as { fingerprint: string }).fingerprint;
    const ignore = (await codeActions(c, uri, d)).find(a => a.title.startsWith('Ignore'))!;
    assert.equal(ignore.title, 'Ignore this orthography finding (in .arabic-news-lint.json)');
    const cfgUri = c.uri('.arabic-news-lint.json');
    const create = ignore.edit!.documentChanges![0];
    assert.deepEqual(create, { kind: 'create', uri: cfgUri, options: { ignoreIfExists: true } });
    const created = applyLspEdits('', editsFor(ignore.edit!, cfgUri));
    assert.deepEqual(JSON.parse(created), { ignore: [{ rule: 'orthography', fingerprint, note: '«الى» in a.arabic-news' }] });
    // with a file already there, the entry is appended in place and the rest is untouched
    const existing = '{\n  "locale": "en",\n  "ignore": [\n    { "rule": "boilerplate", "fingerprint": "boilerplate::00000000" }\n  ]\n}\n';
    fs.writeFileSync(path.join(c.root, '.arabic-news-lint.json'), existing);
    const again = (await codeActions(c, uri, d)).find(a => a.title.startsWith('Ignore'))!;
    assert.equal(again.edit!.documentChanges!.length, 1); // no create this time
    const saved = applyLspEdits(existing, editsFor(again.edit!, cfgUri));
    assert.equal(saved, existing.replace('"boilerplate::00000000" }', `"boilerplate::00000000" },\n    { "rule": "orthography", "fingerprint": "${fingerprint}", "note": "«الى» in a.arabic-news" }`));
    fs.writeFileSync(path.join(c.root, '.arabic-news-lint.json'), saved);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
    assert.deepEqual(await c.waitForDiagnostics(uri, ds => ds.length === 0), []);
  }));

test('a client without documentChanges gets plain `changes` edits and no create-file actions', () =>
  withServer({ configuration: false, documentChanges: false }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    const actions = await codeActions(c, uri, d);
    assert.deepEqual(actions.map(a => a.title), ['Write «إلى»']);
    assert.equal(applyLspEdits(ARTICLE, actions[0].edit!.changes![uri]), FIXED);
  }));

test('messages, titles and hovers are in Arabic when the client locale is Arabic', () =>
  withServer({ locale: 'ar-EG' }, async c => {
    const uri = c.uri('a.arabic-news');
    c.open(uri, ARTICLE);
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    assert.equal(d[0].message, MESSAGE_AR);
    const actions = await codeActions(c, uri, d);
    assert.deepEqual(actions.map(a => a.title), ['اكتب «إلى»', 'تجاهل هذه الملاحظة من orthography (في ‎.arabic-news-lint.json)']);
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d[0].range.start });
    assert.ok((h.contents as MarkupContent).value.includes('[شرح القاعدة]('));
  }));

test('a plain-text document that is not mostly Arabic gets no diagnostics at all', () =>
  withServer({ locale: 'en' }, async c => {
    const english = c.uri('notes.txt');
    // an English note quoting the same inconsistent Arabic words
    c.open(english, 'Meeting notes. We discussed the word إلى and its variant الى, and إلى again, then إلى once more in the draft.\n', 'plaintext');
    const md = c.uri('README.md');
    c.open(md, ARTICLE, 'markdown');
    const arabic = c.uri('b.txt');
    c.open(arabic, ARTICLE, 'plaintext');
    await c.waitForDiagnostics(arabic, nonEmpty);
    await sleep(200);
    assert.deepEqual(c.published.filter(p => p.uri === english || p.uri === md), []);
  }));

test('a file over maxFileSize gets one information message at 0:0 and is not linted; NUL content likewise', () =>
  withServer({ locale: 'en', settings: { maxFileSize: 1000 } }, async c => {
    const uri = c.uri('big.arabic-news');
    const big = ARTICLE.repeat(20);
    c.open(uri, big);
    const d = await c.waitForDiagnostics(uri, nonEmpty);
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(d[0].severity, 3);
    assert.equal(d[0].message, `This file was not linted: it has ${big.length.toLocaleString('en')} characters, more than arabicNewsLint.maxFileSize (1,000).`);
    const bin = c.uri('bin.arabic-news');
    c.open(bin, ARTICLE + '\u0000\u0001');
    const b = await c.waitForDiagnostics(bin, nonEmpty);
    assert.deepEqual(b.map(x => x.message), ['This file was not linted: it contains NUL characters, so it looks like binary data rather than text.']);
  }));

test('a large document is linted off the request path: requests are answered while it is being linted', () =>
  withServer({ locale: 'en' }, async c => {
    const small = c.uri('small.arabic-news');
    c.open(small, ARTICLE);
    await c.waitForDiagnostics(small, nonEmpty);
    const bigUri = c.uri('big.arabic-news');
    // ~600,000 characters of prose with one inconsistency: a second or more of linting
    c.open(bigUri, ARTICLE + 'وقال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة بحضور الوزراء.\n'.repeat(8000));
    const bigDone = c.waitForDiagnostics(bigUri, nonEmpty, 60_000).then(() => 'lint');
    await sleep(50);
    const hover = c.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 17 } }).then(() => 'hover');
    assert.equal(await Promise.race([hover, bigDone]), 'hover');
    await bigDone;
  }));

test('lint workspace publishes diagnostics for Arabic files that are not open, and the index scan reports progress', () =>
  withServer({ locale: 'en' }, async c => {
    fs.writeFileSync(path.join(c.root, 'one.txt'), ARTICLE);
    fs.mkdirSync(path.join(c.root, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(c.root, 'node_modules', 'pkg', 'skip.txt'), ARTICLE);
    fs.writeFileSync(path.join(c.root, 'english.txt'), 'Nothing Arabic in here at all.');
    const result = await c.request<{ files: number; findings: number }>('arabicNewsLint/lintWorkspace', {});
    assert.deepEqual(result, { files: 1, findings: 1, truncated: false });
    const d = await c.waitForDiagnostics(c.uri('one.txt'), nonEmpty);
    assert.equal(d[0].message, MESSAGE_EN);
    assert.equal(c.published.some(p => p.uri.includes('node_modules') || p.uri.endsWith('english.txt')), false);
    assert.ok(c.progress.some(p => p.kind === 'begin' && p.title === 'Arabic News Lint: linting workspace'));
    assert.ok(c.progress.some(p => p.kind === 'end'));
  }));

test('the docs link constant matches package.json\'s repository', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  assert.equal(REPOSITORY_URL, String(pkg.repository.url).replace(/\.git$/, ''));
});
