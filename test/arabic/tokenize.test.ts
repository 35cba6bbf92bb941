import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { TOKEN_RE, spellingIdsAgain, tokenize } from '../../server/src/arabic/tokenize';
import { cleanWord } from '../../server/src/arabic/normalize';
import { procliticSplits, stripProclitics } from '../../server/src/arabic/clitics';
import { rng } from '../support/rng';
import { Article } from '../../server/src/engine/article';
import { spellingIdOf } from '../../server/src/arabic/spellingIds';

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

test('tokens: the scanner finds exactly what TOKEN_RE (the definition) finds, clipping included', () => {
  const byRegex = (text: string, from: number, to: number) => {
    const out: unknown[] = [];
    const re = new RegExp(TOKEN_RE.source, 'g');
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < to) {
      const end = Math.min(m.index + m[0].length, to);
      const kind = m[1] !== undefined ? 'arabic' : m[2] !== undefined ? 'latin' : 'number';
      const slice = text.slice(m.index, end);
      out.push({ start: m.index, end, kind, text: slice, norm: kind === 'arabic' ? cleanWord(slice) : slice });
    }
    return out;
  };
  const alphabet = ['ا', 'ب', 'ة', 'ى', 'ـ', '\u064E', '\u0651', '\u0670', '\u0654', '\u0610', '\u06D6', '\u200C', '\u200D', '\u200F',
    '\u00AD', '\u200B', '\uFEFF', 'ﻻ', 'ﷲ', 'ک', 'a', 'Z', 'é', '5', '٣', '۴', '.', ',', '٫', '٬', ' ', '\n', '-', '😀'];
  const rand = rng(7);
  for (let k = 0; k < 20000; k++) {
    let s = '';
    const len = 1 + Math.floor(rand() * 12);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    const from = Math.floor(rand() * len), to = Math.floor(rand() * (len + 2));
    assert.deepEqual(tokenize(s), byRegex(s, 0, s.length), JSON.stringify(s));
    assert.deepEqual(tokenize(s, from, to), byRegex(s, from, to), `${JSON.stringify(s)} ${from}–${to}`);
    // the Article's token table, seen as objects (each norm the spelling of its id)
    const a = new Article(s);
    assert.deepEqual(a.tokens, byRegex(s, 0, s.length), JSON.stringify(s));
    // one id per spelling, however the table was asked (the tokenizer hashes clean words as it scans them)
    assert.deepEqual(Array.from(a.spellings.ids), a.tokens.map(t => spellingIdOf(t.norm)), JSON.stringify(s));
    // and the ids worked out again after the table starts over are those the tokenizer gave (two scans, one rule)
    assert.deepEqual(Array.from(spellingIdsAgain(s, a.tokenTable)), Array.from(a.spellings.ids), JSON.stringify(s));
  }
});

test('token table: grown past its first size (a word every 6 code units), it holds every token', () => {
  const s = 'بَ 1 a '.repeat(3000);
  const a = new Article(s);
  assert.equal(a.tokenTable.count, 9000);
  assert.deepEqual(a.tokens, tokenize(s));
});
