// Name mentions of a document (rules/names/mentions.ts) and the indexer's summary of them (workspace/nameSpellings.ts):
// what the passes keep per reading, shared by every document, must not carry one document's facts into another.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { Article } from '../../../server/src/engine';
import { articleMentions, type DocumentNames } from '../../../server/src/rules/names/mentions';
import { summarizeNames } from '../../../server/src/workspace/nameSpellings';
import { polyHash } from '../../../server/src/arabic/hash';

const namesOf = (text: string): DocumentNames => articleMentions(new Article(text));
const pairsOf = (text: string) => { const names = namesOf(text); return Array.from(names.pairs, i => names.pair(i).spelling); };
const readingsOf = (text: string) => namesOf(text).infos.map(i => `${i.prefix}+${i.stem}`);

test('two joined words, one of them an ordinary word, are a mention where the document writes their key as one word', () => {
  // (آي is no rare word and no name: the pair is made for the rule only when a one-word spelling has its key)
  assert.ok(pairsOf('اشترى آيفون ثم آي فون').includes('آي فون'));
  assert.ok(!pairsOf('اشترى آي فون').includes('آي فون'));
  assert.ok(pairsOf('كتب في واتساب ثم واتس اب').includes('واتس اب'));
  assert.deepEqual(pairsOf('كتب في واتس اب'), []);
});

test('a word is split off its clitic when the document writes the rest alone, whatever other documents write', () => {
  assert.deepEqual(readingsOf('التقى بيدن'), ['ال+تقى', '+بيدن']);
  assert.deepEqual(readingsOf('التقى بيدن وقال يدن'), ['ال+تقى', 'ب+يدن', '+وقال', '+يدن']);
  assert.deepEqual(readingsOf('التقى بيدن'), ['ال+تقى', '+بيدن']);
});

test('a reading keeps its key and folded spelling as its keys give them', () => {
  for (const info of namesOf('وقال الرئيس الأمريكي دونالد ترامب لفيسبوك إن بيونغ-يانغ').infos) {
    assert.equal(info.key, info.keys.key);
    assert.equal(info.keyFolded, info.keys.folded);
  }
});

test('an adjective of a name after a title still marks the name after it, asked again in another document', () => {
  const text = 'وقال وزير الخارجية الأمريكي بلينكن إن المحادثات ستستمر.';
  for (let k = 0; k < 2; k++) {
    const names = namesOf(text), i = names.infos.findIndex(x => x.stem === 'بلينكن');
    assert.ok(names.marked(i));
  }
  const plain = namesOf('وقال الأمريكي بلينكن إن المحادثات ستستمر.');
  assert.ok(!plain.marked(plain.infos.findIndex(x => x.stem === 'بلينكن')));
});

test('the index summary of a file is the same whatever files were summarized before it (facts kept per reading)', () => {
  const unmarked = 'وصل بلدوزر إلى المدينة', marked = 'وقال الرئيس بلدوزر إن الاتفاق قريب';
  const flagsOf = (text: string) => { const s = summarizeNames(text); return { written: s.written, flags: [...s.data.filter((_, k) => k % 3 === 2 && k < 3 * s.keys.length)] }; };
  const first = flagsOf(unmarked), markedFirst = flagsOf(marked);
  assert.deepEqual(flagsOf(unmarked), first);
  assert.deepEqual(flagsOf(marked), markedFirst);
  // the title marks it (MARKED, 1) in the one file only
  assert.equal(markedFirst.flags[markedFirst.written.indexOf('بلدوزر')] & 1, 1);
  assert.equal(first.flags[first.written.indexOf('بلدوزر')] & 1, 0);
});

test('writtenBare: a folded spelling written without the article anywhere in the document, asked across documents', () => {
  const a = namesOf('وقال تلفزيون الدولة إن التلفزيون الرسمي سيبث الخطاب.'), b = namesOf('وزار وفد الكونغرس المدينة أمس.');
  for (let k = 0; k < 2; k++) {
    assert.ok(a.writtenBare('تلفزيون'));
    assert.ok(!b.writtenBare('كونغرس'));
    assert.ok(b.writtenBare('وفد'));
    assert.ok(!a.writtenBare('رسمي'));
  }
});

test('index summary: a name written in one word and in two (فيسبوك, فيس بوك) is one key, its spellings filed together', () => {
  const s = summarizeNames('وقال مؤسس موقع فيسبوك مارك زوكربيرغ إن الشركة ستطلق خدمة جديدة. وأضاف زوكربيرغ أن مستخدمي فيس بوك سيحصلون عليها. وكتب ترامب على تويتر أن فيس بوك منحاز.');
  const one = s.folded.indexOf('فيسبوك'), two = s.folded.indexOf('فيس بوك');
  assert.ok(one >= 0 && two >= 0, s.folded.join(', '));
  assert.equal(s.keys[one], s.keys[two]);
  // (the one-word and the two-word spellings are looked up in the file's table by one hash of the key)
  assert.equal(Math.abs(one - two), 1, s.folded.join(', '));
});

test('two-word mentions: the key hash, key, spelling and hyphen told from the words are those of the pair\'s mention', () => {
  // (the index and the rule ask a pair by these without making its mention; the mention is the reference)
  const texts = [
    'التقى كيم جونغ-أون بالرئيس مون جاي إن في بيونغ يانغ، وقال كيم جونغ أون إن بيونغيانغ مستعدة.',
    'وقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس إن واشنطن‑بكين على خلاف، وردّ هونغ كونغ.',
    'صلى النبي ﷺ عليه السلام في المدينة المنورة، وقال عبد الله بن عمر إن دونالد ترامب زار نيو يورك.',
  ];
  let asked = 0;
  for (const text of texts) {
    const names = namesOf(text);
    for (const i of names.pairs) {
      const m = names.pair(i);
      assert.equal(names.pairKey(i), m.key, m.spelling);
      assert.equal(names.pairKeyHash(i), polyHash(m.key), m.spelling);
      assert.equal(names.pairFolded(i), m.folded, m.spelling);
      assert.equal(names.pairSpelling(i), m.spelling);
      assert.equal(names.pairHyphened(i), m.folded.includes('-'), m.spelling);
      asked++;
    }
  }
  assert.ok(asked > 10, `${asked} pairs`);
});
