import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { NEEDS_CLEANING, clean, cleanWord, foldLetters, matchKey } from '../../server/src/arabic/normalize';

test('clean: deletes diacritics, tatweel and format marks, keeps an offset map to the original', () => {
  const s = '\u200Fالعَرَبـيّة\u00A0نص';
  const c = clean(s);
  assert.equal(c.text, 'العربية نص');
  assert.equal(c.map.length, c.text.length + 1);
  for (let i = 0; i < c.text.length; i++) {
    const orig = s[c.map[i]];
    assert.ok(orig === c.text[i] || (orig === '\u00A0' && c.text[i] === ' '), `char ${i}`);
  }
  assert.equal(c.map[c.text.length], s.length);
});

test('clean: composes combining hamza and expands presentation forms and ligatures', () => {
  assert.equal(cleanWord('ا\u0654حمد'), 'أحمد');
  assert.equal(cleanWord('\uFEFB'), 'لا'); // lam-alef ligature: one unit becomes two
  assert.equal(cleanWord('\uFDFC'), 'ريال'); // rial sign: not Farsi yeh (pitfall B)
  const c = clean('a\uFEFBb');
  assert.deepEqual([...c.map], [0, 1, 1, 2, 3]);
});

test('foldLetters: alef forms, final ى, ة and Persian letters fold; hamza on waw/yeh stays', () => {
  assert.equal(foldLetters('إلى'), 'الي');
  assert.equal(foldLetters('المدينة'), 'المدينه');
  assert.equal(foldLetters('الھیئة'), 'الهيئه');
  assert.equal(foldLetters('مسؤول'), 'مسؤول');
  assert.equal(matchKey('أُوروبّا'), 'اوروبا');
});

test('cleanWord: its fast check catches every BMP code point clean() would change', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const changes = clean('ب' + ch + 'ب').text !== 'ب' + ch + 'ب';
    if (changes) assert.ok(NEEDS_CLEANING.test(ch), `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
});

test('clean: nothing to clean gives the text itself and the identity map', () => {
  const s = 'نص عربي بلا تشكيل. Text';
  const c = clean(s);
  assert.equal(c.text, s);
  assert.deepEqual([...c.map], [...Array(s.length + 1).keys()]);
});

test('clean: every character after several long ligatures is kept (the output buffer grows past the input length)', () => {
  const salla = '\uFDFA'.normalize('NFKC'); // one code unit → "صلى الله عليه وسلم"
  const s = '\uFDFA\uFDFA\uFDFA' + 'َنص طويل بعدها';
  const c = clean(s);
  assert.equal(c.text, salla.repeat(3) + 'نص طويل بعدها');
  assert.equal(c.map.length, c.text.length + 1);
  assert.equal(c.map[salla.length * 3], 4); // the fatha at 3 is deleted; ن is at 4
  assert.equal(c.map[c.text.length], s.length);
});
