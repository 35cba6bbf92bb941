import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { tokenize } from '../../server/src/arabic/tokenize';
import { procliticSplits, stripProclitics } from '../../server/src/arabic/clitics';

test('tokens: UTF-16 offsets, kinds, and cleaned forms; joiners and diacritics stay inside the word', () => {
  const t = 'قالَ ترا\u200Cمب 😀 في 2018 و١٢ CNN.';
  const toks = tokenize(t);
  assert.deepEqual(toks.map(x => [x.kind, t.slice(x.start, x.end), x.norm]), [
    ['arabic', 'قالَ', 'قال'], ['arabic', 'ترا\u200Cمب', 'ترامب'], ['arabic', 'في', 'في'], ['number', '2018', '2018'],
    ['arabic', 'و', 'و'], ['number', '١٢', '١٢'], ['latin', 'CNN', 'CNN'],
  ]);
});

test('clitics: every split is listed, longest prefix first; stripping without a lexicon removes only the article', () => {
  assert.deepEqual(procliticSplits('وبالرئيس').map(s => s.prefix), ['وبال', 'وب', 'و', '']);
  assert.deepEqual(procliticSplits('للرئيس').map(s => s.prefix), ['لل', 'ل', '']);
  assert.equal(stripProclitics('والرئيس').stem, 'رئيس');
  assert.equal(stripProclitics('بوتين').stem, 'بوتين');
  assert.equal(stripProclitics('وترمب', s => s === 'ترمب').stem, 'ترمب');
});
