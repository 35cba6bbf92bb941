// Restricted mode (an untrusted workspace, docs/security.md) over the real protocol: the workspace's config file is
// not read, the workspace is not indexed, no edit is offered that would write into it, fix-all is off; open documents
// are still linted with the defaults and the editor's (user) settings. Trust granted later turns everything on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, sleep } from './harness';

// «إلى» three times, «الى» once: one orthography finding (info by default).
const ARTICLE = 'قال الوزير إلى الصحفيين إن الوفد سيتوجه إلى القاهرة.\nوأضاف أن الرحلة الى القاهرة ستكون قصيرة، ثم يعود إلى بيروت.\n';
const OTHERS_OFF = { boilerplate: 'off', transliteration: 'off', 'unattributed-claim': 'off' };

function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'anl-trust-'));
  // The workspace's config raises orthography to error, and carries a pattern: neither may apply untrusted.
  fs.writeFileSync(path.join(root, '.arabic-news-lint.json'), JSON.stringify({ rules: { orthography: 'error' }, boilerplate: { patterns: ['^x+$'] } }));
  fs.writeFileSync(path.join(root, 'other.txt'), 'قال الرئيس ترامب إن الاتفاق انتهى.\n');
  return root;
}

function codeActions(c: LspClient, uri: string, d: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d, only } });
}

test('untrusted: defaults and user settings only, no index, no config edits, no fix-all; one message says so', async () => {
  const c = await LspClient.start({ locale: 'en', root: workspace(), settings: { rules: OTHERS_OFF }, initializationOptions: { workspaceTrusted: false } });
  try {
    const uri = c.uri('article.arabic-news');
    c.open(uri, ARTICLE);
    const d = await c.waitForDiagnostics(uri, ds => ds.length > 0);
    assert.deepEqual(d.map(x => x.severity), [3], 'orthography at its default (info), not the workspace file\'s error');
    const actions = await codeActions(c, uri, d);
    assert.ok(actions.some(a => a.isPreferred), 'the quick fix on the open document is offered');
    assert.ok(!actions.some(a => /Ignore this/.test(a.title)), 'no "ignore" (it would write the workspace config)');
    for (const a of actions) assert.ok(!JSON.stringify(a.edit).includes('.arabic-news-lint.json'), a.title);
    assert.deepEqual(await codeActions(c, uri, d, ['source.fixAll.arabicNewsLint']), []);
    assert.equal(await c.request('arabicNewsLint/fixAll', { textDocument: { uri } }), null);
    assert.deepEqual(await c.request('arabicNewsLint/lintWorkspace', {}), { files: 0, findings: 0, truncated: false });
    assert.ok(!c.progress.some(p => p.title === 'Arabic News Lint: indexing workspace'), 'the workspace is not indexed');
    // the user's own settings still apply
    c.settings = { rules: { ...OTHERS_OFF, orthography: 'warning' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 2)).length, 1);
    // watcher events for the config file are ignored
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.arabic-news-lint.json'), type: 2 }] });
    await sleep(300);
    assert.equal(c.published.filter(p => p.uri.endsWith('.arabic-news-lint.json')).length, 0);
    assert.equal(c.shownMessages.length, 1);
    assert.match(c.shownMessages[0].message, /not trusted.*\.arabic-news-lint\.json is ignored/);
  } finally {
    await c.stop();
  }
});

test('granting trust reads the workspace config, indexes the workspace and offers config edits', async () => {
  const c = await LspClient.start({ locale: 'en', root: workspace(), settings: { rules: OTHERS_OFF }, initializationOptions: { workspaceTrusted: false } });
  try {
    const uri = c.uri('article.arabic-news');
    c.open(uri, ARTICLE);
    await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 3);
    c.notify('arabicNewsLint/workspaceTrust', { trusted: true });
    // the workspace file's rule setting applies now (settings < file)
    const d = await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 1);
    assert.ok((await codeActions(c, uri, d)).some(a => /Ignore this/.test(a.title)));
    assert.equal((await codeActions(c, uri, d, ['source.fixAll.arabicNewsLint'])).length, 1);
    for (let i = 0; i < 50 && !c.progress.some(p => p.title === 'Arabic News Lint: indexing workspace'); i++) await sleep(50);
    assert.ok(c.progress.some(p => p.title === 'Arabic News Lint: indexing workspace'), 'the workspace is indexed');
  } finally {
    await c.stop();
  }
});

test('an editor that says nothing about trust (the standalone server) runs trusted', async () => {
  const c = await LspClient.start({ locale: 'en', root: workspace(), settings: { rules: OTHERS_OFF } });
  try {
    const uri = c.uri('article.arabic-news');
    c.open(uri, ARTICLE);
    await c.waitForDiagnostics(uri, ds => ds[0]?.severity === 1);
    assert.equal(c.shownMessages.length, 0);
  } finally {
    await c.stop();
  }
});
