// Regression tests for CLI defects found by the robustness suite, each named after its case.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fs = require('node:fs');
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { globToRegExp } from '../../server/src/cli/files';

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = runCli(args, { stdout: s => { out += s; }, stderr: s => { err += s; }, cwd, env: {}, isTTY: false });
  return { code, out, err };
}
const FIXABLE = 'قال الرئـــيس إن الاجتماع كان مثمرا.\n';

test('regression: a glob with a bracket class (a[12].txt) no longer crashes the CLI with an invalid regex', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'anl-glob-'));
  for (const n of ['a1.txt', 'a2.txt', 'a3.txt', '[x.txt']) fs.writeFileSync(join(dir, n), FIXABLE);
  const r = cli(['--format', 'json', 'a[12].txt', '[x.txt'], dir);
  assert.deepEqual(JSON.parse(r.out).map((x: { filePath: string }) => x.filePath.slice(dir.length + 1)).sort(), ['[x.txt', 'a1.txt', 'a2.txt']);
  assert.equal(globToRegExp('/d/[!12].txt').test('/d/3.txt'), true);
  assert.equal(globToRegExp('/d/[!12].txt').test('/d/1.txt'), false);
});

test('regression: ** globs translate to a regex without nested stars (was .*[^/]*, quadratic on a long path)', () => {
  const re = globToRegExp('/d/**/**/*.txt');
  assert.equal(re.source, '^\\/d\\/(?:[^/]*\\/)*[^/]*\\.txt$');
  assert.ok(re.test('/d/a/b/c.txt') && re.test('/d/c.txt') && !re.test('/d/a/c.md'));
});

test('regression: --fix keeps the file\'s permissions and writes through a symlink instead of replacing it', { skip: process.platform === 'win32' }, () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'anl-fix-'));
  const real = join(dir, 'real.txt'), link = join(dir, 'link.txt');
  fs.writeFileSync(real, FIXABLE);
  fs.chmodSync(real, 0o640);
  fs.symlinkSync(real, link);
  const r = cli(['--fix', link], dir);
  assert.equal(r.code, 0, r.err);
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.equal(fs.readFileSync(real, 'utf8'), 'قال الرئيس إن الاجتماع كان مثمرا.\n');
  assert.equal(fs.statSync(real).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['link.txt', 'real.txt'], 'no temporary file left');
});

test('regression: json output leaves document-wide fixes out of each message\'s suggestions (a 5 MB line ran out of memory)', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'anl-json-'));
  // «مدرسه» ×2 beside «مدرسة» ×5 far apart: the orthography "write it everywhere" fix spans the whole file
  const filler = 'وقال المتحدث إن الاجتماع كان مثمرا. '.repeat(400);
  fs.writeFileSync(join(dir, 'a.txt'), `المدرسة المدرسة المدرسة المدرسة المدرسة ${filler}\nالمدرسه ${filler} المدرسه\n`);
  const r = cli(['--format', 'json', join(dir, 'a.txt')], dir);
  const msgs = JSON.parse(r.out)[0].messages as { suggestions?: { fix: { range: [number, number] } }[] }[];
  for (const m of msgs) for (const s of m.suggestions ?? []) assert.ok(s.fix.range[1] - s.fix.range[0] <= 10_000);
  assert.ok(r.out.length < 200_000, `output of ${r.out.length} characters`);
});
