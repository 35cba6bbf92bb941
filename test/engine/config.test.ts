import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { defaultConfig, mergeConfig, parseConfigText, validateConfig, checkUserRegex } from '../../server/src/engine';

test('config: a file that is not JSON gives one problem naming the file, and defaults', () => {
  const r = parseConfigText('{ "rules": ', '/w/.arabic-news-lint.json');
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].source, '/w/.arabic-news-lint.json');
  assert.match(r.problems[0].message, /not valid JSON/);
  assert.deepEqual(r.config, {});
});

test('config: wrong types are reported by key and dropped; good keys are kept', () => {
  const r = validateConfig({ rules: { boilerplate: 'loud', orthography: 'off', nope: 'error' }, maxFileSize: 'big', boilerplate: { dateline: 'keep', markers: [1] } }, 'f.json');
  assert.deepEqual(r.problems.map(p => p.key).sort(), ['boilerplate.markers', 'maxFileSize', 'rules.boilerplate', 'rules.nope']);
  const c = mergeConfig(defaultConfig(), r.config);
  assert.equal(c.rules.orthography, 'off');
  assert.equal(c.rules.boilerplate, 'warning');
  assert.equal(c.boilerplate.dateline, 'keep');
  assert.equal(c.maxFileSize, defaultConfig().maxFileSize);
});

test('config: a house-style loop (A→B and B→A) is rejected with the key named', () => {
  const r = validateConfig({ names: { 'ترامب': ['ترمب'], 'ترمب': ['ترامب'] } }, 'f.json');
  assert.deepEqual(r.problems.map(p => p.key).sort(), ['names.ترامب', 'names.ترمب']);
  assert.deepEqual(r.config.names, {});
});

test('config: user regexes that do not compile or can blow up are rejected', () => {
  assert.match(checkUserRegex('(')!, /invalid regular expression/);
  assert.match(checkUserRegex('(a+)+$')!, /nested quantifiers/);
  assert.match(checkUserRegex('(a)\\1')!, /back-references/);
  assert.equal(checkUserRegex('^اقرأ أيضا'), undefined);
  const r = validateConfig({ boilerplate: { patterns: ['ok', '(x*)*'] } }, 'f.json');
  assert.deepEqual(r.config.boilerplate!.patterns, ['ok']);
  assert.equal(r.problems[0].key, 'boilerplate.patterns[1]');
});

test('config: layers merge key by key; lists of user data accumulate', () => {
  const c = mergeConfig(defaultConfig(), { names: { 'ترامب': ['ترمب'] }, boilerplate: { markers: ['أ'] } }, { names: { 'بوتين': ['بوتن'] }, boilerplate: { markers: ['ب'] } });
  assert.deepEqual(Object.keys(c.names), ['ترامب', 'بوتين']);
  assert.deepEqual(c.boilerplate.markers, ['أ', 'ب']);
});

test('config: kinds take "rule/kind" keys of known rules and kinds; others are reported by key and dropped', () => {
  const r = validateConfig({ kinds: { 'unattributed-claim/vague-source': 'warning', 'orthography/digits': 'off', 'nope/x': 'error', 'orthography/vauge': 'info', 'boilerplate/nav': 'loud', 'orthography/digits/x': 'off' } }, 'f.json');
  assert.deepEqual(r.problems.map(p => p.key).sort(), ['kinds.boilerplate/nav', 'kinds.nope/x', 'kinds.orthography/digits/x', 'kinds.orthography/vauge']);
  assert.match(r.problems.find(p => p.key === 'kinds.orthography/vauge')!.message, /its kinds: final-ya/);
  const c = mergeConfig(defaultConfig(), r.config, { kinds: { 'orthography/digits': 'hint' } });
  assert.deepEqual(c.kinds, { 'unattributed-claim/vague-source': 'warning', 'orthography/digits': 'hint' });
  assert.deepEqual(defaultConfig().kinds, {});
});
