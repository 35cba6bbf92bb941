// The spelling-id table starts over when it is full (a long-running server); findings must not change across that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Article, defaultConfig, lint } from '../../server/src/engine';
import { MAX_SPELLINGS, spellingGeneration, spellingIdOf, spellingOf } from '../../server/src/arabic/spellingIds';
import { tokenize } from '../../server/src/arabic/tokenize';
import { allLineFeatures } from '../../server/src/rules/boilerplate/features';
import { compileLexicon } from '../../server/src/rules/boilerplate/lexicon';

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

test('spelling ids: the ids the tokenizer gives by place in the text are the ids of the spellings as strings, across table growth', () => {
  // more distinct spellings than the table's first sizes, some dirty (a diacritic: the id is the cleaned spelling's)
  const words = manySpellings(20_000).split(' ');
  const text = words.map((w, i) => (i % 7 === 0 ? w + '\u064e' : w)).join(' ') + ' ' + words.slice(0, 500).join(' ') + ' abc 123 ABC';
  const a = new Article(text);
  const { ids, generation } = a.spellings;
  assert.equal(generation, spellingGeneration());
  assert.equal(ids.length, a.tokens.length);
  assert.deepEqual(Array.from(a.tokens, t => spellingIdOf(t.norm)), Array.from(ids));
  a.tokens.forEach((t, i) => assert.equal(spellingOf(ids[i]), t.norm));
  // a repeated word is one id, and its token's text is the table's string (no new slice)
  const first = a.tokens[1], repeat = a.tokens[words.length + 1];
  assert.equal(first.norm, repeat.norm);
  assert.equal(ids[1], ids[words.length + 1]);
  // distinct spellings, distinct ids
  assert.equal(new Set(ids).size, new Set(a.tokens.map(t => t.norm)).size);
});

test('spelling ids: no view into a text it read stays in the table or the rules\' caches (a long word first seen in a big text does not keep the text alive)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('node:v8').setFlagsFromString('--expose-gc');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const gc = require('node:vm').runInNewContext('gc') as () => void;
  const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  const before = heap();
  (() => {
    // ~8 MB of UTF-16 text; each line opens with a word of 20+ letters never seen before (V8 slices 13+ characters as
    // views into the whole string, so a table entry made from such a slice would keep all 8 MB alive)
    let t = '';
    for (let i = 0; i < 40; i++) t += `وبالاستراتيجياتالكبرى${i} ${'نص عادي '.repeat(12000)}\n`;
    lint(t, defaultConfig());
  })();
  for (let i = 0; i < 20; i++) lint(`كلمة أخرى ${i}`, defaultConfig());
  const kept = heap() - before;
  assert.ok(kept < 3 * 1024 * 1024, `${(kept / 1048576).toFixed(1)} MB kept after the text is gone`);
});

