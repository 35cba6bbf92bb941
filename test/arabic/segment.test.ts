import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { splitLines, splitParagraphs, splitSentences } from '../../server/src/arabic/segment';

const sentences = (t: string) => splitSentences(t, splitLines(t)).map(s => t.slice(s.start, s.end));

test('lines: LF, CRLF and lone CR each end a line; blank lines are marked', () => {
  const t = 'أ\r\nب\rج\n \nد';
  const lines = splitLines(t);
  assert.deepEqual(lines.map(l => t.slice(l.start, l.end)), ['أ', 'ب', 'ج', ' ', 'د']);
  assert.deepEqual(lines.map(l => l.blank), [false, false, false, true, false]);
  assert.equal(lines[0].next, 3);
  assert.deepEqual(splitParagraphs(lines).map(p => [p.firstLine, p.lastLine]), [[0, 2], [4, 4]]);
});

test('sentences: Arabic and Latin punctuation, closing quotes, and lines without final punctuation', () => {
  assert.deepEqual(sentences('قال الوزير: «سنعود.» وأضاف أن الوفد وصل؟ نعم!\nعنوان فرعي بلا نقطة\nجملة أخيرة…'), [
    'قال الوزير: «سنعود.»', 'وأضاف أن الوفد وصل؟', 'نعم!', 'عنوان فرعي بلا نقطة', 'جملة أخيرة…',
  ]);
});

test('sentences: decimals, initials and agency abbreviations do not end a sentence', () => {
  assert.deepEqual(sentences('بلغ النمو 3.5 في المئة، بحسب د. أحمد وأ.ف.ب. ثم انتهى.'), ['بلغ النمو 3.5 في المئة، بحسب د. أحمد وأ.ف.ب.', 'ثم انتهى.']);
  assert.deepEqual(sentences('ارتفع حاليًا. وسيستمر سنويًا.'), ['ارتفع حاليًا.', 'وسيستمر سنويًا.']);
});

test('sentences: the search for sentence ends runs across lines (CRLF, blank lines, lines with none) and past non-final dots', () => {
  assert.deepEqual(sentences('سطر بلا نهاية\r\n\r\nقال د. علي: 3.5 بالمئة!؟» ثم\rانتهى...  آخر\nسطر'), [
    'سطر بلا نهاية', 'قال د. علي: 3.5 بالمئة!؟»', 'ثم', 'انتهى...', 'آخر', 'سطر',
  ]);
});
