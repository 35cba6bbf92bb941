// Bad input, one test each: what a newsroom's folders actually hold (binaries, huge exports, broken encodings, files
// that vanish mid-run, hand-edited configs). Each gets one clear message and a defined exit status; nothing hangs,
// nothing is linted half, nothing the user wrote is overwritten.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fs = require('node:fs'); // the module object itself, so a test can spy on it as the CLI sees it
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Rule, allRules, lint, parseConfigText, validateConfig, checkUserRegex, defaultConfig, mergeConfig } from '../../server/src/engine';
import { runCli } from '../../server/src/cli/main';
import { corpusLines } from './helpers';

function tempDir(): string { return fs.mkdtempSync(join(tmpdir(), 'anl-robust-')); }

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = runCli(args, { stdout: s => { out += s; }, stderr: s => { err += s; }, cwd, env: {}, isTTY: false });
  return { code, out, err };
}

const ARTICLE = 'قال الرئيس إن الاجتماع كان مثمرا.\nوأضاف أن المحادثات ستستمر الأسبوع المقبل.\n';
/** A text with a safe fix (tatweel), so --fix has something to write. */
const FIXABLE = 'قال الرئـــيس إن الاجتماع كان مثمرا.\n';

/** Run `body` with one extra rule registered, as a rule that lands in server/src/rules/index.ts would be. */
function withRule<T>(rule: Rule, body: () => T): T {
  const rules = allRules as Rule[];
  rules.push(rule);
  try { return body(); } finally { rules.splice(rules.indexOf(rule), 1); }
}
const sideEffectRule = (effect: () => void): Rule => ({
  id: 'robustness-side-effect', description: { en: 'simulates the disk changing mid-lint', ar: '' }, docs: '', defaultSeverity: 'info',
  run() { effect(); return []; },
});

