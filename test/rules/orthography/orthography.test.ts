import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { checkFixture, fixtureDir, listFixtures } from '../fixtures';
import { lint } from '../../../server/src/engine';

const dir = fixtureDir(__dirname);

for (const name of listFixtures(dir)) {
  test(`orthography fixture: ${name}`, () => checkFixture(dir, name, 'orthography'));
}

test('orthography: the fix keeps diacritics and clitics and touches only the differing letter', () => {
  const text = 'ذهب إلى السوق. ثم ذهب إلى البيت. وعاد إلى العمل. ومضى والى المدرسة.';
  const f = lint(text).find(x => x.ruleId === 'orthography')!;
  assert.equal(text.slice(f.start, f.end), 'والى');
  assert.deepEqual(f.fixes[0].edits, [{ start: f.start + 1, end: f.start + 2, newText: 'إ' }]);
  assert.match(f.message.en, /«الى» ×1 and «إلى» ×3/);
  assert.match(f.message.ar, /«الى» ×1/);
});

test('orthography: a bare ان is read by its grammar: إنّ after a verb of saying, أنّ elsewhere; وان is left alone', () => {
  const text = 'قال إن الأمر انتهى. وأكد أن الحل قريب. وأوضح أن الوفد غادر. وقالت إن الاتفاق قريب. وذكر ان الوفد وصل. وقال ان الجولة انتهت. ومضى وان لم يصل.';
  const got = lint(text).filter(f => f.ruleId === 'orthography').map(f => [text.slice(f.start, f.end), (f.evidence as { target: string }).target]);
  assert.deepEqual(got, [['ان', 'أن'], ['ان', 'إن']]);
});

test('orthography: a bare ان in a document that never writes the hamza is its house style, not a slip', () => {
  assert.deepEqual(lint('وقال ان الوفد وصل. وذكر ان الحل قريب.').filter(f => f.ruleId === 'orthography'), []);
});

test('orthography: a Persian-language text is left alone', () => {
  const text = 'این یک متن فارسی است که در آن کلمات زیادی وجود دارد و کیفیت آن خوب است.';
  assert.deepEqual(lint(text).filter(f => f.ruleId === 'orthography'), []);
});

test('orthography: rule severity and off setting follow config', () => {
  const text = 'ذهب إلى السوق. ثم ذهب إلى البيت. ومضى الى المدرسة.';
  assert.equal(lint(text).find(f => f.ruleId === 'orthography')!.severity, 'info');
  const cfg = require('../../../server/src/engine').defaultConfig();
  cfg.rules.orthography = 'off';
  assert.equal(lint(text, cfg).filter((f: { ruleId: string }) => f.ruleId === 'orthography').length, 0);
});

test('orthography: a word reached by two checks (لان: a form of لأن and a bare ان) is reported once', () => {
  const t = 'لأن الوفد وصل. لان الطريق مغلق. لأن المطار مفتوح.';
  assert.equal(lint(t).filter(f => f.ruleId === 'orthography').length, 1);
});

test('orthography: a document\'s findings do not depend on the documents read before it (which spellings it counts)', () => {
  // A word is counted only once some form it may be a stem of is written two ways, or a counted word may cut a prefix
  // down to it: الاسعار read alone (doc 0) is neither, until الأسعار, new in doc 1, writes its form a second way.
  const docs = [
    'ارتفعت الاسعار اليوم في السوق.',
    'ارتفعت الاسعار. ثم ارتفعت الأسعار. وارتفعت الأسعار أيضا.',
    'زار المدينه أمس. وعاد إلى المدينة. ثم سكن في المدينة.',
    // والاسعار is اسعار with وال cut off, because اسعار is written here too
    'وصلت اسعار النفط. والاسعار مرتفعة. وأسعار الذهب وأسعار الفضة.',
    'قرأ الطالب الکتاب في البيت ثم ذهب إلى المدرسة مع أخيه الصغير.',
  ];
  const read = (i: number) => lint(docs[i]).filter(f => f.ruleId === 'orthography')
    .map(f => `${docs[i].slice(f.start, f.end)}>${(f.evidence as { target?: string } | undefined)?.target ?? f.fixes[0]?.edits.map(e => e.newText).join('')}`);
  const forward = docs.map((_, i) => read(i));
  const backward = docs.map((_, i) => docs.length - 1 - i).map(read).reverse();
  assert.deepEqual(backward, forward);
  assert.deepEqual(forward, [[], ['الاسعار>الأسعار'], ['المدينه>المدينة'], ['اسعار>أسعار', 'والاسعار>أسعار'], ['الکتاب>ك']]);
});

test('orthography: a bare ان with a suffix is weighed against the hamza forms of the same suffix only', () => {
  const got = (t: string) => lint(t).filter(f => f.ruleId === 'orthography').map(f => [t.slice(f.start, f.end), (f.evidence as { target: string }).target]);
  // أنها ×2 and إنها ×1 against انها ×1: reported, to أنها (after ذكر, not a verb of saying)
  assert.deepEqual(got('قال إنها ستعود. وأكد أنها باقية. وذكر انها راحلة. وأوضح أنها هنا.'), [['انها', 'أنها']]);
  // إنها ×1 against انها ×2: the bare form is the document's more common one
  assert.deepEqual(got('قال إنها ستعود. وذكر انها راحلة. وذكر انها باقية.'), []);
  // أنه is written, but the bare words are انهم and انه after قال (target إنه, never written)
  assert.deepEqual(got('وذكر انهم وصلوا. وأكد أنه باق. وقال انه راحل.'), []);
});

test('orthography: a number mixing digit systems is found through its spelling, also one met in an earlier document', () => {
  const text = 'في عام ٢٠٢٣ وعام ٢\u200f0٢3 ثم ٢0٢3.';
  const mixed = () => lint(text).filter(f => f.ruleId === 'orthography' && f.kind === 'digits').map(f => text.slice(f.start, f.end));
  // the format mark ends a token: 0٢3 is a number of its own
  assert.deepEqual(mixed(), ['0٢3', '٢0٢3']);
  assert.deepEqual(mixed(), ['0٢3', '٢0٢3']);
  assert.deepEqual(lint('في عام ٢٠٢٣ وعام 2023.').filter(f => f.ruleId === 'orthography'), []);
});