test('spelling ids: a word of 200,000 letters (a pasted base64 run) is linted and indexed like any other', () => {
  const text = `قال الرئيس إن الاتفاق انتهى.\n${'ب'.repeat(200_000)}\nوأضاف أن بلاده ستنسحب.\n`;
  const errors: string[] = [];
  lint(text, defaultConfig(), { onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
  assert.deepEqual(errors, []);
  const a = new Article(text);
  assert.equal(spellingOf(a.spellings.ids[a.tokens.findIndex(t => t.norm.length === 200_000)]).length, 200_000);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { WorkspaceIndex } = require('../../server/src/workspace') as typeof import('../../server/src/workspace');
  assert.ok(WorkspaceIndex.summarize(text));
});

test('spelling ids: after the table starts over, a word is found by its letters (by place in a text, and as a string) under its new id only', () => {
  const before = new Article('كلمة وأخرى ثالثة كلمة');
  void before.spellings;
  const g0 = spellingGeneration();
  void new Article(manySpellings(MAX_SPELLINGS + 10)).spellings;
  // the table starts over at this list: the letters kept for the old spellings must not match any word of it
  const a = new Article('ثالثة كلمة جديدة كلمة وأخرى');
  const { ids, generation } = a.spellings;
  assert.ok(generation > g0, 'the table started over');
  assert.deepEqual(Array.from(ids), [0, 1, 2, 1, 3]);
  assert.deepEqual(Array.from(a.tokens, t => spellingIdOf(t.norm)), Array.from(ids));
  a.tokens.forEach((t, i) => assert.equal(spellingOf(ids[i]), t.norm));
});

test('spelling ids: an Article read before the table starts over gets its ids again from its text, a word with diacritics by its cleaned form', () => {
  const a = new Article('كَلِمَة وأخرى abc 12.5 كلمة ABC');
  void a.spellings;
  const g0 = spellingGeneration();
  // (the table starts over at the next list)
  void new Article(manySpellings(MAX_SPELLINGS + 10)).spellings;
  void new Article('جديدة').spellings;
  const { ids, generation } = a.spellings;
  assert.ok(generation > g0, 'the table started over');
  assert.deepEqual(a.tokens, tokenize(a.text));
  assert.deepEqual(Array.from(ids, id => spellingOf(id)), ['كلمة', 'وأخرى', 'abc', '12.5', 'كلمة', 'ABC']);
  assert.equal(ids[0], ids[4]);
});

test('cross-file findings are the same when the spelling table starts over between indexing and linting, and between documents', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createCliWorkspace } = require('../../server/src/cli/workspace') as typeof import('../../server/src/cli/workspace');
  const config = defaultConfig();
  const docs = [
    { uri: 'a.txt', text: 'قال الرئيس ترمب إن الاتفاق انتهى.\nوأضاف ترمب أن بلاده ستنسحب من فيس بوك.' },
    { uri: 'b.txt', text: 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن فيسبوك سيغلق.\nوكرر ترامب الكلام.' },
    { uri: 'c.txt', text: 'أعلن الرئيس الأمريكي ترامب قراره على فيسبوك.\nوقال ترامب إنه سيفعل.' },
  ];
  const strip = (fs: ReturnType<typeof lint>) => fs.map(f => [f.ruleId, f.start, f.end, f.message.en, JSON.stringify(f.fixes.map(x => x.edits))]);
  const lintAll = (ws: ReturnType<typeof createCliWorkspace>, roll: boolean) => docs.map(d => {
    if (roll) void new Article(manySpellings(MAX_SPELLINGS + 10)).spellings;
    return strip(lint(new Article(d.text), config, { workspace: ws, uri: d.uri }));
  });
  const before = lintAll(createCliWorkspace(docs.map(d => ({ ...d, article: new Article(d.text) })), config), false);
  assert.ok(before[0].some(f => f[0] === 'transliteration'), 'the fixture has a cross-file finding');
  const g0 = spellingGeneration();
  // the index built under one generation, the documents linted under later ones, one per document
  const ws = createCliWorkspace(docs.map(d => ({ ...d, article: new Article(d.text) })), config);
  assert.deepEqual(lintAll(ws, true), before);
  assert.ok(spellingGeneration() > g0 + 1, 'the table started over between documents');
});

test('boilerplate: how a line opens (kept per spelling id) is read alike before and after the table starts over', () => {
  const text = 'وأضاف الوزير أن الاتفاق انتهى\nقال المتحدث إن الاجتماع تأجل\nفي 3 أكتوبر 1924، وقع الحادث\nالحكومة تدرس القرار';
  const lex = compileLexicon();
  const opening = (a: Article) => allLineFeatures(a, lex, []).map(f => [f.startsWithConjunction, f.leadShape]);
  // one line's opening read now, the others only after the table started over
  const measured = allLineFeatures(new Article(text), lex, []);
  assert.equal(measured[0].startsWithConjunction, true);
  const before = opening(new Article(text));
  assert.deepEqual(before, [[true, false], [false, true], [false, true], [false, false]]);
  const g0 = spellingGeneration();
  void new Article(manySpellings(MAX_SPELLINGS + 10)).spellings;
  void new Article('كلمة').spellings;
  assert.ok(spellingGeneration() > g0, 'the table started over');
  assert.deepEqual(opening(new Article(text)), before); // (the new generation's slots filled first)
  assert.deepEqual(measured.map(f => [f.startsWithConjunction, f.leadShape]), before);
});
