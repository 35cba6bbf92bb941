// The extension manifest, settings schema, JSON schema, grammar and standalone bin agree with the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DEFAULT_SEVERITY, RULE_IDS, defaultConfig, validateConfig } from '../../server/src/engine';
import { RULE_KINDS } from '../../server/src/engine/config';
import { DEFAULT_SERVER_SETTINGS, readSettings } from '../../server/src/lsp/settings';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const pkg = read('package.json');
const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;

test('settings defaults in package.json are the engine\'s and the server\'s defaults', () => {
  for (const id of RULE_IDS) assert.equal(props[`arabicNewsLint.rules.${id}`].default, DEFAULT_SEVERITY[id], id);
  const d = defaultConfig();
  assert.equal(props['arabicNewsLint.boilerplate.dateline'].default, d.boilerplate.dateline);
  assert.equal(props['arabicNewsLint.maxFileSize'].default, d.maxFileSize);
  assert.equal(props['arabicNewsLint.locale'].default, d.locale);
  assert.equal(props['arabicNewsLint.debounceMs'].default, DEFAULT_SERVER_SETTINGS.debounceMs);
  assert.equal(props['arabicNewsLint.workspace.maxFiles'].default, DEFAULT_SERVER_SETTINGS.maxWorkspaceFiles);
});

test('the settings VS Code sends with every default filled in validate without a single problem', () => {
  // VS Code nests dotted keys: arabicNewsLint.rules.orthography → {rules: {orthography}}
  const nested: Record<string, any> = {};
  for (const [key, p] of Object.entries(props)) {
    const parts = key.split('.').slice(1);
    let o = nested;
    for (const k of parts.slice(0, -1)) o = o[k] ??= {};
    o[parts[parts.length - 1]] = p.default;
  }
  const r = readSettings(nested);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.layer.rules, DEFAULT_SEVERITY);
});

test('every %placeholder% of the manifest has an English and an Arabic text', () => {
  const en = read('package.nls.json'), ar = read('package.nls.ar.json');
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
  assert.ok(keys.length >= 15);
  for (const k of keys) { assert.ok(en[k], `en: ${k}`); assert.ok(ar[k], `ar: ${k}`); }
  assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
});

test('the JSON schema of .arabic-news-lint.json covers exactly what validateConfig accepts', () => {
  const schema = read('schemas/arabic-news-lint.schema.json');
  assert.deepEqual(Object.keys(schema.properties).filter(k => k !== '$schema').sort(), Object.keys(defaultConfig()).sort());
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
  // kinds: the setting and the schema name every "rule/kind" and nothing else
  const kindKeys = Object.entries(RULE_KINDS).flatMap(([r, ks]) => ks.map(k => `${r}/${k}`)).sort();
  assert.deepEqual(Object.keys(schema.properties.kinds.properties).sort(), kindKeys);
  assert.deepEqual([...(props['arabicNewsLint.kinds'] as unknown as { propertyNames: { enum: string[] } }).propertyNames.enum].sort(), kindKeys);
  for (const section of ['boilerplate', 'transliteration', 'attribution'] as const) {
    assert.deepEqual(Object.keys(schema.properties[section].properties).sort(), Object.keys(defaultConfig()[section]).sort(), section);
  }
  // a file valid under the schema is valid for the engine
  const example = { rules: { orthography: 'error' }, kinds: { 'unattributed-claim/vague-source': 'warning' }, boilerplate: { dateline: 'keep', markers: ['اقرأ أيضا'] }, names: { 'ترامب': ['ترمب'] }, ignore: [{ rule: 'orthography', fingerprint: 'x', note: 'n' }], maxFileSize: 10, locale: 'ar' };
  assert.deepEqual(validateConfig(example, 'test').problems, []);
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.arabic-news-lint.json', url: './schemas/arabic-news-lint.schema.json' }]);
});

