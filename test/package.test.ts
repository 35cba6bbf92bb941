// The .vsix as it ships: `vsce ls` lists only runtime files, the package stays under 1 MB, and the bundles inside it
// run in VS Code's extension-host shape: the client needs nothing but 'vscode' and Node's builtins, and the server
// started from the unpacked .vsix finds its lint worker and answers LSP requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { LspClient } from './lsp/harness';

const ROOT = path.resolve(__dirname, '../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const MAX_VSIX_BYTES = 1024 * 1024;

/** Exactly what the extension needs at run time (see .vscodeignore). */
const SHIPPED = [
  'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/client.js', 'dist/lintWorker.js', 'dist/server.js', 'images/icon.png',
  'package.json', 'package.nls.ar.json', 'package.nls.json', 'schemas/arabic-news-lint.schema.json',
  'syntaxes/arabic-news.language-configuration.json', 'syntaxes/arabic-news.tmLanguage.json',
];

function vsce(args: string[]): string {
  const r = spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  assert.equal(r.status, 0, `vsce ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The entries of a zip file (central directory), with a reader for each. */
function unzip(file: string): Map<string, () => Buffer> {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = new Uint8Array(buf.subarray(start, start + size));
      return method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Modules a bundle loads with require("…"), builtins aside. */
function externalRequires(code: string): string[] {
  const builtins = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]))].filter(m => !builtins.has(m)).sort();
}

test('vsce ls lists only the runtime files: no sources, tests, corpus, samples, bench, out/ or node_modules', () => {
  const listed = vsce(['ls', '--no-dependencies']).split('\n').map(s => s.trim()).filter(Boolean).sort();
  const forbidden = listed.filter(f => /^(server|client|test|bench|samples|out|node_modules|docs|\.ci|bin)\//.test(f) || /\.(ts|map|vsix)$/.test(f) || /corpus|tsconfig/i.test(f));
  assert.deepEqual(forbidden, []);
  // the bundles are listed once they are built (`npm run bundle`); everything else is always there
  assert.deepEqual(listed.filter(f => !f.startsWith('dist/')), SHIPPED.filter(f => !f.startsWith('dist/')));
});

test('the packaged .vsix is under 1 MB and holds the three bundles, which run from the .vsix layout', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anl-vsix-'));
  const vsix = path.join(dir, 'arabic-news-lint.vsix');
  // vsce runs the vscode:prepublish script (npm run bundle) first, as it does for a release
  vsce(['package', '--no-dependencies', '--baseContentUrl', 'https://example.invalid/x', '--baseImagesUrl', 'https://example.invalid/x', '-o', vsix]);
  const size = fs.statSync(vsix).size;
  assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${size} bytes, over ${MAX_VSIX_BYTES}`);
  const entries = unzip(vsix);
  const files = [...entries.keys()].filter(n => n.startsWith('extension/')).map(n => n.slice('extension/'.length)).sort();
  // vsce stores LICENSE as LICENSE.txt and the markdown files in lower case
  const normalized = files.map(f => ({ 'LICENSE.txt': 'LICENSE', 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md' } as Record<string, string>)[f] ?? f).sort();
  assert.deepEqual(normalized, SHIPPED);

  // Unpack the bundles as VS Code lays an installed extension out: extension/dist/*.js beside extension/package.json.
  const ext = path.join(dir, 'extension');
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(ext, f)), { recursive: true });
    fs.writeFileSync(path.join(ext, f), new Uint8Array(entries.get(`extension/${f}`)!()));
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
  assert.equal(path.normalize(pkg.main), path.normalize('./dist/client.js'));
  assert.ok(fs.existsSync(path.join(ext, pkg.icon)), 'the icon is in the package');
  const code = (f: string) => fs.readFileSync(path.join(ext, 'dist', f), 'utf8');
  assert.deepEqual(externalRequires(code('client.js')), ['vscode'], 'the client bundle needs only vscode and builtins');
  assert.deepEqual(externalRequires(code('server.js')), [], 'the server bundle is self-contained');
  assert.deepEqual(externalRequires(code('lintWorker.js')), [], 'the worker bundle is self-contained');
  // The main thread stays light: the lexicons (names, frequencies) are in the worker only.
  assert.ok(code('server.js').length < 400_000, `server.js is ${code('server.js').length} characters`);
  assert.ok(!code('server.js').includes('NETransliteration'), 'server.js carries no lexicon');

  // The client loads in an extension host: 'vscode' is provided by the host (a stand-in here).
  const Module = require('node:module') as { _load: (req: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  // Any property, call or construction of the stand-in gives the stand-in. The module object also lists, as its own,
  // every property name the bundle uses, since bundled helpers (__importStar) copy a module's own properties.
  const anything: any = new Proxy(function () { /* vscode stand-in */ }, { get: (_t, k) => (k === 'then' ? undefined : k === Symbol.toPrimitive ? () => 0 : anything), apply: () => anything, construct: () => anything });
  const names = [...new Set([...code('client.js').matchAll(/\.([A-Za-z_$][\w$]*)/g)].map(m => m[1]))];
  const vscodeModule = new Proxy({}, {
    get: (_t, k) => (k === '__esModule' || k === 'then' ? undefined : anything),
    ownKeys: () => names,
    getOwnPropertyDescriptor: (_t, k) => (names.includes(String(k)) ? { value: anything, enumerable: true, configurable: true, writable: true } : undefined),
    getPrototypeOf: () => anything,
  });
  Module._load = (req: string, ...rest: unknown[]) => (req === 'vscode' ? vscodeModule : load(req, ...rest));
  try {
    const client = require(path.join(ext, 'dist/client.js'));
    assert.equal(typeof client.activate, 'function');
    assert.equal(typeof client.deactivate, 'function');
  } finally {
    Module._load = load;
  }

  // The server started from the unpacked .vsix finds dist/lintWorker.js and lints over the protocol.
  const c = await LspClient.start({
    locale: 'en', serverMain: path.join(ext, 'dist/server.js'),
    settings: { rules: { boilerplate: 'off', transliteration: 'off', 'unattributed-claim': 'off' } },
  });
  try {
    const uri = c.uri('a.arabic-news');
    c.open(uri, 'قال الوزير إلى الصحفيين إن الوفد سيتوجه إلى القاهرة.\nوأضاف أن الرحلة الى القاهرة ستكون قصيرة، ثم يعود إلى بيروت.\n');
    const d = await c.waitForDiagnostics(uri, ds => ds.length > 0);
    assert.equal(d[0].code, 'orthography');
    assert.ok(c.logs.some(l => /arabic-news-lint server: .*lint worker$/.test(l)), `the worker thread runs the lint:\n${c.logs.join('\n')}`);
  } finally {
    await c.stop();
  }
});
