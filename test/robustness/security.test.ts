// Security checks as tests (see docs/security.md): the engine runs anywhere (no Node, no VS Code, no LSP), the product
// never runs code from the workspace or opens a connection, and the CLI writes only with --fix. Source checks use the
// TypeScript parser, so comments and strings never trigger them and new files are covered as they land.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fs = require('node:fs');
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { runCli } from '../../server/src/cli/main';
import { REPO_ROOT } from './helpers';

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir)) {
    const p = join(dir, e);
    if (fs.statSync(p).isDirectory()) walk(p, ext, out); else if (ext.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
const src = (...dirs: string[]) => dirs.flatMap(d => walk(join(REPO_ROOT, d), /\.tsx?$/));
const rel = (p: string) => relative(REPO_ROOT, p);

interface ModuleRef { file: string; line: number; spec: string; typeOnly: boolean; dynamic: boolean; literal: boolean }

/** Every module a source file names: import/export ... from, import x = require(), require(), import(). */
function moduleRefs(file: string): ModuleRef[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: ModuleRef[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(n) ? !!n.importClause?.isTypeOnly : n.isTypeOnly;
      out.push({ file, line: at(n), spec: n.moduleSpecifier.text, typeOnly, dynamic: false, literal: true });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      const e = n.moduleReference.expression;
      out.push({ file, line: at(n), spec: ts.isStringLiteral(e) ? e.text : e.getText(sf), typeOnly: n.isTypeOnly, dynamic: false, literal: ts.isStringLiteral(e) });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ file, line: at(n), spec: n.argument.literal.text, typeOnly: true, dynamic: false, literal: true });
    } else if (ts.isCallExpression(n) && (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))) {
      const a = n.arguments[0];
      out.push({ file, line: at(n), spec: a && ts.isStringLiteral(a) ? a.text : a?.getText(sf) ?? '', typeOnly: false, dynamic: n.expression.kind === ts.SyntaxKind.ImportKeyword, literal: !!a && ts.isStringLiteral(a) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Identifiers used as values (not property names, not declarations' names) — to find Node globals and eval. */
function valueIdentifiers(file: string, names: Set<string>): { name: string; line: number }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) && names.has(n.text)) {
      const p = n.parent;
      const isName = (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) ||
        ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p) ||
          ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isBindingElement(p) || ts.isImportSpecifier(p)) && (p as { name?: ts.Node }).name === n) ||
        ts.isTypeReferenceNode(p) || ts.isQualifiedName(p);
      if (!isName) out.push({ name: n.text, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));
const PORTABLE_DIRS = ['server/src/engine', 'server/src/arabic', 'server/src/rules'];
const PORTABLE_ROOTS = [...PORTABLE_DIRS, 'server/src/lexicons'].map(d => join(REPO_ROOT, d) + sep);

test('security: engine, arabic and rules import nothing from Node, VS Code or the LSP (they must run in a browser worker)', () => {
  const bad: string[] = [];
  for (const file of src(...PORTABLE_DIRS)) for (const r of moduleRefs(file)) {
    const where = `${rel(file)}:${r.line} imports '${r.spec}'`;
    if (!r.literal) { bad.push(`${where} (not a literal path)`); continue; }
    if (NODE_BUILTINS.has(r.spec) || /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/.test(r.spec)) { bad.push(where); continue; }
    if (!r.spec.startsWith('.')) { bad.push(`${where} (a package: the engine has no runtime dependencies)`); continue; }
    const target = resolve(dirname(file), r.spec);
    if (/[\\/]server[\\/]src[\\/](lsp|cli)([\\/]|$)/.test(target) || /[\\/]client[\\/]/.test(target)) bad.push(`${where} (an adapter)`);
  }
  assert.deepEqual(bad, []);
});

test('security: engine, arabic and rules use no Node globals (process, Buffer, __dirname, require, ...)', () => {
  const names = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate', 'clearImmediate']);
  const bad = src(...PORTABLE_DIRS).flatMap(f => valueIdentifiers(f, names).map(u => `${rel(f)}:${u.line} uses ${u.name}`));
  assert.deepEqual(bad, []);
});

