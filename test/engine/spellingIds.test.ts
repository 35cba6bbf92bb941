// The spelling-id table starts over when it is full (a long-running server); findings must not change across that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Article, defaultConfig, lint } from '../../server/src/engine';
import { MAX_SPELLINGS, spellingGeneration } from '../../server/src/arabic/spellingIds';

const ARTICLE = 'قال الرئيس الأمريكي دونالد ترامب إن الاتفاق انتهى. وأضاف ترمب أن بلاده ستنسحب.\n' +
  'ويعتقد أن الحكومة ستدرس القرار. وقالت مصادر مطلعة إن الاجتماع تأجل.\nاقرأ أيضا: خبر آخر\n';

/** More distinct spellings than the table holds: letters of the Arabic alphabet as digits of a counter. */
function manySpellings(n: number): string {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '', k = i;
    do { w += letters[k % letters.length]; k = Math.floor(k / letters.length); } while (k > 0);
    words.push('س' + w);
  }
  return words.join(' ');
}

test('findings are the same before and after the spelling table starts over', () => {
  const config = defaultConfig();
  const strip = (text: string) => lint(new Article(text), config).map(f => [f.ruleId, f.start, f.end, f.message.en]);
  const before = strip(ARTICLE);
  // every rule that keeps per-spelling caches has something to say here
  for (const r of ['boilerplate', 'transliteration', 'unattributed-claim']) assert.ok(before.some(f => f[0] === r), `${r} reports on the fixture`);
  const kept = new Article(ARTICLE);
  void kept.spellings; // ids of the old generation, to be rebuilt when read again
  const g0 = spellingGeneration();
  // fill the table past its bound, then ask for ids again: the next list starts a new generation
  void new Article(manySpellings(MAX_SPELLINGS + 10)).spellings;
  void new Article('كلمة').spellings;
  assert.ok(spellingGeneration() > g0, 'the table started over');
  assert.deepEqual(strip(ARTICLE), before);
  assert.deepEqual(lint(kept, config).map(f => [f.ruleId, f.start, f.end, f.message.en]), before);
});