test('the grammar is valid JSON, every regex compiles in JavaScript, and the scopes match what they should', () => {
  const g = read('syntaxes/arabic-news.tmLanguage.json');
  assert.equal(g.scopeName, 'text.arabic-news');
  const sources: string[] = [];
  const walk = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') sources.push(v);
      else walk(v);
    }
  };
  walk(g);
  assert.ok(sources.length >= 9);
  for (const s of sources) assert.doesNotThrow(() => new RegExp(s, 'u'), s);
  const dateline = new RegExp(g.repository.dateline.match, 'u');
  assert.deepEqual(dateline.exec('بيروت (رويترز) – أعلن الجيش')?.slice(1), ['بيروت', undefined, '(رويترز)', '–']);
  assert.equal(dateline.exec('القاهرة - قال')?.[1], 'القاهرة');
  assert.equal(dateline.test('قال الوزير إن الوفد وصل'), false);
  const verbs = new RegExp(g.repository['reporting-verb'].match, 'gu');
  assert.deepEqual([...'وقالت الوزيرة وأكدوا فأشار إلى القائل وقالب'.matchAll(verbs)].map(m => m[0]), ['وقالت', 'وأكدوا', 'فأشار']);
  const numbers = new RegExp(g.repository.number.match, 'gu');
  assert.deepEqual([...'ارتفع 12.5% و٣٫٥ ٪ في ۱۴۰۲ لا A12'.matchAll(numbers)].map(m => m[0]), ['12.5%', '٣٫٥ ٪', '۱۴۰۲']);
  const contributed = pkg.contributes.grammars[0];
  assert.deepEqual(contributed, { language: 'arabic-news', scopeName: 'text.arabic-news', path: './syntaxes/arabic-news.tmLanguage.json' });
});

test('the manifest activates on both languages and declares the four commands', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:arabic-news', 'onLanguage:plaintext']);
  assert.equal(pkg.main, './dist/client.js');
  assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command),
    ['arabicNewsLint.lintWorkspace', 'arabicNewsLint.fixAll', 'arabicNewsLint.restartServer', 'arabicNewsLint.showOutput']);
  assert.deepEqual(pkg.contributes.languages[0].aliases.slice(0, 2), ['Arabic News', 'أخبار عربية']);
});

test('the standalone bin answers initialize over stdio, defaulting to stdio without a flag', async () => {
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin/arabic-news-language-server.js')], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  try {
    const r = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(r.serverInfo.name, 'arabic-news-language-server');
    assert.deepEqual(r.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(r.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.arabicNewsLint'] });
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } finally {
    conn.dispose();
    proc.kill();
  }
});

test('marketplace fields are filled in, and restricted mode lists only settings that exist', () => {
  for (const k of ['publisher', 'displayName', 'description', 'icon', 'license', 'repository', 'version']) assert.ok(pkg[k], k);
  assert.match(pkg.description, /[a-z]/);
  assert.match(pkg.description, /[\u0600-\u06ff]/, 'the description is in Arabic too');
  assert.deepEqual(pkg.categories, ['Linters']);
  assert.ok(pkg.keywords.length >= 5 && pkg.keywords.length <= 30);
  assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)));
  const png = fs.readFileSync(path.join(ROOT, pkg.icon));
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'a 128×128 PNG');
  assert.equal(pkg.license, 'MIT');
  assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.ok(fs.existsSync(path.join(ROOT, 'CHANGELOG.md')));
  const trust = pkg.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  assert.ok(trust.description.length > 20);
  for (const key of trust.restrictedConfigurations) assert.ok(props[key], `${key} is a setting`);
  // workspace-level values of these could widen what is read or hide findings: VS Code ignores them untrusted
  for (const key of ['arabicNewsLint.names', 'arabicNewsLint.maxFileSize', 'arabicNewsLint.workspace.maxFiles']) assert.ok(trust.restrictedConfigurations.includes(key), key);
  assert.equal(pkg.scripts['vscode:prepublish'], 'npm run bundle');
  assert.match(pkg.scripts.package, /^vsce package --no-dependencies/);
  assert.match(pkg.devDependencies['@vscode/vsce'], /^\d+\.\d+\.\d+$/, 'vsce is pinned');
});
