import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { bpKey, compileLexicon, slowKey, userMarkers } from '../../../server/src/rules/boilerplate/lexicon';
import { LineFeatures, allLineFeatures } from '../../../server/src/rules/boilerplate/features';
import { ArticleLineKeys, LINE_KEY_MAX, articleLineKeys, isTrackedLineKey, keyHash, lineKey, mayBeTrackedLine, slowLineKey } from '../../../server/src/workspace/lineKey';
import { textKey, textKeys } from '../../../server/src/arabic/textKey';
import { Article } from '../../../server/src/engine/article';
import { rng } from '../../support/rng';
import { stems } from '../../../server/src/rules/boilerplate/blocks';

/** n units of `pool` drawn with `rand`. */
function randomText(rand: () => number, pool: readonly string[], n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += pool[Math.floor(rand() * pool.length)];
  return s;
}

// bpKey and lineKey share a one-pass fast path for the characters news text is made of (arabic/textKey); each must
// give exactly the key its definition gives (slowKey: clean, fold, lower-case, collapse; slowLineKey: the same without
// lower-casing), on every string.
test('boilerplate key: the fast path equals the definition on mixed Arabic, Latin, marks, spaces and symbols', () => {
  const pool = [...'اأإآٱىةهيکیۍےھۀپچگ0123456789٠١٢٣۰۱ abcXYZ.,،؛؟!«»"\'-–—_/|()@#:\u00a0\u2009\u200c\u200d\u200f\u200e\ufeff\u00ad\u0640\u064b\u064e\u0651\u0652\u0670\u0653\u0654\u0655\u06d4\u06dd\u06e5\u066e\ufefb\ufdf2\ufdfcÀéßİΣσςДжא中\u0301\u2066\u2069\u061c', '😀'];
  const rand = rng(7);
  for (let t = 0; t < 20000; t++) {
    // short strings, and lines as long as prose (a long key is made another way)
    const s = randomText(rand, pool, t % 4 === 3 ? 20 + Math.floor(rand() * 300) : 1 + Math.floor(rand() * 16));
    assert.equal(bpKey(s), slowKey(s), JSON.stringify(s));
    assert.equal(lineKey(s), slowLineKey(s), JSON.stringify(s));
  }
  assert.equal(bpKey('  اقرأ أيضاً: «خبر» | Read MORE  '), 'اقرا ايضا خبر read more');
  // the recurrence key keeps the case of Latin letters (it always has: a site's footer recurs as written)
  assert.equal(lineKey('  اقرأ أيضاً: «خبر» | Read MORE  '), 'اقرا ايضا خبر Read MORE');
});

// A long run of word characters (a pasted base64 image, a minified line) must not make a line's features quadratic.
test('boilerplate: a 100,000-character run of letters, with an @ or dashes, is measured in linear time', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { lint } = require('../../../server/src/engine') as typeof import('../../../server/src/engine');
  const { boilerplate } = require('../../../server/src/rules/boilerplate') as typeof import('../../../server/src/rules/boilerplate');
  for (const unit of ['a', '-a']) {
    // CPU time of this process (other processes on a loaded machine do not inflate it)
    const once = (text: string) => { const t0 = process.cpuUsage(); lint(text, undefined, {}, { rules: [boilerplate] }); const d = process.cpuUsage(t0); return (d.user + d.system) / 1000; };
    const time = (n: number) => { const text = 'قال الرئيس إن ' + unit.repeat(n / unit.length) + ' @\n'; return once(text); };
    // warm both sizes, then interleave: the least of three runs of each
    time(10000); time(100000);
    let small = Infinity, big = Infinity;
    for (let r = 0; r < 3; r++) { small = Math.min(small, time(10000)); big = Math.min(big, time(100000)); }
    assert.ok(big < 20 * small + 30, `${unit}: 10× the input took ${(big / small).toFixed(1)}× the time`);
  }
});

// The recurrence index and the rule skip keying a line whose key is surely untracked (over LINE_KEY_MAX); the bound
// must never skip a line whose key is tracked, and bpKey (the rule's key) must have lineKey's length.
test('line keys: a line mayBeTrackedLine rejects never has a tracked key; bpKey and lineKey have one length', () => {
  const pool = [...'ابتثجحخدذرسشصضطظعغفقكلمنهوي ـًٌٍَُِّْۥۦ٠١٢0123 abcXYZ.,،؛«»-\u00a0\u200c\u200f\ufefb\ufdfcÀé', '😀'];
  const rand = rng(11);
  let skipped = 0;
  for (let t = 0; t < 3000; t++) {
    let s = '';
    const n = 150 + Math.floor(rand() * 200);
    // lines of mostly one kind of character, so that some sit near the bound
    const bias = pool[Math.floor(rand() * pool.length)];
    for (let k = 0; k < n; k++) s += rand() < 0.4 ? bias : pool[Math.floor(rand() * pool.length)];
    if (!mayBeTrackedLine(s)) { skipped++; assert.ok(!isTrackedLineKey(lineKey(s)), JSON.stringify(s)); }
    assert.equal(bpKey(s).length, lineKey(s).length, JSON.stringify(s));
  }
  assert.ok(skipped > 100, `only ${skipped} lines were skipped: the test does not reach the bound`);
  assert.equal(mayBeTrackedLine('ـ'.repeat(LINE_KEY_MAX + 50) + 'اقرأ أيضا'), true);
  // the small waw and yeh are letters to \p{L} but clean() deletes them with the diacritics
  assert.equal(mayBeTrackedLine('بۥ'.repeat(110)), true);
  assert.ok(isTrackedLineKey(lineKey('بۥ'.repeat(110))));
});

