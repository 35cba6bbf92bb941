// Minimal JSON edits on the user's config file, and locating config problems in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonEdit, keyPath, locatePath, parseJsonTree, JsonSyntaxError } from '../../server/src/lsp/jsonDocument';
import { applyEdits } from '../../server/src/engine';

const apply = (text: string, e: ReturnType<typeof jsonEdit>) => (e ? applyEdits(text, [{ ...e }]).text : text);
const entry = { rule: 'orthography', fingerprint: 'orthography:hamza:1', note: 'x' };

test('a missing file gets a whole config with the value at its path', () => {
  const out = apply('', jsonEdit('', ['ignore'], 'append', entry));
  assert.equal(out, '{\n  "ignore": [\n    { "rule": "orthography", "fingerprint": "orthography:hamza:1", "note": "x" }\n  ]\n}\n');
  assert.deepEqual(JSON.parse(out), { ignore: [entry] });
});

test('appending to an existing array adds one line in the file\'s own indentation, touching nothing else', () => {
  const text = '{\n    "rules": { "orthography": "warning" },\n    "ignore": [\n        { "rule": "a", "fingerprint": "f" }\n    ]\n}\n';
  const out = apply(text, jsonEdit(text, ['ignore'], 'append', entry));
  assert.equal(out, '{\n    "rules": { "orthography": "warning" },\n    "ignore": [\n        { "rule": "a", "fingerprint": "f" },\n        { "rule": "orthography", "fingerprint": "orthography:hamza:1", "note": "x" }\n    ]\n}\n');
});

test('a missing key is added after the last property; an empty array or object is opened up', () => {
  const text = '{\n  "locale": "ar"\n}';
  assert.equal(apply(text, jsonEdit(text, ['ignore'], 'append', entry)), '{\n  "locale": "ar",\n  "ignore": [\n    { "rule": "orthography", "fingerprint": "orthography:hamza:1", "note": "x" }\n  ]\n}');
  const empty = '{ "ignore": [] }';
  assert.deepEqual(JSON.parse(apply(empty, jsonEdit(empty, ['ignore'], 'append', entry))), { ignore: [entry] });
  assert.deepEqual(JSON.parse(apply('{}', jsonEdit('{}', ['names', 'ترامب'], 'set', ['ترمب']))), { names: { 'ترامب': ['ترمب'] } });
});

test('set replaces the value at the path; appending an entry already there changes nothing; broken JSON is not guessed at', () => {
  const text = '{ "names": { "ترامب": ["ترمب"] } }';
  assert.deepEqual(JSON.parse(apply(text, jsonEdit(text, ['names', 'ترامب'], 'set', ['ترمب', 'ترامپ']))), { names: { 'ترامب': ['ترمب', 'ترامپ'] } });
  const withEntry = JSON.stringify({ ignore: [entry] });
  assert.equal(jsonEdit(withEntry, ['ignore'], 'append', { note: 'x', fingerprint: 'orthography:hamza:1', rule: 'orthography' }), null);
  assert.equal(jsonEdit('{ "ignore": [ ', ['ignore'], 'append', entry), undefined);
});

test('config problems point at their key; syntax errors at their offset', () => {
  const text = '{\n  "rules": { "orthografy": "warning" },\n  "ignore": [ 1, {"rule": "x"} ]\n}';
  const root = parseJsonTree(text);
  const r = locatePath(root, keyPath('rules.orthografy'));
  assert.equal(text.slice(r.start, r.end), '"orthografy"');
  const i = locatePath(root, keyPath('ignore[1]'));
  assert.equal(text.slice(i.start, i.end), '{"rule": "x"}');
  assert.throws(() => parseJsonTree('{ "a": 1,, }'), (e: unknown) => e instanceof JsonSyntaxError && e.offset === 9);
});