test('bad input: a binary file is named and skipped (exit 2), the other files are still linted', () => {
  const dir = tempDir();
  fs.writeFileSync(join(dir, 'photo.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(join(dir, 'good.txt'), FIXABLE);
  const r = cli(['--format', 'json', dir], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /photo\.txt: looks like a binary file/);
  assert.deepEqual(JSON.parse(r.out).map((x: { filePath: string }) => x.filePath), [join(dir, 'good.txt')]);
});

test('bad input: a 50 MB file is refused from its size alone, with one message naming maxFileSize (exit 2)', () => {
  const dir = tempDir();
  const big = join(dir, 'export.txt');
  fs.writeFileSync(big, ARTICLE);
  fs.truncateSync(big, 50 * 1024 * 1024); // 50 MB on disk, sparse: the test itself stays cheap
  // spy: the CLI must not open (let alone read) the file
  const opened: string[] = [];
  const origOpen = fs.openSync, origRead = fs.readFileSync;
  (fs as { openSync: unknown }).openSync = (p: fs.PathLike, ...rest: unknown[]) => { opened.push(String(p)); return (origOpen as (...a: unknown[]) => number)(p, ...rest); };
  (fs as { readFileSync: unknown }).readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => { opened.push(String(p)); return (origRead as (...a: unknown[]) => unknown)(p, ...rest); };
  let r;
  try { r = cli([big], dir); } finally { (fs as { openSync: unknown }).openSync = origOpen; (fs as { readFileSync: unknown }).readFileSync = origRead; }
  assert.equal(r.code, 2);
  assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
  assert.match(r.err, /export\.txt: 52\.4 MB, above maxFileSize \(5,000,000 characters\); not linted/);
  assert.ok(!opened.includes(big), `the file was opened: ${opened.join(', ')}`);
  assert.equal(r.out, '');
});

test('bad input: a file just over maxFileSize in characters is skipped whole with the same message, never linted half', () => {
  const dir = tempDir();
  fs.writeFileSync(join(dir, '.arabic-news-lint.json'), JSON.stringify({ maxFileSize: 1000 }));
  fs.writeFileSync(join(dir, 'long.txt'), 'قال الرئـــيس. '.repeat(100)); // 1500 characters, 2.6 KB: under 3×, over the limit
  fs.writeFileSync(join(dir, 'short.txt'), FIXABLE);
  const r = cli(['--format', 'json', '--fix', dir], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /long\.txt: 1,500 characters, above maxFileSize \(1,000 characters\); not linted/);
  assert.deepEqual(JSON.parse(r.out).map((x: { filePath: string }) => x.filePath), [join(dir, 'short.txt')]);
  assert.equal(fs.readFileSync(join(dir, 'long.txt'), 'utf8'), 'قال الرئـــيس. '.repeat(100), '--fix left the skipped file alone');
});

test('bad input: a file with one 5 MB line is linted to the end (bounded by a generous timeout)', { timeout: 180_000 }, () => {
  const words = (corpusLines() ?? [ARTICLE]).join(' ').replace(/[\r\n]/g, ' ');
  let line = '';
  while (Buffer.byteLength(line) < 5 * 1024 * 1024) line += words + ' الرئـــيس ';
  const dir = tempDir();
  fs.writeFileSync(join(dir, 'one-line.txt'), line);
  const r = cli(['--format', 'json', join(dir, 'one-line.txt')], dir);
  assert.equal(r.err, '', 'no rule failed');
  assert.notEqual(r.code, 2);
  const [report] = JSON.parse(r.out);
  assert.ok(report.messages.length > 0);
  assert.ok(r.out.length < 50 * 1024 * 1024, `JSON output of ${r.out.length} characters`);
});

test('bad input: invalid UTF-8 is named and skipped (exit 2), never linted as replacement characters', () => {
  const dir = tempDir();
  fs.writeFileSync(join(dir, 'latin1.txt'), Uint8Array.from([...new TextEncoder().encode('قال '), 0xc3, 0x28, 0xe9, 0x20, 0xff]));
  const r = cli([join(dir, 'latin1.txt')], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /latin1\.txt: is not valid UTF-8; not linted/);
});

test('bad input: /dev/zero and a FIFO are refused as not regular files instead of hanging or filling memory', { skip: process.platform === 'win32' }, () => {
  const dir = tempDir();
  const r = cli(['/dev/zero'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /\/dev\/zero: is not a regular file; not linted/);
  const fifo = join(dir, 'pipe.txt');
  try { execFileSync('mkfifo', [fifo]); } catch { return; }
  const r2 = cli([dir], dir); // a folder walk lists only regular files
  assert.equal(r2.code, 0);
  const r3 = cli([fifo], dir);
  assert.equal(r3.code, 2);
  assert.match(r3.err, /pipe\.txt: is not a regular file/);
  const r4 = cli(['--config', '/dev/zero', dir], dir);
  assert.equal(r4.code, 2);
  assert.match(r4.err, /cannot read config \/dev\/zero: is not a regular file/);
});

test('bad input: a file deleted while it is linted is not brought back by --fix (exit 2, one message)', () => {
  const dir = tempDir();
  const p = join(dir, 'gone.txt');
  fs.writeFileSync(p, FIXABLE);
  const r = withRule(sideEffectRule(() => { if (fs.existsSync(p)) fs.unlinkSync(p); }), () => cli(['--fix', p], dir));
  assert.equal(r.code, 2);
  assert.match(r.err, /gone\.txt: was deleted while it was linted; not fixed/);
  assert.ok(!fs.existsSync(p), '--fix recreated a deleted file');
  assert.deepEqual(fs.readdirSync(dir), [], 'no temporary file left behind');
});

test('bad input: a file changed on disk while it is linted keeps the newer text; --fix does not overwrite it', () => {
  const dir = tempDir();
  const p = join(dir, 'draft.txt');
  fs.writeFileSync(p, FIXABLE);
  const newer = FIXABLE + 'فقرة جديدة كتبها المحرر للتو.\n';
  const r = withRule(sideEffectRule(() => fs.writeFileSync(p, newer)), () => cli(['--fix', p], dir));
  assert.equal(r.code, 2);
  assert.match(r.err, /draft\.txt: changed on disk while it was linted; not fixed/);
  assert.equal(fs.readFileSync(p, 'utf8'), newer);
});

test('bad input: a config file that is not JSON names the file; linting goes on with defaults', () => {
  const dir = tempDir();
  fs.writeFileSync(join(dir, '.arabic-news-lint.json'), '{ "rules": { "orthography": "off", }');
  fs.writeFileSync(join(dir, 'a.txt'), FIXABLE);
  const r = cli(['--format', 'json', join(dir, 'a.txt')], dir);
  assert.notEqual(r.code, 2);
  assert.match(r.err, new RegExp(`${join(dir, '.arabic-news-lint.json').replace(/[.\\/]/g, '\\$&')}: \\(file\\): not valid JSON: .*; defaults are used`));
  assert.ok(JSON.parse(r.out)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'orthography'), 'defaults: orthography still on');
  // a BOM, an empty file, a JSON array, null: each one problem, no crash
  for (const text of ['\uFEFF{}', '', '[]', 'null', '"x"', '{"rules": null}', '{"names": {"ترامب": "ترمب"}}']) {
    const res = parseConfigText(text, 'c.json');
    assert.ok(res.problems.every(pr => pr.source === 'c.json' && pr.key), text);
  }
});

test('bad input: a config with wrong types names the file and each key, and keeps defaults for the rest', () => {
  const dir = tempDir();
  const cfg = join(dir, '.arabic-news-lint.json');
  fs.writeFileSync(cfg, JSON.stringify({
    rules: { orthography: 7, boilerplate: 'error' }, maxFileSize: -1, locale: 'fr', names: ['x'], ignore: [{ rule: 1 }],
    boilerplate: { markers: 'اقرأ أيضا', patterns: [1, 2], reportInside: 'yes' }, transliteration: { minOccurrences: 0.5 }, attribution: [],
  }));
  fs.writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const r = cli([join(dir, 'a.txt')], dir);
  const keys = ['rules.orthography', 'maxFileSize', 'locale', 'names', 'ignore[0]', 'boilerplate.markers', 'boilerplate.patterns', 'boilerplate.reportInside', 'transliteration.minOccurrences', 'attribution'];
  for (const k of keys) assert.ok(r.err.includes(`${cfg}: ${k}: `), `no message naming ${k}:\n${r.err}`);
  const parsed = parseConfigText(fs.readFileSync(cfg, 'utf8'), cfg);
  const merged = mergeConfig(defaultConfig(), parsed.config);
  const want = defaultConfig(); want.rules.boilerplate = 'error';
  assert.deepEqual(merged, want);
});

test('bad input: a house-style loop (A→B and B→A, or hidden behind a diacritic) is rejected with the key named', () => {
  const plain = validateConfig({ names: { 'ترامب': ['ترمب'], 'ترمب': ['ترامب'], 'بوتين': ['بوتن'] } }, 'f.json');
  assert.deepEqual(plain.problems.map(p => p.key).sort(), ['names.ترامب', 'names.ترمب']);
  assert.deepEqual(plain.config.names, { 'بوتين': ['بوتن'] });
  const cycle = validateConfig({ names: { 'أ': ['ب'], 'ب': ['ج'], 'ج': ['أ'] } }, 'f.json');
  assert.equal(cycle.problems.length, 3);
  const hidden = validateConfig({ names: { 'ترامب': ['ترمب'], 'تُرْمب': ['ترامـب'] } }, 'f.json');
  assert.deepEqual(hidden.problems.map(p => p.key).sort(), ['names.ترامب', 'names.تُرْمب']);
});

test('bad input: user regexes that are invalid or catastrophic are rejected with a message naming the key', () => {
  const bad = ['(', '[', '(a+)+$', '(x*)*', '(a|a)*$', '(a|aa)+b', '(a)\\1', '(?<w>\\p{L}+) \\k<w>', '(\\s*\\S+)*x', '((ab)*)+', '(a{2,})+', 'a'.repeat(501)];
  for (const p of bad) assert.ok(checkUserRegex(p), `accepted ${p.slice(0, 30)}`);
  for (const p of ['^اقرأ أيضا', '^المصدر:.*$', '^\\(أ ف ب\\)$', '(?:اقرأ|شاهد) أيضا', '^[\\p{L} ]{3,40}:$', '(ab){3}', 'a+b+c+', '[(]+\\)+']) {
    assert.equal(checkUserRegex(p), undefined, p);
  }
  const dir = tempDir();
  const cfg = join(dir, '.arabic-news-lint.json');
  fs.writeFileSync(cfg, JSON.stringify({ boilerplate: { patterns: ['^ok$', '(a+)+$', '(', '(x)\\1'] } }));
  fs.writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const r = cli([join(dir, 'a.txt')], dir);
  assert.match(r.err, /boilerplate\.patterns\[1\]: nested quantifiers/);
  assert.match(r.err, /boilerplate\.patterns\[2\]: invalid regular expression/);
  assert.match(r.err, /boilerplate\.patterns\[3\]: back-references are not allowed/);
  assert.notEqual(r.code, 2);
});

test('bad input: checking a 1 MB user pattern takes one linear scan (the length check comes first)', () => {
  const huge = '(' + 'a+'.repeat(500_000) + ')';
  const t0 = performance.now();
  assert.match(checkUserRegex(huge)!, /longer than 500/);
  assert.ok(performance.now() - t0 < 5_000);
  void mergeConfig;
});