test('security: everything the compiled engine loads, transitively, is plain code of this repo (no Node, no package)', () => {
  // Follow require() from out/server/src/{engine,arabic,rules}: the engine may reach shared Node-free modules (rules
  // register workspace indexers) but never an adapter, a Node builtin or a package.
  const out = join(REPO_ROOT, 'out', 'server', 'src');
  const start = PORTABLE_DIRS.flatMap(d => walk(join(REPO_ROOT, 'out', d), /\.js$/));
  assert.ok(start.length > 0, 'compiled engine not found: run tsc -b');
  const seen = new Set<string>();
  const bad: string[] = [];
  const resolveJs = (from: string, spec: string): string | undefined => {
    const base = resolve(dirname(from), spec);
    return [base, `${base}.js`, join(base, 'index.js')].find(p => fs.existsSync(p) && fs.statSync(p).isFile());
  };
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.json')) continue;
    const code = fs.readFileSync(file, 'utf8');
    if (/\brequire\(\s*[^'"\s)]/.test(code)) bad.push(`${rel(file)} calls require with a computed path`);
    for (const m of code.matchAll(/\brequire\(\s*(['"])([^'"]*)\1\s*\)/g)) {
      const spec = m[2];
      if (!spec.startsWith('.')) { bad.push(`${rel(file)} requires '${spec}'`); continue; }
      const target = resolveJs(file, spec);
      if (!target) { bad.push(`${rel(file)} requires '${spec}', which does not exist`); continue; }
      if (!target.startsWith(out + sep) || /[\\/](lsp|cli)[\\/]/.test(relative(out, target))) { bad.push(`${rel(file)} requires ${rel(target)} (an adapter)`); continue; }
      queue.push(target);
    }
  }
  assert.deepEqual(bad, []);
});

test('security: no eval, no new Function, no dynamic import or computed require, no vm or child_process anywhere in server/src or client/src', () => {
  const bad: string[] = [];
  for (const file of src('server/src', 'client/src')) {
    for (const r of moduleRefs(file)) {
      if (r.typeOnly) continue;
      if (r.dynamic) bad.push(`${rel(file)}:${r.line} dynamic import(${r.spec})`);
      else if (!r.literal) bad.push(`${rel(file)}:${r.line} require(${r.spec}) with a computed path (could load workspace code)`);
      else if (/^(node:)?(vm|child_process|cluster|repl|inspector|module)$/.test(r.spec)) bad.push(`${rel(file)}:${r.line} imports ${r.spec}`);
      else if (r.spec.startsWith('.') && !resolve(dirname(file), r.spec).startsWith(REPO_ROOT + sep)) bad.push(`${rel(file)}:${r.line} imports outside the extension: ${r.spec}`);
    }
    for (const u of valueIdentifiers(file, new Set(['eval', 'Function']))) bad.push(`${rel(file)}:${u.line} uses ${u.name}`);
  }
  assert.deepEqual(bad, []);
});

test('security: no network modules (http, https, net, dgram, tls, http2, fetch, WebSocket) anywhere in server/src or client/src', () => {
  const NET = /^(node:)?(http|https|http2|net|dgram|tls|dns)(\/.*)?$|^(undici|ws|axios|node-fetch|got|request)$/;
  const bad: string[] = [];
  for (const file of src('server/src', 'client/src')) {
    for (const r of moduleRefs(file)) if (NET.test(r.spec)) bad.push(`${rel(file)}:${r.line} imports ${r.spec}`);
    for (const u of valueIdentifiers(file, new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon']))) bad.push(`${rel(file)}:${u.line} uses ${u.name}`);
  }
  assert.deepEqual(bad, []);
});

/** Record every fs call that could write, while `body` runs. */
function recordWrites(body: () => void): string[] {
  const names = ['writeFileSync', 'appendFileSync', 'writeSync', 'renameSync', 'unlinkSync', 'rmSync', 'rmdirSync', 'mkdirSync',
    'copyFileSync', 'symlinkSync', 'chmodSync', 'truncateSync', 'createWriteStream', 'writeFile', 'appendFile', 'rename', 'unlink'] as const;
  const f = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved = names.map(n => [n, f[n]] as const);
  const calls: string[] = [];
  for (const [n, orig] of saved) f[n] = (...a: unknown[]) => { calls.push(`${n}(${String(a[0])})`); return orig.apply(fs, a); };
  const origOpen = fs.openSync;
  (fs as unknown as Record<string, unknown>).openSync = (p: fs.PathLike, flags?: fs.OpenMode, ...rest: unknown[]) => {
    if (flags !== undefined && flags !== 'r' && flags !== fs.constants.O_RDONLY) calls.push(`openSync(${String(p)}, ${String(flags)})`);
    return (origOpen as (...a: unknown[]) => number)(p, flags, ...rest);
  };
  try { body(); } finally {
    for (const [n, orig] of saved) f[n] = orig;
    (fs as unknown as Record<string, unknown>).openSync = origOpen;
  }
  return calls;
}

test('security: the CLI writes nothing without --fix, and with --fix only the linted files it fixed', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'anl-sec-'));
  const fixable = join(dir, 'a.txt'), clean = join(dir, 'b.txt');
  fs.writeFileSync(fixable, 'قال الرئـــيس إن الاجتماع كان مثمرا.\n');
  fs.writeFileSync(clean, 'قال الرئيس إن الاجتماع كان مثمرا.\n');
  fs.writeFileSync(join(dir, '.arabic-news-lint.json'), JSON.stringify({ rules: { orthography: 'warning' } }));
  const io = { stdout: () => {}, stderr: () => {}, cwd: dir, env: {}, isTTY: false };
  for (const args of [[dir], ['--format', 'json', dir], ['--format', 'sarif', dir], ['--quiet', dir], ['--help'], ['--version'], ['--bogus'], [join(dir, 'missing.txt')]]) {
    const writes = recordWrites(() => { runCli(args, io); });
    assert.deepEqual(writes, [], `arabic-news-lint ${args.join(' ')} wrote`);
  }
  const writes = recordWrites(() => { runCli(['--fix', dir], io); });
  assert.ok(writes.length > 0, '--fix wrote the fix');
  for (const w of writes) assert.ok(w.includes(fixable), `--fix touched something else: ${w}`);
  assert.equal(fs.readFileSync(clean, 'utf8'), 'قال الرئيس إن الاجتماع كان مثمرا.\n');
});
