import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { readText } from '../../server/src/cli/files';

function run(args: string[], cwd: string) {
  let out = '', err = '';
  const code = runCli(args, { stdout: s => { out += s; }, stderr: s => { err += s; }, cwd, env: {}, isTTY: false });
  return { code, out, err };
}

const ARTICLE = 'وصل الوفد إلى القاهرة.\nوتوجه إلى الإسكندرية ثم إلى العاصمة.\nوقال إنه سيعود الى بيروت.\n';

function workdir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), 'anl-cli-'));
  for (const [n, t] of Object.entries(files)) writeFileSync(join(d, n), t);
  return d;
}

test('cli: json format has ESLint\'s shape with 1-based lines and UTF-16 columns, and a fix range', () => {
  const d = workdir({ 'a.txt': ARTICLE });
  const r = run(['--format', 'json', 'a.txt'], d);
  assert.equal(r.code, 0);
  const [file] = JSON.parse(r.out);
  assert.equal(file.filePath, join(d, 'a.txt'));
  const m = file.messages.find((x: { ruleId: string }) => x.ruleId === 'orthography');
  assert.equal(m.line, 3); assert.equal(m.column, 16); assert.equal(m.endLine, 3); assert.equal(m.endColumn, 19);
  assert.equal(m.severity, 1);
  assert.equal(m.level, 'info'); // our own level beside ESLint's two (information and hints are ESLint warnings)
  const start = ARTICLE.indexOf('الى');
  assert.deepEqual(m.fix, { range: [start, start + 1], text: 'إ' });
});

test('cli: sarif output names the rules and uses UTF-16 columns', () => {
  const d = workdir({ 'a.txt': ARTICLE });
  const sarif = JSON.parse(run(['--format', 'sarif', 'a.txt'], d).out);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
  assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'orthography'));
});

test('cli: stylish output lists findings; --locale ar gives Arabic messages', () => {
  const d = workdir({ 'a.txt': ARTICLE });
  assert.match(run(['a.txt'], d).out, /3:16 +info +\u2068«الى» ×1 and «إلى» ×3 in this document/);
  assert.match(run(['--locale', 'ar', 'a.txt'], d).out, /وحِّد الكتابة/);
});

test('cli: exit codes: 2 for bad usage, missing files, binary and invalid UTF-8; 1 when errors are found', () => {
  const d = workdir({ 'a.txt': ARTICLE, 'bin.txt': new Uint8Array([0x50, 0, 1, 2]), 'bad.txt': new Uint8Array([0xd8, 0x27, 0xff]),
    '.arabic-news-lint.json': JSON.stringify({ rules: { orthography: 'error' } }) });
  assert.equal(run(['--format', 'xml', 'a.txt'], d).code, 2);
  assert.equal(run(['--bogus', 'a.txt'], d).code, 2);
  assert.equal(run([], d).code, 2);
  const missing = run(['nope.txt'], d);
  assert.equal(missing.code, 2); assert.match(missing.err, /nope.txt: no such file/);
  assert.match(run(['bin.txt'], d).err, /binary/);
  assert.match(run(['bad.txt'], d).err, /not valid UTF-8/);
  assert.equal(run(['a.txt'], d).code, 1);
});

test('cli: --fix rewrites in place, says what changed, and a second --fix changes nothing', () => {
  const d = workdir({ 'a.txt': '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n') });
  const r1 = run(['--fix', 'a.txt'], d);
  assert.match(r1.err, /fixed 1 problem \(orthography ×1\)/);
  const after = readFileSync(join(d, 'a.txt'), 'utf8');
  assert.equal(after, '\uFEFF' + ARTICLE.replace('الى', 'إلى').replace(/\n/g, '\r\n'));
  const r2 = run(['--fix', 'a.txt'], d);
  assert.equal(r2.err, '');
  assert.equal(readFileSync(join(d, 'a.txt'), 'utf8'), after);
});

test('cli: folders and globs are expanded; a bad config names the file and key and falls back to defaults', () => {
  const d = workdir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.md': ARTICLE, 'cfg.json': '{"rules": {"orthography": 7}}' });
  assert.equal(JSON.parse(run(['--format', 'json', '.'], d).out).length, 2);
  assert.equal(JSON.parse(run(['--format', 'json', '*.md'], d).out).length, 1);
  const r = run(['--config', 'cfg.json', '--format', 'json', 'a.txt'], d);
  assert.match(r.err, /cfg.json: rules.orthography: expected one of/);
  assert.equal(JSON.parse(r.out)[0].messages.length, 1);
});

test('cli: --fix --quiet still applies the safe fixes of warnings and infos; --quiet only narrows the report', () => {
  const d = workdir({ 'a.txt': ARTICLE });
  const r = run(['--fix', '--quiet', 'a.txt'], d);
  assert.match(r.err, /fixed 1 problem \(orthography ×1\)/);
  assert.equal(readFileSync(join(d, 'a.txt'), 'utf8'), ARTICLE.replace('الى', 'إلى'));
  assert.equal(r.out, '');
  assert.equal(r.code, 0);
});

test('cli: files read one after another keep their own bytes and text, small ones (a shared slab) and large ones', () => {
  const texts = Array.from({ length: 400 }, (_, k) => `خبر رقم ${k}\n${'كلمة '.repeat(k % 7 === 0 ? 9000 : 1 + (k * 37) % 400)}\n`);
  const d = workdir(Object.fromEntries(texts.map((t, k) => [`${k}.txt`, t])));
  const read = texts.map((_, k) => readText(join(d, `${k}.txt`), 1e7));
  read.forEach((r, k) => {
    assert.equal(r.text, texts[k]);
    assert.deepEqual(Buffer.from(r.bytes!), readFileSync(join(d, `${k}.txt`)));
  });
});