// A long line is keyed only as far as its head (textKey's max, ArticleLineKeys.textKeyHead): a head must read as
// longer than max, and its first max units must be the key's, whatever follows (a hamza to compose, a letter of
// another script that sends the rest to the definition); keys made together (textKeys) must be those made one by one.
test('line keys: a cut key is longer than its max and opens like the key; keys made together equal keys made alone', () => {
  const pool = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويأإآىة ـًٌَّ0123 abcXYZ.,،«»-\u00a0\u200c\u0654\u0653ۥ\ufefbÀéΣ', '😀'];
  const rand = rng(23);
  for (let t = 0; t < 5000; t++) {
    const s = randomText(rand, pool, 1 + Math.floor(rand() * 60));
    const max = Math.floor(rand() * 40);
    for (const lower of [false, true]) {
      const whole = lower ? slowKey(s) : slowLineKey(s);
      const cut = textKey(s, lower, max);
      if (cut === undefined) continue;
      if (cut.length > max) assert.ok(whole.length > max && whole.startsWith(cut.slice(0, max)), JSON.stringify([s, max]));
      else assert.equal(cut, whole, JSON.stringify([s, max]));
    }
  }
  let text = '';
  // (lines of a few to several hundred characters: some keys are cut at KEY_HEAD_MAX)
  for (let k = 0; k < 20000; k++) text += rand() < 0.004 ? '\n' : randomText(rand, pool, 1);
  const article = new Article(text);
  const keys = new ArticleLineKeys(article);
  const starts = article.lines.map(l => l.start), ends = article.lines.map(l => l.end);
  const together = textKeys(text, starts, ends, false, 30);
  for (const line of article.lines) {
    const s = article.lineText(line.index);
    assert.equal(together[line.index], textKey(s, false, 30) ?? null);
    // (the capital flag follows the key held: the head first, then the whole key once it is made)
    const head = keys.textKeyHead(line.index);
    if (head !== null) assert.equal(keys.hasCapital(line.index), /[A-Z]/.test(head), JSON.stringify(head));
    assert.equal(keys.lineKey(line.index), slowLineKey(s));
    if (keys.textKey(line.index) !== null) assert.equal(keys.hasCapital(line.index), /[A-Z]/.test(slowLineKey(s)));
    assert.equal(keys.trackedLineHash(line.index), isTrackedLineKey(slowLineKey(s)) ? keyHash(slowLineKey(s)) : -1);
  }
});

// A paragraph of more words than any 'contains' entry allows is measured through its key's head (the lexicon's
// phrases are looked for at its start): its features must be those measured through its whole key, whatever opens it.
test('boilerplate: a long paragraph measured through its key\'s head has the features of its whole key', () => {
  const lex = compileLexicon();
  const user = userMarkers(['تابعونا على']);
  const filler = Array.from({ length: 70 }, (_, k) => ['الاقتصاد', 'الحكومة', 'Reuters', 'الأسبوع', 'مصدر', 'بيان'][k % 6]).join(' ');
  const openers = [...lex.markers.map(m => m.phrase), ...lex.continuations, ...lex.agencies, 'تابعونا على', 'قال الوزير', 'و', ''];
  const lines = openers.flatMap(o => [`${o}: ${filler}.`, `${o} ${filler}`, `${o} | ${filler} /`]);
  const text = lines.join('\n\n');
  const fresh = new Article(text), whole = new Article(text);
  const keys = articleLineKeys(whole);
  for (let i = 0; i < whole.lines.length; i++) keys.textKey(i); // (every key made whole before it is measured)
  const a = allLineFeatures(fresh, lex, user), b = allLineFeatures(whole, lex, user);
  let cut = 0;
  for (let i = 0; i < a.length; i++) {
    if (articleLineKeys(fresh).textKeyHead(i) !== keys.textKeyHead(i)) cut++;
    const pick = (f: LineFeatures) => ({
      key: f.key, words: f.words, startsWithConjunction: f.startsWithConjunction, leadShape: f.leadShape, agencyOnly: f.agencyOnly,
      endStop: f.endStop, innerStops: f.innerStops, navSeparators: f.navSeparators, latin: f.latinLetters, url: f.url,
      marker: f.marker && { phrase: f.marker.entry.phrase, rest: f.marker.rest },
    });
    assert.deepEqual(pick(a[i]), pick(b[i]), fresh.lineText(i).slice(0, 60));
  }
  assert.ok(cut > 50, `only ${cut} lines were measured through a head`);
});

test('boilerplate stems: the scan strips what its definition (two regular expressions a word) strips', () => {
  const definition = (key: string) => key.split(' ').map(w => w.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/u, '').replace(/(?:ات|ون|ين|ية|يه|ه|ي)$/u, ''))
    .filter(w => w.length >= 3 && !/^\d+$/.test(w));
  const pool = ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ت', 'ن', 'ي', 'ة', 'ه', 'م', 'ر', '1', '٢', ' ', ' '];
  const rand = rng(11);
  for (let k = 0; k < 50_000; k++) {
    const key = randomText(rand, pool, Math.floor(rand() * 14));
    assert.deepEqual(stems(key), definition(key), JSON.stringify(key));
  }
  assert.deepEqual(stems('والمسؤولين بالحكومة 2024 وللاتفاقيات'), ['مسؤول', 'حكومة', 'لاتفاقي']);
});
